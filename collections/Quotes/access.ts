// Who reads and writes survivor quotes. The public: published and consent granted for online use.
// Translators: quotes whose consent allows printing (granted or print-only), in every state, so
// they can translate them; pending and withdrawn quotes are editors' only, everywhere.
import type { Access, Where } from 'payload'
import { canTranslate, userIsEditor } from '../../src/access/roles'
import { printableConsent } from '../../src/fields/options'

const publishedWithConsent: Where = { and: [{ _status: { equals: 'published' } }, { consent: { equals: 'granted' } }] }
const translatable: Where = { consent: { in: [...printableConsent] } }

export const readQuotes: Access = ({ req }) => (userIsEditor(req.user) ? true : req.user ? translatable : publishedWithConsent)

/** Versions of a quote, for translators only while the quote itself (not an old version) may be translated. */
export const readQuoteVersions: Access = async ({ req }) => {
  if (userIsEditor(req.user)) return true
  if (!req.user) return false
  const open = await req.payload.find({ collection: 'quotes', where: translatable, overrideAccess: true, pagination: false, depth: 0, select: { slug: true }, req })
  return { parent: { in: open.docs.map((q) => q.id) } }
}

export const updateQuotes: Access = ({ req }) => (userIsEditor(req.user) ? true : canTranslate(req) ? translatable : false)
