// GET /api/<collection>/<id>/translation-diff?locale=th: what changed in the English since the
// translation in that locale was last reviewed, unit by unit, as a readable word diff.
import { diffWords } from 'diff'
import type { CollectionConfig, Endpoint } from 'payload'
import { isLocaleCode, defaultLocale } from '../i18n/locales'
import { changedUnits, fingerprint, sourceUnits } from './units'
import { problem } from '../http/problem'

export function wordDiff(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('')
}

export const translationDiffEndpoint = (slug: string): Endpoint => ({
  path: '/:id/translation-diff',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in to see translation changes.')
    const locale = req.searchParams.get('locale') ?? ''
    if (!isLocaleCode(locale) || locale === defaultLocale) return problem(400, 'Give ?locale= one of the translated locales, e.g. th.')
    const collection = (req.payload.collections as Record<string, { config: CollectionConfig }>)[slug]?.config
    const id = req.routeParams?.id as string
    if (!collection) return problem(404, 'Unknown collection.')
    const read = (loc: string) => req.payload.findByID({ collection: collection.slug as never, id, locale: loc as never, fallbackLocale: false as never, depth: 0, draft: true, overrideAccess: false, user: req.user }).catch(() => null)
    const english = await read(defaultLocale)
    const translated = (await read(locale)) as { translation?: { status?: string; sourceSnapshot?: Record<string, string> } } | null
    if (!english || !translated) return problem(404, `No document ${id} here.`)
    const now = sourceUnits(collection.fields, english as never)
    const then = translated.translation?.sourceSnapshot ?? null
    const units = then ? changedUnits(fingerprint(then), fingerprint(now)) : []
    return Response.json({
      locale,
      status: translated.translation?.status ?? 'missing',
      reviewedSource: Boolean(then),
      changes: units.map((unit) => ({ unit, before: then?.[unit] ?? '', after: now[unit] ?? '', diff: wordDiff(then?.[unit] ?? '', now[unit] ?? '') })),
    })
  },
})
