// When an editor publishes content that is printed, queue a rebuild of the affected guides,
// facilitator guides or printed directories.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { ALL_GUIDES, QUEUES, TASKS } from '../keys'
import { refId } from '../blocks/refs'

/** A publishing job; bulk writers that publish afterwards themselves (skipPublishQueue) queue none unless `always`. */
async function queueJob(req: PayloadRequest, job: { task: typeof TASKS.publishGuide; input: { guide: string } } | { task: typeof TASKS.publishFacilitatorGuide; input: { facilitatorGuide: string } } | { task: typeof TASKS.publishDirectory; input: { country: string } }, { always = false } = {}) {
  if (req.context?.skipPublishQueue && !always) return
  await req.payload.jobs.queue({ ...job, queue: QUEUES.publishing, req })
}

const queue = (req: PayloadRequest, guide: string, options?: { always?: boolean }) => queueJob(req, { task: TASKS.publishGuide, input: { guide } }, options)

const isPublished = (doc: Record<string, unknown>) => doc._status === undefined || doc._status === 'published'

/** A relationship's id, whether it was read at depth 0 (the id) or populated (the document). */

const guideOf = (doc: Record<string, any>) => refId(doc.guide)

async function queueGuideById(req: PayloadRequest, guideId: unknown) {
  if (guideId === undefined || guideId === null) return
  const guide = await req.payload.findByID({ collection: 'guides', id: guideId as number | string, depth: 0, overrideAccess: true, req, select: { slug: true }, disableErrors: true })
  if (guide?.slug) await queue(req, guide.slug as string)
}

/** Guides: rebuild that guide when it is published (an unpublished guide's editions are retired). */
export const queueGuideRebuild: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (isPublished(doc)) await queueGuideById(req, doc.id)
  return doc
}

/** Whether the document is published now, whatever the save was (a translator's draft leaves it published). */
export const publishedNow = async (req: PayloadRequest, collection: 'chapters' | 'guides', id: number | string) =>
  (await req.payload.count({ collection, where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, overrideAccess: true, req })).totalDocs > 0

/**
 * Chapters: rebuild the guide after a publish, and after an unpublish too, which removes the
 * chapter from the PDF. A draft saved over the published chapter (a translator's) changes nothing printed.
 */
export const queueChapterRebuild: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!isPublished(doc) && (await publishedNow(req, 'chapters', doc.id))) return doc
  await queueGuideById(req, guideOf(doc))
  if (previousDoc && String(guideOf(previousDoc)) !== String(guideOf(doc))) await queueGuideById(req, guideOf(previousDoc))
  return doc
}

export const queueRebuildOfDeletedChapter: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueGuideById(req, guideOf(doc))
}

/** The guides with these ids (one job each), e.g. after their editions were withdrawn. */
export async function queueRebuildOfGuides(req: PayloadRequest, guideIds: (number | string | null)[]) {
  const ids = [...new Set(guideIds.filter((id) => id !== null))]
  if (ids.length === 0) return
  const guides = await req.payload.find({ collection: 'guides', where: { id: { in: ids } }, depth: 0, overrideAccess: true, pagination: false, req, select: { slug: true } })
  for (const guide of guides.docs) await queue(req, guide.slug as string, { always: true })
}

/** Quotes, exercises, images: any guide may use them; unchanged editions are skipped by hash. */
export const queueSeriesRebuild: CollectionAfterChangeHook = async ({ doc, req, previousDoc }) => {
  // A quote whose consent was withdrawn turns into a draft: that too must reach the PDFs.
  if (!isPublished(doc) && !(previousDoc && isPublished(previousDoc))) return doc
  await queue(req, ALL_GUIDES)
  return doc
}

/** Services: rebuild the printed directory of the service's country (and of its old country, when it moved). */
export const queueDirectoryRebuild: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const countries = new Set([doc.country, previousDoc?.country].filter((c): c is string => typeof c === 'string'))
  for (const country of countries) await queueJob(req, { task: TASKS.publishDirectory, input: { country } })
  return doc
}

export const queueDirectoryRebuildOfDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (typeof doc.country === 'string') await queueJob(req, { task: TASKS.publishDirectory, input: { country: doc.country } })
}

/** A facilitator guide by slug (or every one: ALL_GUIDES), one job each; a newer edit supersedes a queued one. */
const queueFacilitator = (req: PayloadRequest, slug: string, options?: { always?: boolean }) => queueJob(req, { task: TASKS.publishFacilitatorGuide, input: { facilitatorGuide: slug } }, options)

async function queueFacilitatorById(req: PayloadRequest, value: unknown, options?: { always?: boolean }) {
  const id = refId(value)
  if (id === undefined || id === null) return
  const found = await req.payload.findByID({ collection: 'facilitator-guides', id: id as number | string, depth: 0, overrideAccess: true, req, select: { slug: true }, disableErrors: true })
  if (found?.slug) await queueFacilitator(req, found.slug as string, options)
}

/** Facilitator guides: rebuild after a save (an unpublished one keeps no current edition for long: the run finds none to print). */
export const queueFacilitatorRebuild: CollectionAfterChangeHook = async ({ doc, req }) => {
  await queueFacilitatorById(req, doc.id)
  return doc
}

/** Training sessions: rebuild their facilitator guide (and the one they left, when moved). */
export const queueSessionRebuild: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await queueFacilitatorById(req, doc.facilitatorGuide)
  if (previousDoc && String(refId(previousDoc.facilitatorGuide)) !== String(refId(doc.facilitatorGuide))) await queueFacilitatorById(req, previousDoc.facilitatorGuide)
  return doc
}

export const queueRebuildOfDeletedSession: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueFacilitatorById(req, doc.facilitatorGuide)
}

/** Case studies, and quotes and exercises (which facilitator guides print too): every facilitator guide; unchanged ones are skipped by hash. */
export const queueAllFacilitatorGuides: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!isPublished(doc) && !(previousDoc && isPublished(previousDoc))) return doc
  await queueFacilitator(req, ALL_GUIDES)
  return doc
}

/** The facilitator guides with these ids, after their editions were withdrawn. */
export async function queueRebuildOfFacilitatorGuides(req: PayloadRequest, ids: (number | string | null | undefined)[]) {
  for (const id of new Set(ids.filter((id) => id !== null && id !== undefined).map(String))) await queueFacilitatorById(req, id, { always: true })
}
