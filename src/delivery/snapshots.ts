// The delivery snapshots in the database: written when an edition is published, rewritten without
// a quote or chapter the moment it may no longer be shown, deleted with their guide.
import type { CollectionConfig, Payload, PayloadRequest, Where } from 'payload'
import type { LocaleCode } from '../i18n/locales'
import type { Id } from '../publishing/document'
import { bodyHash, deliveredQuotes, guideBody, guideSummary, withoutChapters, withoutQuotes, type DeliverySource } from './build'
import { deliveryChanged } from './cache'
import { announce } from '../webhooks/announce'

/** Every write to what the API serves tells the response cache of this process (fresh arrays per collection). */
export const deliveryChangedHooks = (): NonNullable<CollectionConfig['hooks']> => ({
  afterChange: [
    ({ doc }) => {
      deliveryChanged()
      return doc
    },
  ],
  afterDelete: [
    ({ doc }) => {
      deliveryChanged()
      return doc
    },
  ],
})

export const deliveryGuideUrl = (publicUrl: string, slug: string, locale: LocaleCode) => `${publicUrl}/delivery/v1/guides/${slug}?locale=${locale}`

export interface SnapshotState {
  id: Id
  hash: string
  sourceHash?: string | null
}

/** A guide's snapshots by locale: one query serves its five editions. */
export async function snapshotsOfGuide(payload: Payload, guideId: Id): Promise<Map<LocaleCode, SnapshotState>> {
  const found = await payload.find({ collection: 'delivery-snapshots', where: { guide: { equals: guideId } }, pagination: false, depth: 0, overrideAccess: true, select: { locale: true, hash: true, sourceHash: true } })
  return new Map(found.docs.map((d) => [d.locale as LocaleCode, { id: d.id, hash: d.hash as string, sourceHash: d.sourceHash }]))
}

/** The fields a snapshot record holds for a source. */
function snapshotData(source: DeliverySource, url: string) {
  const body = guideBody(source)
  return { hash: bodyHash(JSON.stringify(body)), body, summary: guideSummary(source, url), quotes: deliveredQuotes(source), chapters: source.doc.chapters.map((c) => String(c.id)), source }
}

export interface WrittenSnapshot {
  guide: Id
  slug: string
  locale: LocaleCode
  hash: string
  url: string
}

/** Makes (or replaces) the snapshot of a guide in a locale. Returns it when what is served changed. */
export async function writeSnapshot(
  payload: Payload,
  { guide, source, sourceHash, publicUrl }: { guide: Id; source: DeliverySource; sourceHash: string; publicUrl: string },
  req?: PayloadRequest,
): Promise<WrittenSnapshot | undefined> {
  const { slug } = source.doc.guide
  const locale = source.doc.locale
  const url = deliveryGuideUrl(publicUrl, slug, locale)
  const data = { guide, slug, locale, sourceHash, ...snapshotData(source, url) }
  const where: Where = { and: [{ slug: { equals: slug } }, { locale: { equals: locale } }] }
  const existing = await payload.find({ collection: 'delivery-snapshots', where, limit: 1, depth: 0, overrideAccess: true, select: { hash: true }, req })
  const previous = existing.docs[0]
  if (previous) {
    await payload.update({ collection: 'delivery-snapshots', id: previous.id, data: data as never, depth: 0, overrideAccess: true, select: { hash: true }, req })
  } else {
    await payload.create({ collection: 'delivery-snapshots', data: data as never, depth: 0, overrideAccess: true, select: { hash: true }, req })
  }
  if (previous?.hash === data.hash) return undefined
  const written = { guide, slug, locale, hash: data.hash, url }
  await announceUpdated(payload, [written], req)
  return written
}

/** Tells downstream sites which guide answers changed (after the snapshots were written). */
async function announceUpdated(payload: Payload, written: WrittenSnapshot[], req?: PayloadRequest) {
  for (const { slug, locale, hash, url } of written) await announce(payload, { type: 'guide.updated', data: { guide: slug, locale, etag: `"${hash}"`, url } }, req)
}

/** Rewrites the snapshots `affects` picks with `change` applied to their source; returns those rewritten. */
async function rewriteSnapshots(payload: Payload, affects: (doc: { quotes?: unknown; chapters?: unknown }) => boolean, change: (source: DeliverySource) => DeliverySource, req?: PayloadRequest): Promise<WrittenSnapshot[]> {
  const all = await payload.find({ collection: 'delivery-snapshots', pagination: false, depth: 0, overrideAccess: true, select: { quotes: true, chapters: true }, req })
  const rewritten: WrittenSnapshot[] = []
  for (const { id } of all.docs.filter((doc) => affects(doc as never))) {
    const snapshot = await payload.findByID({ collection: 'delivery-snapshots', id, depth: 0, overrideAccess: true, select: { source: true, summary: true, slug: true, locale: true, guide: true }, req, disableErrors: true })
    if (!snapshot) continue
    const url = (snapshot.summary as { url: string }).url
    // No longer what the edition's content hash describes: the next build of the guide writes it
    // anew even when that content comes back unchanged (consent granted again after a withdrawal).
    const data = { ...snapshotData(change(snapshot.source as unknown as DeliverySource), url), sourceHash: null }
    await payload.update({ collection: 'delivery-snapshots', id, data: data as never, depth: 0, overrideAccess: true, select: { hash: true }, req })
    rewritten.push({ guide: snapshot.guide as Id, slug: snapshot.slug as string, locale: snapshot.locale as LocaleCode, hash: data.hash, url })
  }
  return rewritten
}

const listsAny = (list: unknown, ids: Set<string>) => Array.isArray(list) && list.some((id) => ids.has(String(id)))

/**
 * Takes these quotes out of every snapshot that delivers one. Sites are told which guides and
 * locales changed (guide.updated); the caller announces the withdrawal itself (content.withdrawn),
 * since printed editions count too.
 */
export async function withdrawQuotesFromSnapshots(payload: Payload, quoteIds: Id[], req?: PayloadRequest): Promise<WrittenSnapshot[]> {
  const ids = new Set(quoteIds.map(String))
  const written = await rewriteSnapshots(payload, (doc) => listsAny(doc.quotes, ids), (source) => withoutQuotes(source, quoteIds), req)
  await announceUpdated(payload, written, req)
  return written
}

/** Takes these chapters out of every snapshot that delivers one (unpublished or deleted). */
export async function removeChaptersFromSnapshots(payload: Payload, chapterIds: Id[], req?: PayloadRequest): Promise<WrittenSnapshot[]> {
  const ids = new Set(chapterIds.map(String))
  const written = await rewriteSnapshots(payload, (doc) => listsAny(doc.chapters, ids), (source) => withoutChapters(source, chapterIds), req)
  await announceUpdated(payload, written, req)
  return written
}

/** Deletes a guide's snapshots (unpublished or deleted): the API answers 404 for it at once. */
export async function removeGuideSnapshots(payload: Payload, guideId: Id, req?: PayloadRequest): Promise<number> {
  const deleted = await payload.delete({ collection: 'delivery-snapshots', where: { guide: { equals: guideId } }, depth: 0, overrideAccess: true, select: { slug: true }, req })
  return deleted.docs.length
}

/** Every quote id any snapshot delivers (for the withdrawal sweep). */
export async function snapshotQuotes(payload: Payload): Promise<Map<string, Id>> {
  const all = await payload.find({ collection: 'delivery-snapshots', pagination: false, depth: 0, overrideAccess: true, select: { quotes: true } })
  const ids = new Map<string, Id>()
  for (const doc of all.docs) for (const id of (doc.quotes as Id[] | undefined) ?? []) ids.set(String(id), id)
  return ids
}
