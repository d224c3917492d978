// Writes one document in every locale: created in the default locale, then each translation added.
import type { CollectionSlug, Payload, RequestContext } from 'payload'
import { defaultLocale, translationLocales, type LocaleCode } from '../i18n/locales'

/** The seed publishes everything itself afterwards: no rebuild job per document. */
export const seedContext: RequestContext = { skipPublishQueue: true }

type Doc = Record<string, unknown> & { id: number | string }

/**
 * `dataFor(locale, created)` returns the whole document for the default locale and only the
 * localized fields for the others (array rows carry the ids of `created` so they line up).
 * Returns the existing document untouched when `existing` finds one: seeding is idempotent.
 */
export async function createInAllLocales(
  payload: Payload,
  collection: CollectionSlug,
  existing: Record<string, unknown>,
  dataFor: (locale: LocaleCode, created?: Doc) => Record<string, unknown>,
): Promise<{ doc: Doc; created: boolean }> {
  const found = await payload.find({ collection, where: existing as never, limit: 1, depth: 0, draft: true })
  if (found.docs.length > 0) return { doc: found.docs[0] as unknown as Doc, created: false }
  const doc = (await payload.create({ collection, locale: defaultLocale, data: dataFor(defaultLocale) as never, depth: 0, context: seedContext })) as unknown as Doc
  for (const locale of translationLocales) {
    // Demo translations wait for an editor's review, as a translator's finished work would.
    await payload.update({ collection, id: doc.id, locale, data: { ...dataFor(locale, doc), translation: { status: 'needs-review' } } as never, depth: 0, context: seedContext })
  }
  return { doc, created: true }
}

/** Pairs translated array rows with the ids of the rows created in the default locale. */
export function withRowIds<T extends object>(rows: T[], created: Doc | undefined, field: string): (T & { id?: string })[] {
  const ids = ((created?.[field] ?? []) as { id?: string }[]).map((r) => r.id)
  return rows.map((row, i) => ({ ...row, ...(ids[i] ? { id: ids[i] } : {}) }))
}
