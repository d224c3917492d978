// GET /api/translation-progress: publications × locales with percent approved, counts of outdated
// and missing items, and links to the items still to work on: each guide (with its chapters, quotes
// and exercises), each facilitator guide (with its sessions and case studies) and the directory of
// services. The admin dashboard reads the same figures.
import type { Endpoint, Payload } from 'payload'
import { userIsEditor } from '../access/roles'
import { blockRefs } from '../blocks/refs'
import { translationLocales } from '../i18n/locales'
import type { TranslationStatus } from './statuses'
import { DIRECTORY_BUNDLE } from '../keys'

type Plain = Record<string, any>

interface Item {
  collection: string
  id: number | string
  title: string
  statuses: Record<string, TranslationStatus>
}

const statusesOf = (doc: Plain): Record<string, TranslationStatus> => Object.fromEntries(translationLocales.map((l) => [l, (doc.translation?.[l]?.status ?? 'missing') as TranslationStatus]))

/** Ids of a collection's documents this user may read (its read access, as over the API). */
type Counted = 'chapters' | 'quotes' | 'exercises' | 'training-sessions' | 'case-studies' | 'services'

async function readableIds(payload: Payload, collection: Counted, user: unknown): Promise<Set<string>> {
  const found = await payload.find({ collection, overrideAccess: false, user: user as never, depth: 0, pagination: false, select: { updatedAt: true } })
  return new Set(found.docs.map((d) => String(d.id)))
}

/**
 * Staff see every guide and the items to work on. Anyone else sees figures for published guides
 * only and no item titles: a work list would name unpublished items and withdrawn quotes. Items
 * are counted only when the reader may read them: the public never learns that a hidden quote
 * exists, and translators never see pending or withdrawn quotes.
 */
export async function translationProgress(payload: Payload, { user, adminBase = '/admin' }: { user: unknown; adminBase?: string }) {
  const staff = Boolean(user)
  const all = { locale: 'all' as const, depth: 0, draft: true, overrideAccess: true, limit: 10_000 }
  const counted: Counted[] = ['chapters', 'quotes', 'exercises', 'training-sessions', 'case-studies', 'services']
  const readable = userIsEditor(user) ? undefined : Object.fromEntries(await Promise.all(counted.map(async (c) => [c, await readableIds(payload, c, user)] as const)))
  const mayRead = (collection: Counted) => (doc: Plain) => !readable || readable[collection].has(String(doc.id))
  /** The items of a collection the reader may read, in every locale. */
  const read = async (collection: Counted, sort?: string) => ((await payload.find({ collection, ...all, sort })).docs as Plain[]).filter(mayRead(collection))
  const byId = (docs: Plain[]) => new Map(docs.map((d) => [String(d.id), d]))
  /**
   * The publications listed: every one for staff, published ones for anyone else. Whether one is
   * public is the main document's status: its newest version may be a draft (a translation saved
   * or imported since), which must not hide the published publication.
   */
  const listed = async (collection: 'guides' | 'facilitator-guides', sort: string) => {
    const published = new Set((await payload.find({ collection, where: { _status: { equals: 'published' } }, depth: 0, limit: 10_000, overrideAccess: true })).docs.map((g) => g.id))
    return ((await payload.find({ collection, ...all, sort })).docs as Plain[]).filter((g) => staff || published.has(g.id))
  }
  const guides = await listed('guides', 'seriesNumber')
  const chapters = await read('chapters', 'order')
  const quotes = byId(await read('quotes'))
  const exercises = byId(await read('exercises'))
  const title = (d: Plain, key: string) => (typeof d[key] === 'object' ? d[key]?.en : d[key]) ?? String(d.id)

  const localesOf = (items: Item[]) =>
    Object.fromEntries(
      translationLocales.map((locale) => {
        const count = (s: TranslationStatus) => items.filter((i) => i.statuses[locale] === s).length
        const approved = count('approved')
        return [
          locale,
          {
            items: items.length,
            approved,
            percentApproved: Math.round((approved / Math.max(items.length, 1)) * 100),
            outdated: count('outdated'),
            missing: count('missing'),
            inProgress: count('in-progress'),
            needsReview: count('needs-review'),
            ...(staff && {
              work: items
                .filter((i) => i.statuses[locale] !== 'approved')
                .map((i) => ({ collection: i.collection, id: i.id, title: i.title, status: i.statuses[locale], adminUrl: `${adminBase}/collections/${i.collection}/${i.id}?locale=${locale}` })),
            }),
          },
        ]
      }),
    )

  // Facilitator guides (published ones for the public): the guide, its sessions, the case studies they use.
  const facilitatorGuides = await listed('facilitator-guides', 'slug')
  const sessions = await read('training-sessions', 'order')
  const caseStudies = byId(await read('case-studies'))
  const facilitatorRows = facilitatorGuides.map((fg) => {
    const own = sessions.filter((s) => String(s.facilitatorGuide) === String(fg.id))
    const studies = [
      ...new Set(
        own.flatMap((s) =>
          (s.activities ?? [])
            .map((a: Plain) => a.drawsOn?.caseStudy)
            .filter(Boolean)
            .map(String),
        ),
      ),
    ].flatMap((id) => caseStudies.get(id) ?? [])
    const items: Item[] = [
      { collection: 'facilitator-guides', id: fg.id, title: title(fg, 'title'), statuses: statusesOf(fg) },
      ...own.map((s) => ({ collection: 'training-sessions', id: s.id, title: title(s, 'title'), statuses: statusesOf(s) })),
      ...studies.map((c) => ({ collection: 'case-studies', id: c.id, title: title(c, 'title'), statuses: statusesOf(c) })),
    ]
    return { kind: 'facilitator-guide' as const, slug: fg.slug as string, title: title(fg, 'title'), locales: localesOf(items) }
  })
  // The directory of services: every service the reader may read.
  const services = await read('services')
  const directoryRow = services.length
    ? [
        {
          kind: 'directory' as const,
          slug: DIRECTORY_BUNDLE,
          title: 'Directory of services',
          locales: localesOf(services.map((s) => ({ collection: 'services', id: s.id, title: title(s, 'name'), statuses: statusesOf(s) }))),
        },
      ]
    : []

  const rows = [
    ...guides.map((guide) => {
      const own = chapters.filter((c) => String(c.guide) === String(guide.id))
      const items: Item[] = [
        { collection: 'guides', id: guide.id, title: title(guide, 'title'), statuses: statusesOf(guide) },
        ...own.map((c) => ({ collection: 'chapters', id: c.id, title: title(c, 'title'), statuses: statusesOf(c) })),
      ]
      const seen = new Set<string>()
      for (const c of own) {
        for (const [collection, map, type, field] of [
          ['quotes', quotes, 'survivorQuote', 'quote'],
          ['exercises', exercises, 'exercise', 'exercise'],
        ] as const) {
          for (const id of blockRefs(c.body?.en, type, field)) {
            const doc = map.get(String(id))
            if (!doc || seen.has(`${collection}:${id}`)) continue
            seen.add(`${collection}:${id}`)
            items.push({ collection, id: doc.id, title: title(doc, collection === 'quotes' ? 'attribution' : 'title'), statuses: statusesOf(doc) })
          }
        }
      }
      return { kind: 'guide' as const, slug: guide.slug, title: title(guide, 'title'), locales: localesOf(items) }
    }),
    ...facilitatorRows,
    ...directoryRow,
  ]
  return { locales: translationLocales, guides: rows }
}

export const translationProgressEndpoint: Endpoint = {
  path: '/translation-progress',
  method: 'get',
  handler: async (req) => Response.json(await translationProgress(req.payload, { user: req.user })),
}
