// A publish publishes the language it is made in. Drafts are per document (Payload's per-locale
// status, `localizeStatus`, is experimental in 3.90 and changes the schema), so a plain publish
// takes the newest draft of every language: an editor publishing English would also publish a Thai
// translator's unreviewed draft. Every publish made through the admin, REST or GraphQL therefore
// becomes Payload's own "Publish in <language>" (`publishSpecificLocale`): that language and the
// shared fields go out; the other languages keep their published text, and their drafts stay
// drafts (Payload keeps them in a snapshot version, which the admin does not count as a change).
// Scripts and imports (the Local API) say what they publish themselves.
import type { CollectionBeforeOperationHook } from 'payload'
import { isLocaleCode } from '../i18n/locales'

export const publishOneLanguage: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || req.payloadAPI === 'local') return args
  const publishing = (args.data as { _status?: unknown } | undefined)?._status === 'published'
  if (!publishing || args.publishSpecificLocale || !isLocaleCode(req.locale)) return args
  return { ...args, publishSpecificLocale: req.locale }
}
