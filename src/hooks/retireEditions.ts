// A guide that is unpublished or deleted is no longer published as a PDF either: its current
// editions become archived (superseded), which takes their files off the public URLs at once, and
// the delivery API stops serving it (its snapshots are deleted).
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { removeGuideSnapshots } from '../delivery/snapshots'

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

/** After any save, read what is published now: a translator's draft leaves the guide published. */
export const retireEditionsOfUnpublishedGuide: CollectionAfterChangeHook = async ({ doc, req }) => {
  const published = await req.payload.count({ collection: 'guides', where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] }, overrideAccess: true, req })
  if (published.totalDocs === 0) await retire(req, doc.id)
  return doc
}

export const retireEditionsOfDeletedGuide: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await retire(req, id)
}
