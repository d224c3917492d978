// GuideDocument (what an edition is printed from) → the delivery API's JSON. Pure: the snapshot
// keeps its source, so a withdrawal or an unpublished chapter is taken out of the source and the
// response built again, without waiting for a rebuild.
import { createHash } from 'node:crypto'
import type { SerializedEditorState } from 'lexical'
import type { LocaleCode } from '../i18n/locales'
import type { GuideDocument, Id, ImageRef } from '../publishing/document'
import type { components } from './api'
import { bodyHtml } from './html'
import { refId } from '../blocks/refs'

type Schemas = components['schemas']
type Plain = Record<string, any>

/** Where a media item is served, and its renditions. */
export interface MediaLinks {
  url: string
  renditions: Schemas['Rendition'][]
}

/** What a delivery snapshot is made from; kept with it so it can be rebuilt without a quote or chapter. */
export interface DeliverySource {
  doc: Omit<GuideDocument, 'images' | 'guide'> & { guide: Omit<GuideDocument['guide'], 'cover'> & { cover?: string }; images: Record<string, Omit<ImageRef, 'file'>> }
  media: Record<string, MediaLinks>
  pdf: Schemas['Edition'] | null
  publishedAt: string
}

/** Media documents (as Payload returns them) → their public links, absolute under publicUrl. */
export function mediaLinks(mediaDocs: Plain[], publicUrl: string): Record<string, MediaLinks> {
  const absolute = (url: string) => (/^https?:/.test(url) ? url : `${publicUrl}${url}`)
  return Object.fromEntries(
    mediaDocs.map((m) => [
      String(m.id),
      {
        url: absolute(m.url),
        renditions: Object.entries((m.sizes ?? {}) as Record<string, Plain>)
          .filter(([, size]) => size?.url && size.width && size.height)
          .map(([name, size]) => ({ name, url: absolute(size.url), width: size.width, height: size.height, mimeType: size.mimeType ?? m.mimeType })),
      },
    ]),
  )
}

export function deliverySource(doc: GuideDocument, media: Record<string, MediaLinks>, pdf: Schemas['Edition'] | null, publishedAt: string): DeliverySource {
  // Paths on the server's disk never leave it.
  const images = Object.fromEntries(Object.entries(doc.images).map(([id, { file: _file, ...image }]) => [id, image]))
  const coverId = Object.entries(doc.images).find(([, image]) => image === doc.guide.cover)?.[0]
  const { cover: _cover, ...guide } = doc.guide
  // A print-only quote is in the PDF, never online: its block vanishes from the delivered body.
  const quotes = Object.fromEntries(Object.entries(doc.quotes).filter(([, quote]) => quote.online))
  return { doc: { ...doc, guide: { ...guide, cover: coverId }, quotes, images }, media, pdf, publishedAt }
}

function image(source: DeliverySource, id: string): Schemas['Image'] | undefined {
  const ref = source.doc.images[id]
  const links = source.media[id]
  if (!ref || !links) return undefined
  return { alt: ref.alt, ...(ref.caption ? { caption: ref.caption } : {}), ...(ref.credit ? { credit: ref.credit } : {}), ...(ref.key ? { key: ref.key } : {}), width: ref.width, height: ref.height, ...links }
}


/** A block's public fields, with what it places resolved; undefined drops the block (not published here). */
function resolveBlock(fields: Plain, source: DeliverySource): Plain | undefined {
  const base = { id: fields.id, blockType: fields.blockType }
  switch (fields.blockType) {
    case 'survivorQuote': {
      const quote = source.doc.quotes[String(refId(fields.quote))]
      return quote && { ...base, quote: { text: quote.text, attribution: quote.attribution, illustrative: quote.illustrative } }
    }
    case 'exercise': {
      const exercise = source.doc.exercises[String(refId(fields.exercise))]
      if (!exercise) return undefined
      const instructions = resolveBody(exercise.instructions, source)
      const resolved: Schemas['Exercise'] = { title: exercise.title, kind: exercise.kind, instructions: instructions as Schemas['LexicalState'] | null, instructionsHtml: bodyHtml(instructions), questions: exercise.questions, notepadLines: exercise.notepadLines }
      return { ...base, exercise: resolved }
    }
    case 'figure': {
      const resolved = image(source, String(refId(fields.image)))
      return resolved && { ...base, image: resolved, ...(fields.caption ? { caption: fields.caption } : {}), ...(fields.credit ? { credit: fields.credit } : {}), width: fields.width === 'half' ? 'half' : 'full' }
    }
    case 'callout':
      return { ...base, tone: fields.tone, title: fields.title ?? undefined, text: fields.text }
    case 'notepad':
      return { ...base, lines: fields.lines, prompt: fields.prompt ?? undefined }
    default:
      return undefined
  }
}

/** Nodes that point at other documents by id outside guidepress's blocks are not delivered. */
const undeliveredNodes = new Set(['upload', 'relationship'])

function resolveNode(node: Plain, source: DeliverySource): Plain | undefined {
  if (undeliveredNodes.has(node.type)) return undefined
  if (node.type === 'block') {
    const fields = resolveBlock(node.fields ?? {}, source)
    return fields && { ...node, fields }
  }
  if (!Array.isArray(node.children)) return node
  return { ...node, children: node.children.flatMap((child: Plain) => resolveNode(child, source) ?? []) }
}

/** A Lexical state with every block resolved to public fields and unpublished placements removed. */
export function resolveBody(state: SerializedEditorState | null, source: DeliverySource): SerializedEditorState | null {
  if (!state?.root) return null
  return { ...state, root: resolveNode(state.root as unknown as Plain, source) as never }
}

export function guideSummary(source: DeliverySource, deliveryUrl: string): Omit<Schemas['GuideSummary'], 'editions'> {
  const { guide, locale } = source.doc
  return {
    slug: guide.slug,
    kind: guide.kind,
    seriesNumber: guide.seriesNumber,
    locale: locale as LocaleCode,
    title: guide.title,
    subtitle: guide.subtitle,
    summary: guide.summary,
    cover: (guide.cover && image(source, guide.cover)) || null,
    url: deliveryUrl,
    publishedAt: source.publishedAt,
  }
}

export function guideBody(source: DeliverySource): Schemas['Guide'] {
  const { doc } = source
  const { guide } = doc
  return {
    slug: guide.slug,
    kind: guide.kind,
    seriesNumber: guide.seriesNumber,
    locale: doc.locale,
    title: guide.title,
    subtitle: guide.subtitle,
    summary: guide.summary,
    year: guide.year,
    edition: guide.edition,
    ...(guide.translatorCredit ? { translatorCredit: guide.translatorCredit } : {}),
    ...(guide.disclaimer ? { disclaimer: guide.disclaimer } : {}),
    ...(guide.isbn ? { isbn: guide.isbn } : {}),
    cover: (guide.cover && image(source, guide.cover)) || null,
    chapters: doc.chapters.map((chapter) => {
      const body = resolveBody(chapter.body, source)
      return { slug: chapter.slug, part: chapter.part, title: chapter.title, html: bodyHtml(body), body: body as Schemas['LexicalState'] | null }
    }),
    legalInstruments: doc.instruments,
    glossary: doc.glossary,
    fellBackToEnglish: doc.fallbacks,
    translationComplete: doc.fallbacks.length === 0 && doc.unapproved.length === 0,
    pdf: source.pdf,
    publishedAt: source.publishedAt,
  }
}

/** The source without these quotes: their blocks vanish from the body and its HTML. */
export function withoutQuotes(source: DeliverySource, ids: Id[]): DeliverySource {
  const gone = new Set(ids.map(String))
  return { ...source, doc: { ...source.doc, quotes: Object.fromEntries(Object.entries(source.doc.quotes).filter(([id]) => !gone.has(id))) } }
}

/** The source without these chapters (unpublished or deleted since the snapshot was made). */
export function withoutChapters(source: DeliverySource, ids: Id[]): DeliverySource {
  const gone = new Set(ids.map(String))
  return { ...source, doc: { ...source.doc, chapters: source.doc.chapters.filter((c) => !gone.has(String(c.id))) } }
}

/** The quotes a snapshot delivers: those its chapters place and its source resolves. */
export const deliveredQuotes = (source: DeliverySource): string[] => Object.keys(source.doc.quotes)

export const bodyHash = (body: string): string => createHash('sha256').update(body).digest('hex')
