// The events guidepress tells downstream sites about, in the Standard Webhooks payload shape
// `{ type, timestamp, data }`. Guides are named by slug; a quote's text or id never appears.
import type { LocaleCode } from '../i18n/locales'

/** A new PDF edition of a guide in a locale became current. */
export interface EditionPublished {
  type: 'edition.published'
  data: { guide: string; locale: LocaleCode; url: string; sha256: string; pages: number; bytes: number }
}

/** The delivery API's content for a guide in a locale changed (`url` is that guide's delivery URL). */
export interface GuideUpdated {
  type: 'guide.updated'
  data: { guide: string; locale: LocaleCode; etag: string; url: string }
}

/** A guide that was published was unpublished or deleted: downstream sites take it down. */
export interface GuideUnpublished {
  type: 'guide.unpublished'
  data: { guide: string }
}

/**
 * Content that may no longer be shown was withdrawn from these editions: purge copies and caches at
 * once. `facilitatorEditions` (present when any) names facilitator guides whose PDFs printed it.
 */
export interface ContentWithdrawn {
  type: 'content.withdrawn'
  data: { editions: { guide: string; locale: LocaleCode }[]; facilitatorEditions?: { facilitatorGuide: string; locale: LocaleCode }[] }
}

export type WebhookEvent = EditionPublished | GuideUpdated | GuideUnpublished | ContentWithdrawn

export type WebhookEventType = WebhookEvent['type']

/** What a receiver gets as the request body: the event plus when it happened (ISO 8601). */
export type WebhookPayload<E extends WebhookEvent = WebhookEvent> = E & { timestamp: string }

export const webhookEventTypes = ['edition.published', 'guide.updated', 'guide.unpublished', 'content.withdrawn'] as const satisfies readonly WebhookEventType[]

export const webhookEventLabels: Record<WebhookEventType, string> = {
  'edition.published': 'Edition published (PDF)',
  'guide.updated': 'Guide updated (delivery API)',
  'guide.unpublished': 'Guide unpublished or deleted',
  'content.withdrawn': 'Content withdrawn',
}
