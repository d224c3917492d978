// Read and write rules for the content collections.
import type { Access, Where } from 'payload'
import { canTranslate, userIsEditor } from './roles'

/** Staff read everything; the public reads published documents only (drafts never leak via ?draft=true). */
export const publishedOrStaff: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

/** Editors edit; translators edit in their own locales (the translator guard limits them to localized fields). */
export const editorOrTranslator: Access = ({ req }) => userIsEditor(req.user) || canTranslate(req)

/** Chapters follow their guide: the public reads a published chapter only while its guide is published. */
const publishedInPublishedGuide: Where = { and: [{ _status: { equals: 'published' } }, { 'guide._status': { equals: 'published' } }] }

export const publishedInPublishedGuideOrStaff: Access = ({ req }) => (req.user ? true : publishedInPublishedGuide)
