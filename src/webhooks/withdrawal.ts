// content.withdrawn: which guides and locales a withdrawn quote was taken out of, as PDFs and in
// the delivery API, and which facilitator guides' PDFs, so downstream sites purge their copies.
// Never the quote's text or id.
import type { Payload, PayloadRequest } from 'payload'
import type { WrittenSnapshot } from '../delivery/snapshots'
import type { LocaleCode } from '../i18n/locales'
import type { WithdrawnEdition } from '../publishing/withdrawal'
import { announce } from './announce'

export async function announceWithdrawal(payload: Payload, editions: WithdrawnEdition[], snapshots: WrittenSnapshot[], req?: PayloadRequest): Promise<void> {
  const guideIds = [...new Set(editions.map((e) => e.guide).filter((id) => id !== null && id !== undefined))]
  const slugOf = new Map<string, string>()
  if (guideIds.length) {
    const found = await payload.find({ collection: 'guides', where: { id: { in: guideIds } }, select: { slug: true }, depth: 0, pagination: false, overrideAccess: true, req })
    for (const guide of found.docs) slugOf.set(String(guide.id), guide.slug as string)
  }
  const pairs = new Map<string, { guide: string; locale: LocaleCode }>()
  const add = (guide: string | undefined, locale: LocaleCode) => guide && pairs.set(`${guide}:${locale}`, { guide, locale })
  for (const edition of editions) add(slugOf.get(String(edition.guide)), edition.locale)
  for (const snapshot of snapshots) add(snapshot.slug, snapshot.locale)
  const facilitator = await facilitatorPairs(payload, editions, req)
  if (pairs.size || facilitator.length) {
    await announce(payload, { type: 'content.withdrawn', data: { editions: [...pairs.values()], ...(facilitator.length ? { facilitatorEditions: facilitator } : {}) } }, req)
  }
}

/** Facilitator guides (by slug) and locales among the editions taken down. */
async function facilitatorPairs(payload: Payload, editions: WithdrawnEdition[], req?: PayloadRequest): Promise<{ facilitatorGuide: string; locale: LocaleCode }[]> {
  const ids = [...new Set(editions.map((e) => e.facilitatorGuide).filter((id) => id !== null && id !== undefined))]
  if (ids.length === 0) return []
  const found = await payload.find({ collection: 'facilitator-guides', where: { id: { in: ids } }, select: { slug: true }, depth: 0, pagination: false, overrideAccess: true, req })
  const slugOf = new Map(found.docs.map((g) => [String(g.id), g.slug as string]))
  const pairs = new Map<string, { facilitatorGuide: string; locale: LocaleCode }>()
  for (const e of editions) {
    const slug = slugOf.get(String(e.facilitatorGuide))
    if (slug) pairs.set(`${slug}:${e.locale}`, { facilitatorGuide: slug, locale: e.locale })
  }
  return [...pairs.values()]
}
