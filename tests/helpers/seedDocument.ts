// A GuideDocument straight from the demo content files (no database, no server): the guide's
// chapters, quotes, exercises and figures in one locale, its cover and diagrams drawn by the seed's
// artwork into a folder. For tests of the print stages on a full-size guide.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { keyLines } from '../../src/blocks/Figure/key'
import type { LocaleCode } from '../../src/i18n/locales'
import type { GuideDocument, ImageRef } from '../../src/publishing/document'
import { coverImage, figureImage } from '../../src/seed/artwork'
import { guideContent, libraryContent, type BodyBlock } from '../../src/seed/content/schema'
import { lexicalBlock } from '../../src/seed/guides'
import { editorState, paragraph } from '../../src/seed/lexical'

const contentDir = path.resolve(import.meta.dirname, '../../src/seed/content')

export async function seedGuideDocument(file: string, locale: LocaleCode, imageDir: string, extra: Partial<GuideDocument['guide']> = {}): Promise<GuideDocument> {
  const guide = guideContent.parse(JSON.parse(readFileSync(path.join(contentDir, file), 'utf8')))
  const library = libraryContent.parse(JSON.parse(readFileSync(path.join(contentDir, 'library.json'), 'utf8')))
  const stored = async (name: string, bytes: Buffer): Promise<Omit<ImageRef, 'alt'>> => {
    const target = path.join(imageDir, name)
    writeFileSync(target, bytes)
    const { width = 0, height = 0 } = await sharp(bytes).metadata()
    return { file: target, width, height }
  }
  const images: Record<string, ImageRef> = {
    cover: { ...(await stored(`cover-${guide.slug}.jpg`, await coverImage(guide.seriesNumber))), alt: '' },
  }
  for (const figure of guide.figures) images[`figure-${figure.slug}`] = { ...(await stored(`figure-${figure.slug}.png`, await figureImage(figure.drawing))), alt: figure.alt[locale], credit: figure.credit[locale], key: keyLines(figure.key[locale]) }

  const lexical = (b: BodyBlock) => lexicalBlock(b, locale, (kind, slug) => `${kind}-${slug}`)
  return {
    locale,
    guide: {
      id: guide.slug,
      slug: guide.slug,
      kind: guide.kind ?? 'practitioner-guide',
      seriesNumber: guide.seriesNumber,
      title: guide.title[locale],
      subtitle: guide.subtitle[locale],
      summary: guide.summary[locale],
      year: guide.year,
      edition: guide.edition,
      cover: images.cover,
      ...extra,
    },
    chapters: guide.chapters.map((c) => ({ id: c.slug, slug: c.slug, part: c.part, title: c.title[locale], body: editorState(c.body.map(lexical)) as never })),
    quotes: Object.fromEntries(guide.quotes.filter((q) => q.consent !== 'withdrawn').map((q) => [`quote-${q.slug}`, { text: q.text[locale], attribution: q.attribution[locale], illustrative: true, online: q.consent === 'granted' }])),
    exercises: Object.fromEntries(
      guide.exercises.map((e) => [
        `exercise-${e.slug}`,
        { title: e.title[locale], kind: e.kind, instructions: editorState(e.instructions.map((i) => paragraph(i[locale]))) as never, questions: e.questions.map((q) => q[locale]), notepadLines: e.notepadLines },
      ]),
    ),
    images,
    instruments: library.instruments
      .filter((i) => guide.legalInstruments.includes(i.slug))
      .map((i) => ({ shortName: i.shortName, name: i.name[locale], year: i.year, articles: i.articles.map((a) => ({ number: a.number, summary: a.summary[locale] })) })),
    glossary: library.glossary.map((g) => ({ term: g.term[locale], definition: g.definition[locale] })).sort((a, b) => a.term.localeCompare(b.term, locale)),
    fallbacks: [],
    omissions: [],
    unapproved: [],
  }
}
