// A facilitator guide's records in Payload (collection publications, kind facilitator-guide and
// handouts): which are current in each locale, and a new pair made current.
import type { Payload, Where } from 'payload'
import type { LocaleCode } from '../../i18n/locales'
import type { Id } from '../document'
import { PublishingError } from '../errors'
import { withPrintableQuotes, type PublicationRecord } from '../records'

export type FacilitatorKind = 'facilitator-guide' | 'handouts'

/** Current records of a facilitator guide, by "<kind>:<locale>". */
export async function currentFacilitatorRecords(payload: Payload, facilitatorGuide: Id): Promise<Map<string, PublicationRecord>> {
  const found = await payload.find({ collection: 'publications', where: { and: [{ facilitatorGuide: { equals: facilitatorGuide } }, { status: { equals: 'current' } }] }, sort: '-builtAt', pagination: false, depth: 0, overrideAccess: true })
  const current = new Map<string, PublicationRecord>()
  for (const doc of found.docs as unknown as (PublicationRecord & { kind: FacilitatorKind })[]) if (!current.has(`${doc.kind}:${doc.locale}`)) current.set(`${doc.kind}:${doc.locale}`, doc)
  return current
}

const othersOf = (facilitatorGuide: Id, locale: LocaleCode, kind: FacilitatorKind, except: Id): Where => ({
  and: [{ facilitatorGuide: { equals: facilitatorGuide } }, { locale: { equals: locale } }, { kind: { equals: kind } }, { status: { equals: 'current' } }, { id: { not_equals: except } }],
})

/**
 * The facilitator guide's edition and its handouts become current together, the previous ones
 * superseded, in one transaction that checks once more that every quote printed may still be.
 */
export async function recordCurrentFacilitator(payload: Payload, records: (Record<string, unknown> & { kind: FacilitatorKind; facilitatorGuide: Id; locale: LocaleCode; printedQuotes: Id[] })[]): Promise<void> {
  const printed = [...new Set(records.flatMap((r) => r.printedQuotes))]
  await withPrintableQuotes(payload, printed, 'the facilitator guide', async (req) => {
    for (const data of records) {
      const created = await payload.create({ req, collection: 'publications', overrideAccess: true, depth: 0, select: { status: true }, data: { ...data, status: 'current' } as never })
      await payload.update({ req, collection: 'publications', where: othersOf(data.facilitatorGuide, data.locale, data.kind, created.id), overrideAccess: true, depth: 0, select: { status: true }, data: { status: 'superseded' } })
    }
  })
}

export async function recordFacilitatorFailure(payload: Payload, facilitatorGuide: Id, locale: LocaleCode, cause: Error): Promise<void> {
  const hint = cause instanceof PublishingError ? ` ${cause.hint}` : ''
  await payload
    .create({ collection: 'publications', overrideAccess: true, data: { kind: 'facilitator-guide', facilitatorGuide, locale, status: 'failed', builtAt: new Date().toISOString(), error: `${cause.message}${hint}` } as never })
    .catch(() => undefined)
}
