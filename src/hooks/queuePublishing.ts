// When an editor publishes content that is printed, queue a rebuild of the affected guide(s).
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { ALL_GUIDES } from '../jobs/publishGuide'

/** Set on req.context by bulk writers (the seed) that publish everything themselves afterwards. */
export const SKIP_PUBLISH_QUEUE = 'skipPublishQueue'

async function queue(req: PayloadRequest, guide: string) {
  if (req.context?.[SKIP_PUBLISH_QUEUE]) return
  await req.payload.jobs.queue({ task: 'publishGuide', input: { guide }, queue: 'publishing', req })
}

const isPublished = (doc: Record<string, unknown>) => doc._status === undefined || doc._status === 'published'

/** Guides and chapters: rebuild that guide. */
export const queueGuideRebuild: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isPublished(doc)) return doc
  const guideId = collection.slug === 'guides' ? doc.id : typeof doc.guide === 'object' && doc.guide ? doc.guide.id : doc.guide
  if (guideId === undefined || guideId === null) return doc
  const guide = await req.payload.findByID({ collection: 'guides', id: guideId, depth: 0, overrideAccess: true, req, select: { slug: true } })
  if (guide?.slug) await queue(req, guide.slug as string)
  return doc
}

/** Quotes, exercises, images: any guide may use them; unchanged editions are skipped by hash. */
export const queueSeriesRebuild: CollectionAfterChangeHook = async ({ doc, req, previousDoc }) => {
  // A quote whose consent was withdrawn turns into a draft: that too must reach the PDFs.
  if (!isPublished(doc) && !(previousDoc && isPublished(previousDoc))) return doc
  await queue(req, ALL_GUIDES)
  return doc
}
