import type { CollectionBeforeDeleteHook } from 'payload'
import { GuidepressError } from '../errors'

/** A guide's chapters point at it: deleting it first would orphan them (and fail in the database). */
export const refuseDeletingGuideWithChapters: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'chapters', where: { guide: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) {
    throw new GuidepressError(`This guide still has ${totalDocs} chapter(s). Delete or move them to another guide first.`, 409)
  }
}
