// A chapter that is unpublished or deleted leaves the delivery API at once, before its guide is
// rebuilt: it is taken out of every snapshot that delivers it.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { removeChaptersFromSnapshots } from '../delivery/snapshots'
import { publishedNow } from './queuePublishing'

/** After any save, read what is published now: a translator's draft leaves the chapter published. */
export const withdrawUnpublishedChapter: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!(await publishedNow(req, 'chapters', doc.id))) await removeChaptersFromSnapshots(req.payload, [doc.id], req)
  return doc
}

export const withdrawDeletedChapter: CollectionAfterDeleteHook = async ({ id, req }) => {
  await removeChaptersFromSnapshots(req.payload, [id], req)
}
