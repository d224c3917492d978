// content.withdrawn: which guides and locales a withdrawn quote was taken out of, as PDFs and in
// the delivery API, so downstream sites purge their copies. Never the quote's text or id.
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
  if (pairs.size) await announce(payload, { type: 'content.withdrawn', data: { editions: [...pairs.values()] } }, req)
}
