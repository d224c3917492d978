// Stage 1: Payload → plain GuideDocument for one locale: the content the pipeline reads (records.ts
// holds what it writes). Everything is read with locale=all so a missing translation is seen and recorded.
import path from 'node:path'
import type { CollectionSlug, Payload, Where } from 'payload'
import { blockRefs } from '../blocks/refs'
import { keyLines } from '../blocks/Figure/key'
import { printableConsent } from '../fields/options'
import { defaultLocale, type LocaleCode } from '../i18n/locales'
import type { ChapterDocument, ExerciseDocument, GuideDocument, Id, ImageRef, QuoteDocument } from './document'
import { PublishingError } from './errors'

type Localized<T = unknown> = Partial<Record<LocaleCode, T>> | T | null | undefined
type Plain = Record<string, any>

/** Picks the locale's value, falling back to English and recording where it did. */
export function picker(locale: LocaleCode, fallbacks: string[]) {
  return <T>(value: Localized<T>, where: string): T | undefined => {
    if (value === null || value === undefined) return undefined
    if (typeof value !== 'object' || Array.isArray(value) || !(defaultLocale in (value as object) || locale in (value as object))) return value as T
    const byLocale = value as Partial<Record<LocaleCode, T>>
    const own = byLocale[locale]
    if (own !== undefined && own !== null && own !== '') return own
    const english = byLocale[defaultLocale]
    if (english !== undefined && english !== null && english !== '' && locale !== defaultLocale) fallbacks.push(where)
    return english ?? undefined
  }
}

/** The translation status of a document in a locale, for the publishing gate. */
export function unapprovedIn(locale: LocaleCode, label: string, doc: Plain, out: string[]) {
  if (locale === defaultLocale) return
  const status = doc.translation?.[locale]?.status ?? 'missing'
  if (status !== 'approved') out.push(`${label}: ${status}`)
}

/** Everything a guide's editions are printed from, in every locale at once (one read serves all five). */
export interface GuideSources {
  guide: Plain
  chapters: Plain[]
  quotes: Plain[]
  exercises: Plain[]
  media: Plain[]
  instruments: Plain[]
  glossary: Plain[]
}

/** All bodies of a chapter, whatever their locale, so ids placed in any translation are read. */
const allBodies = (chapters: Plain[]) => chapters.flatMap((c) => (c.body && typeof c.body === 'object' && !('root' in c.body) ? Object.values(c.body) : [c.body]))
const uniqueIds = (ids: unknown[]) => [...new Set(ids.filter((id) => id !== null && id !== undefined).map(String))]

/** The documents one query returned last time, by id, with the updatedAt they were read at. */
type Kept = Map<string, { updatedAt: unknown; doc: Plain }>

/**
 * What a long-lived process (the server's job runner, the benchmark) read for the guides it
 * published last. Each read first asks only for ids and updatedAt (≈ 0.5 ms a query) and reads in
 * full only the documents that are new or changed: republishing after a one-chapter edit reads
 * that chapter, not the whole guide in five languages (≈ 15 ms less on the demo guides). Every
 * write through Payload moves updatedAt; a document that left a query (unpublished, consent
 * withdrawn, deleted) is dropped because its id is no longer returned.
 */
const kept = new WeakMap<Payload, Map<string, Map<string, Kept>>>()
const KEPT_GUIDES = 8

function keptFor(payload: Payload, slug: string, reuse: boolean): (query: string) => Kept {
  let guides = kept.get(payload)
  if (!guides) kept.set(payload, (guides = new Map()))
  const entry = (reuse && guides.get(slug)) || new Map<string, Kept>()
  guides.delete(slug)
  guides.set(slug, entry)
  while (guides.size > KEPT_GUIDES) guides.delete(guides.keys().next().value!)
  return (query) => entry.get(query) ?? entry.set(query, new Map()).get(query)!
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

const readAll = { locale: 'all' as const, depth: 0, draft: false, overrideAccess: true, pagination: false as const }

/** A query's documents in every locale, reading in full only those not already kept unchanged. */
async function readChanged(payload: Payload, previous: Kept, collection: CollectionSlug, where: Where, { sort, select }: { sort?: string; select?: Plain } = {}): Promise<Plain[]> {
  const stamps = (await payload.find({ collection, ...readAll, where, sort, select: { updatedAt: true } })).docs as Plain[]
  // Built from this call's own reads only, so a concurrent read of the same guide cannot change it.
  const docs = new Map<string, Plain>()
  const changed: unknown[] = []
  for (const { id, updatedAt } of stamps) {
    const hit = previous.get(String(id))
    if (hit && hit.updatedAt === updatedAt) docs.set(String(id), hit.doc)
    else changed.push(id)
  }
  if (changed.length) {
    // The query's own conditions again: a document changed since the stamps were read may no longer belong.
    const fresh = (await payload.find({ collection, ...readAll, where: { and: [where, { id: { in: changed } }] }, ...(select ? { select: { ...select, updatedAt: true } } : {}) })).docs as Plain[]
    for (const doc of fresh) {
      // Kept documents are shared by later runs: frozen, so no stage can change them by mistake.
      docs.set(String(doc.id), deepFreeze(doc))
      previous.set(String(doc.id), { updatedAt: doc.updatedAt, doc })
    }
  }
  for (const id of [...previous.keys()]) if (!docs.has(id)) previous.delete(id)
  return stamps.flatMap(({ id }) => docs.get(String(id)) ?? [])
}

/**
 * Reads a guide's sources. `reuse: false` (a forced rebuild) reads everything in full again
 * instead of reusing what this process read before.
 */
export async function readGuideSources(payload: Payload, slug: string, { reuse = true }: { reuse?: boolean } = {}): Promise<GuideSources> {
  const keep = keptFor(payload, slug, reuse)
  const read = (query: string, collection: CollectionSlug, where: Where, extra?: { sort?: string; select?: Plain }) => readChanged(payload, keep(query), collection, where, extra)
  const published: Where = { _status: { equals: 'published' } }
  const [guide] = await read('guide', 'guides', { and: [{ slug: { equals: slug } }, published] })
  if (!guide) throw new PublishingError('GuideNotPublished', `No published guide with slug "${slug}".`)
  const chapters = await read('chapters', 'chapters', { and: [{ guide: { equals: guide.id } }, published] }, { sort: 'order' })
  const bodies = allBodies(chapters)
  const byIds = async (collection: 'quotes' | 'exercises' | 'media' | 'legal-instruments', ids: unknown[], where: Where[] = [], extra?: { sort?: string; select?: Plain }) =>
    ids.length ? read(collection, collection, { and: [{ id: { in: ids } }, ...where] }, extra) : []
  // The reads below depend only on the chapters: they run together.
  const [quotes, exercises, media, instruments, glossary] = await Promise.all([
    // Internal fields are never selected: they cannot reach the renderer, the PDF or a log.
    byIds('quotes', uniqueIds(bodies.flatMap((b) => blockRefs(b, 'survivorQuote', 'quote'))), [published, { consent: { in: [...printableConsent] } }], {
      select: { slug: true, text: true, attribution: true, illustrative: true, consent: true, translation: { status: true } },
    }),
    byIds('exercises', uniqueIds(bodies.flatMap((b) => blockRefs(b, 'exercise', 'exercise'))), [published]),
    byIds('media', uniqueIds([guide.coverImage, ...bodies.flatMap((b) => blockRefs(b, 'figure', 'image'))])),
    byIds('legal-instruments', (guide.legalInstruments ?? []) as Id[], [], { sort: 'year' }),
    read('glossary', 'glossary-terms', {}),
  ])
  return { guide, chapters, quotes, exercises, media, instruments, glossary }
}

/** One locale's edition of the sources: pure, so five editions share one read. */
export function guideDocument(sources: GuideSources, locale: LocaleCode, mediaDir: string): GuideDocument {
  const fallbacks: string[] = []
  const omissions: string[] = []
  const pick = picker(locale, fallbacks)
  const { guide, chapters: chapterDocs } = sources

  const unapproved: string[] = []
  unapprovedIn(locale, 'guide', guide, unapproved)
  for (const c of chapterDocs) unapprovedIn(locale, `chapter ${c.slug}`, c, unapproved)
  const chapters: ChapterDocument[] = chapterDocs.map((c) => ({
    id: c.id,
    slug: c.slug,
    part: c.part,
    title: pick<string>(c.title, `chapter ${c.slug}: title`) ?? '',
    body: pick(c.body, `chapter ${c.slug}: body`) ?? null,
  }))

  const quoteIds = uniqueIds(chapters.flatMap((c) => blockRefs(c.body, 'survivorQuote', 'quote')))
  const quotes: Record<string, QuoteDocument> = {}
  if (quoteIds.length) {
    const docs = sources.quotes.filter((q) => quoteIds.includes(String(q.id)))
    for (const q of docs) unapprovedIn(locale, `quote ${q.slug}`, q, unapproved)
    for (const q of docs) quotes[String(q.id)] = { text: pick<string>(q.text, `quote ${q.slug}: text`) ?? '', attribution: pick<string>(q.attribution, `quote ${q.slug}: attribution`) ?? '', illustrative: Boolean(q.illustrative), online: q.consent === 'granted' }
    const left = quoteIds.length - docs.length
    if (left > 0) omissions.push(`${left} survivor quote(s) not printed: unpublished or without print consent`)
  }

  const exerciseIds = uniqueIds(chapters.flatMap((c) => blockRefs(c.body, 'exercise', 'exercise')))
  const exercises: Record<string, ExerciseDocument> = {}
  if (exerciseIds.length) {
    const docs = sources.exercises.filter((e) => exerciseIds.includes(String(e.id)))
    for (const e of docs) {
      unapprovedIn(locale, `exercise ${e.slug}`, e, unapproved)
      exercises[String(e.id)] = {
        title: pick<string>(e.title, `exercise ${e.slug}: title`) ?? '',
        kind: e.kind,
        instructions: pick(e.instructions, `exercise ${e.slug}: instructions`) ?? null,
        questions: (e.questions ?? []).map((q: Plain, i: number) => pick<string>(q.question, `exercise ${e.slug}: question ${i + 1}`) ?? ''),
        notepadLines: e.notepadLines ?? 0,
      }
    }
    const left = exerciseIds.length - docs.length
    if (left > 0) omissions.push(`${left} exercise(s) not printed: unpublished`)
  }

  const imageIds = uniqueIds([guide.coverImage, ...chapters.flatMap((c) => blockRefs(c.body, 'figure', 'image'))])
  const images: Record<string, ImageRef> = {}
  for (const m of sources.media.filter((m) => imageIds.includes(String(m.id)))) {
    images[String(m.id)] = {
      file: path.join(mediaDir, m.filename),
      alt: pick<string>(m.alt, `image ${m.id}: alt text`) ?? '',
      caption: pick<string>(m.caption, `image ${m.id}: caption`),
      credit: pick<string>(m.credit, `image ${m.id}: credit`),
      key: keyLines(pick<string>(m.key, `image ${m.id}: key`)),
      width: m.width,
      height: m.height,
    }
  }
  const instrumentDocs = sources.instruments
  const glossaryDocs = sources.glossary

  const colophon = guide.colophon ?? {}
  return {
    locale,
    guide: {
      id: guide.id,
      slug: guide.slug,
      kind: guide.kind ?? 'practitioner-guide',
      seriesNumber: guide.seriesNumber,
      title: pick<string>(guide.title, 'guide: title') ?? '',
      subtitle: pick<string>(guide.subtitle, 'guide: subtitle') ?? '',
      summary: pick<string>(guide.summary, 'guide: summary') ?? '',
      year: guide.year,
      edition: pick<string>(guide.edition, 'guide: edition') ?? '',
      translatorCredit: locale === defaultLocale ? undefined : (colophon.translatorCredit?.[locale] ?? undefined),
      disclaimer: locale === defaultLocale ? undefined : (colophon.disclaimer?.[locale] ?? undefined),
      isbn: colophon.isbn?.[locale] ?? undefined,
      licence: colophon.licence ?? undefined,
      copyrightHolder: colophon.copyrightHolder || undefined,
      funding: pick<string>(colophon.funding, 'guide: funding statement') ?? undefined,
      cover: guide.coverImage ? images[String(guide.coverImage)] : undefined,
    },
    chapters,
    quotes,
    exercises,
    images,
    instruments: instrumentDocs.map((i) => ({
      shortName: i.shortName,
      name: pick<string>(i.name, `instrument ${i.slug}: name`) ?? '',
      year: i.year,
      articles: (i.articles ?? []).map((a: Plain) => ({ number: a.number, summary: pick<string>(a.summary, `instrument ${i.slug}: article ${a.number}`) ?? '' })),
    })),
    glossary: glossaryDocs
      .map((g) => ({ term: pick<string>(g.term, `glossary ${g.slug}: term`) ?? '', definition: pick<string>(g.definition, `glossary ${g.slug}: definition`) ?? '' }))
      .sort((a, b) => a.term.localeCompare(b.term, locale)),
    fallbacks,
    omissions,
    unapproved,
  }
}
