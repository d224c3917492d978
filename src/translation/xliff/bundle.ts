// The documents a translator works on for one guide: the guide, its chapters, the quotes and
// exercises the chapters place, its images, its legal instruments and the series glossary; or,
// under the slug directory-of-services, every service of the directory (never its location,
// which is not localized and so never becomes a segment); or a facilitator guide with its
// training sessions and case studies.
// Quotes whose consent is pending or withdrawn are never sent out for translation.
import type { CollectionConfig, Payload } from 'payload'
import { blockRefs } from '../../blocks/refs'
import { defaultLocale } from '../../i18n/locales'
import { DIRECTORY_BUNDLE } from '../../keys'
import { consentAllowsPrint } from '../../fields/options'


type Plain = Record<string, any>
type Id = number | string

export interface BundleDocument {
  collection: string
  id: Id
  /** Human-readable name for the XLIFF header note. */
  label: string
  english: Plain
  target: Plain
}

export class UnknownGuide extends Error {
  override name = 'UnknownGuide'
}

export const collectionConfig = (payload: Payload, slug: string): CollectionConfig | undefined =>
  (payload.collections as Record<string, { config: CollectionConfig } | undefined>)[slug]?.config

export async function readDocument(payload: Payload, collection: string, id: Id, locale: string): Promise<Plain | null> {
  return (await payload
    .findByID({ collection: collection as never, id, locale: locale as never, fallbackLocale: false as never, depth: 0, draft: true, overrideAccess: true })
    .catch(() => null)) as Plain | null
}

export async function guideBundle(payload: Payload, slug: string, locale: string): Promise<{ guide: Plain; documents: BundleDocument[] }> {
  const read = { depth: 0, draft: true, overrideAccess: true, locale: defaultLocale } as const
  if (slug === DIRECTORY_BUNDLE) {
    const services = (await payload.find({ collection: 'services', ...read, sort: 'slug', pagination: false })).docs as Plain[]
    return { guide: { slug }, documents: await documentsOf(payload, [['services', services.map((s) => s.id)]], locale) }
  }
  const guide = (await payload.find({ collection: 'guides', ...read, where: { slug: { equals: slug } }, limit: 1 })).docs[0] as Plain | undefined
  if (!guide) return facilitatorBundle(payload, slug, locale)
  const chapters = (await payload.find({ collection: 'chapters', ...read, where: { guide: { equals: guide.id } }, sort: 'order', limit: 500 })).docs as Plain[]
  const bodies = chapters.map((c) => c.body)
  const unique = (ids: Id[]) => [...new Set(ids.map(String))]
  const wanted: [string, Id[]][] = [
    ['guides', [guide.id]],
    ['chapters', chapters.map((c) => c.id)],
    ['quotes', unique(bodies.flatMap((b) => blockRefs(b, 'survivorQuote', 'quote')))],
    ['exercises', unique(bodies.flatMap((b) => blockRefs(b, 'exercise', 'exercise')))],
    ['media', unique([...(guide.coverImage ? [guide.coverImage] : []), ...bodies.flatMap((b) => blockRefs(b, 'figure', 'image'))])],
    ['legal-instruments', unique((guide.legalInstruments ?? []) as Id[])],
    ['glossary-terms', ((await payload.find({ collection: 'glossary-terms', ...read, sort: 'slug', limit: 1000 })).docs as Plain[]).map((g) => g.id)],
  ]
  return { guide, documents: await documentsOf(payload, wanted, locale) }
}

/** A facilitator guide: itself, its training sessions in order and the case studies they use. */
async function facilitatorBundle(payload: Payload, slug: string, locale: string): Promise<{ guide: Plain; documents: BundleDocument[] }> {
  const read = { depth: 0, draft: true, overrideAccess: true, locale: defaultLocale } as const
  const guide = (await payload.find({ collection: 'facilitator-guides', ...read, where: { slug: { equals: slug } }, limit: 1 })).docs[0] as Plain | undefined
  if (!guide) throw new UnknownGuide(`No guide or facilitator guide with the slug "${slug}".`)
  const sessions = (await payload.find({ collection: 'training-sessions', ...read, where: { facilitatorGuide: { equals: guide.id } }, sort: 'order', pagination: false })).docs as Plain[]
  const caseStudies = [...new Set(sessions.flatMap((s) => (s.activities ?? []).map((a: Plain) => a.drawsOn?.caseStudy).filter(Boolean)).map(String))]
  const wanted: [string, Id[]][] = [
    ['facilitator-guides', [guide.id]],
    ['training-sessions', sessions.map((s) => s.id)],
    ['case-studies', caseStudies],
  ]
  return { guide, documents: await documentsOf(payload, wanted, locale) }
}

/** Each document in English and in `locale`; quotes without consent to print are never sent out. */
async function documentsOf(payload: Payload, wanted: [string, Id[]][], locale: string): Promise<BundleDocument[]> {
  const documents: BundleDocument[] = []
  for (const [collection, ids] of wanted) {
    for (const id of ids) {
      const english = await readDocument(payload, collection, id, defaultLocale)
      if (!english || (collection === 'quotes' && !consentAllowsPrint(english.consent))) continue
      const target = (await readDocument(payload, collection, id, locale)) ?? {}
      documents.push({ collection, id: english.id, label: labelOf(collection, english), english, target })
    }
  }
  return documents
}

function labelOf(collection: string, doc: Plain): string {
  const name = doc.title ?? doc.term ?? doc.name ?? doc.attribution ?? doc.alt ?? doc.slug ?? String(doc.id)
  return `${collection} ${doc.id}: ${name}`
}
