// The pipeline's records in Payload (beside load.ts, which reads the content): which guides are
// published, each edition's publication record (current, superseded, failed), its delivery
// snapshot and the webhook that announces it. Everything else in publishing/ is plain data.
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { deliverySource, mediaLinks } from '../delivery/build'
import { snapshotsOfGuide, writeSnapshot, type SnapshotState } from '../delivery/snapshots'
import type { LocaleCode } from '../i18n/locales'
import { announce } from '../webhooks/announce'
import type { GuideDocument, Id } from './document'
import { PublishingError } from './errors'
import type { GuideSources } from './load'
import type { PressRecord } from './pressStage'
import { printableQuotes } from './withdrawal'

export type PublicationRecord = {
  id: Id
  locale: LocaleCode
  contentHash?: string
  fileName?: string
  pages?: number
  bytes?: number
  url?: string
  sha256?: string
  builtAt?: string
  translationComplete?: boolean
  tocPages?: Record<string, number>
  untranslated?: unknown
  press?: PressRecord
}

/** What the edition's record says of its translation (kept current even when its pages are unchanged). */
export interface TranslationState {
  untranslated: { fellBackToEnglish: string[]; notApproved: string[] }
  warnings: string[]
  translationComplete: boolean
}

/** Published guides in series order: slug and id. */
export async function publishedGuides(payload: Payload): Promise<{ slug: string; id: Id }[]> {
  const found = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, sort: 'seriesNumber', pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  return found.docs.map((g) => ({ slug: g.slug as string, id: g.id as Id }))
}

/** A guide's current publications, by locale, newest first: one query serves its five editions. */
export async function currentPublications(payload: Payload, guideId: Id): Promise<Map<LocaleCode, PublicationRecord[]>> {
  const found = await payload.find({
    collection: 'publications',
    where: { and: [{ guide: { equals: guideId } }, { status: { equals: 'current' } }] },
    sort: '-builtAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const byLocale = new Map<LocaleCode, PublicationRecord[]>()
  for (const doc of found.docs as unknown as PublicationRecord[]) byLocale.set(doc.locale, [...(byLocale.get(doc.locale) ?? []), doc])
  return byLocale
}

/** The delivery snapshots of a guide, by locale (which content each was built from). */
export const deliverySnapshots = (payload: Payload, guideId: Id): Promise<Map<LocaleCode, SnapshotState>> => snapshotsOfGuide(payload, guideId)

/** An unchanged edition's record, when the account of its translation moved on. */
export async function recordTranslationState(payload: Payload, publication: Id, state: TranslationState): Promise<void> {
  await payload.update({ collection: 'publications', id: publication, overrideAccess: true, data: state as never })
}

/**
 * Runs `write` in one transaction: all of it is recorded, or none. (MongoDB without a replica set
 * has no transactions: there the writes follow each other.)
 */
export async function inTransaction(payload: Payload, write: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({}, payload)
  const started = await initTransaction(req)
  try {
    await write(req)
    if (started) await commitTransaction(req)
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

/**
 * Runs `write` in one transaction, after checking once more, inside it, that every quote the
 * edition printed may still be printed: a consent withdrawn while it was being built keeps it
 * from ever being recorded.
 */
export async function withPrintableQuotes(payload: Payload, printedQuotes: Id[], what: string, write: (req: PayloadRequest) => Promise<void>): Promise<void> {
  await inTransaction(payload, async (req) => {
    const printable = await printableQuotes(payload, printedQuotes, req)
    const gone = printedQuotes.filter((id) => !printable.has(String(id)))
    if (gone.length) throw new PublishingError('QuoteWithdrawn', `${gone.length} survivor quote(s) ${what} printed may no longer be printed.`)
    await write(req)
  })
}

/**
 * The new edition becomes current and the previous ones superseded in one transaction, so
 * downstream sites never see two current editions of a guide in a language, or none.
 */
export async function recordCurrent(payload: Payload, data: Record<string, unknown> & { guide: Id; locale: LocaleCode; printedQuotes: Id[] }): Promise<void> {
  await withPrintableQuotes(payload, data.printedQuotes, 'it', async (req) => {
    const created = await payload.create({ req, collection: 'publications', overrideAccess: true, depth: 0, select: { status: true }, data: data as never })
    // Every other current edition of this guide and locale, not only those read when the build
    // started: two runs building the same edition at once must still leave exactly one current.
    await payload.update({
      req,
      collection: 'publications',
      where: { and: [{ guide: { equals: data.guide } }, { locale: { equals: data.locale } }, { status: { equals: 'current' } }, { id: { not_equals: created.id } }] },
      overrideAccess: true,
      depth: 0,
      select: { status: true },
      data: { status: 'superseded' },
    })
  })
}

/** A press edition made for an edition that is already current: attached only while that record is still current. */
export async function attachPress(payload: Payload, publication: Id, press: PressRecord, printedQuotes: Id[]): Promise<void> {
  await withPrintableQuotes(payload, printedQuotes, 'the press edition', async (req) => {
    const updated = await payload.update({ req, collection: 'publications', where: { and: [{ id: { equals: publication } }, { status: { equals: 'current' } }] }, overrideAccess: true, depth: 0, select: { status: true }, data: { press } as never })
    if (updated.docs.length === 0) throw new PublishingError('Cancelled', 'The edition stopped being current while its press edition was made; the next run makes it for the new one.')
  })
}

/** A failed build is recorded (staff see it in Publications); the current edition stays current. */
export async function recordFailure(payload: Payload, guideId: Id, locale: LocaleCode, cause: Error, warnings: string[]): Promise<void> {
  const hint = cause instanceof PublishingError ? ` ${cause.hint}` : ''
  await payload
    .create({
      collection: 'publications',
      overrideAccess: true,
      data: { guide: guideId, locale, status: 'failed', builtAt: new Date().toISOString(), error: `${cause.message}${hint}`, warnings } as never,
    })
    .catch(() => undefined)
}

/**
 * The delivery API serves what the current edition printed (src/delivery): its snapshot is made
 * when the edition is built, and when an unchanged edition has none from this content yet. A
 * failure here leaves the PDF current and is reported as a warning.
 */
export async function recordDelivery(
  payload: Payload,
  { doc, sources, hash, publicUrl, edition }: { doc: GuideDocument; sources: GuideSources; hash: string; publicUrl: string; edition: Omit<PublicationRecord, 'id' | 'locale'> },
  warnings: string[],
): Promise<void> {
  try {
    const delivered = {
      locale: doc.locale,
      url: edition.url ?? '',
      bytes: edition.bytes ?? 0,
      pages: edition.pages ?? 0,
      sha256: edition.sha256 ?? '',
      translationComplete: Boolean(edition.translationComplete),
      builtAt: edition.builtAt ?? new Date().toISOString(),
    }
    const source = deliverySource(doc, mediaLinks(sources.media, publicUrl), delivered, new Date().toISOString())
    await writeSnapshot(payload, { guide: doc.guide.id, source, sourceHash: hash, publicUrl })
  } catch (error) {
    warnings.push(`The delivery API still serves the previous content: ${(error as Error).message}`)
    payload.logger.error({ msg: `Delivery snapshot of "${doc.guide.slug}" in ${doc.locale} not written: ${(error as Error).message}` })
  }
}

/** Tells downstream sites (webhooks) that a new edition is current and served. */
export async function announceEdition(payload: Payload, data: { guide: string; locale: LocaleCode; url: string; sha256: string; pages: number; bytes: number }): Promise<void> {
  await announce(payload, { type: 'edition.published', data })
}
