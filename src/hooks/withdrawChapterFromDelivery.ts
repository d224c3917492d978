// A chapter that is unpublished or deleted leaves the delivery API at once, before its guide is
// rebuilt: it is taken out of every snapshot that delivers it.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { removeChaptersFromSnapshots } from '../delivery/snapshots'

/** After any save, read what is published now: a translator's draft leaves the chapter published. */
export const withdrawUnpublishedChapter: CollectionAfterChangeHook = async ({ doc, req }) => {
  const published = await req.payload.count({ collection: 'chapters', where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] }, overrideAccess: true, req })
  if (published.totalDocs === 0) await removeChaptersFromSnapshots(req.payload, [doc.id], req)
  return doc
}

export const withdrawDeletedChapter: CollectionAfterDeleteHook = async ({ id, req }) => {
  await removeChaptersFromSnapshots(req.payload, [id], req)
}
