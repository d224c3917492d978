// A guide that is unpublished or deleted is no longer published as a PDF either: its current
// editions become archived (superseded), which takes their files off the public URLs at once, and
// the delivery API stops serving it (its snapshots are deleted). Downstream sites are told
// (guide.unpublished) when the guide really was published before.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { removeGuideSnapshots } from '../delivery/snapshots'
import { announce } from '../webhooks/announce'

async function retire(req: PayloadRequest, guideId: number | string) {
  await req.payload.update({
    collection: 'publications',
    where: { and: [{ guide: { equals: guideId } }, { status: { equals: 'current' } }] },
    data: { status: 'superseded' },
    overrideAccess: true,
    depth: 0,
    select: { status: true },
    req,
  })
  await removeGuideSnapshots(req.payload, guideId, req)
}

/** The guide's slug if it is published now (a translator's draft leaves it published), else undefined. */
async function publishedSlug(req: PayloadRequest, guideId: number | string): Promise<string | undefined> {
  const found = await req.payload.find({ collection: 'guides', where: { and: [{ id: { equals: guideId } }, { _status: { equals: 'published' } }] }, select: { slug: true }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  return found.docs[0]?.slug ?? undefined
}

/** Before a save: remembers whether the guide was published, so only a real unpublish is announced. */
export const noteWhetherGuideWasPublished: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  // Read first, then write: the Local API call may give req a fresh (empty) context object.
  const slug = await publishedSlug(req, originalDoc.id)
  req.context.guidesPublishedBefore ??= new Map()
  req.context.guidesPublishedBefore.set(String(originalDoc.id), slug)
  return data
}

/** After any save, read what is published now. */
export const retireEditionsOfUnpublishedGuide: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (await publishedSlug(req, doc.id)) return doc
  await retire(req, doc.id)
  const slug = req.context.guidesPublishedBefore?.get(String(doc.id))
  req.context.guidesPublishedBefore?.delete(String(doc.id))
  if (slug) await announce(req.payload, { type: 'guide.unpublished', data: { guide: slug } }, req)
  return doc
}

export const retireEditionsOfDeletedGuide: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const slug = await publishedSlug(req, id)
  await retire(req, id)
  if (slug) await announce(req.payload, { type: 'guide.unpublished', data: { guide: slug } }, req)
}
