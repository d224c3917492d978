// The names hooks, jobs and scripts share: job queues and tasks, and what a request carries in
// req.context. One module, so a queue or flag is spelled once and typed for every reader.

export const QUEUES = {
  /** Guide rebuilds, one at a time (the server runs it every 5 s). */
  publishing: 'publishing',
  /** Webhook deliveries, every second, so a long rebuild never delays a withdrawal notice. */
  webhooks: 'webhooks',
} as const

export const TASKS = { publishGuide: 'publishGuide', publishFacilitatorGuide: 'publishFacilitatorGuide', publishDirectory: 'publishDirectory', deliverWebhook: 'deliverWebhook' } as const

/** publishGuide's input for "every guide" (a quote, an exercise or an image may be in any of them). */
export const ALL_GUIDES = '*'

/** The slug the directory of services is exchanged under in XLIFF, beside the guides' slugs. */
export const DIRECTORY_BUNDLE = 'directory-of-services'

/** Slugs no guide may take: the directory's XLIFF slug, and the publications folder of the printed directories. */
export const RESERVED_GUIDE_SLUGS = [DIRECTORY_BUNDLE, 'directories'] as const

/** What the translation workflow records on a status change, between its before- and after-change hooks. */
export interface TranslationEvent {
  locale: string
  from: string
  to: string
}

declare module 'payload' {
  // Payload's own extension point for typing req.context (RequestContext is an interface to merge into).
  export interface RequestContext {
    /** Bulk writers (the seed, the workflow's own status writes) that publish afterwards themselves. */
    skipPublishQueue?: boolean
    /** Who acts when no user is logged in (an XLIFF import names its importer). */
    auditUser?: string
    /** A note for the audit trail of this save's status change (an XLIFF import's file name). */
    translationEventNote?: string
    /** This save is an English minor edit: translations stay as they are. */
    minorEdit?: boolean
    translationEvent?: TranslationEvent
    /** The languages an English save turns outdated, for the document it saves (`<collection>:<id>`). */
    outdatedLanguages?: { doc: string; languages: { locale: string; from: string; changed: string[] }[] }
    /** Quote ids this request's reader may read, remembered for the rest of the request. */
    readableQuoteIds?: Map<string, boolean>
    /** Slug of each guide that was published before this save, by id (only real unpublishes are announced). */
    guidesPublishedBefore?: Map<string, string | undefined>
  }
}
