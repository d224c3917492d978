// The shape of the demo content files (JSON, one per guide). Structure is shared by all locales;
// every human-readable string carries all five locales, so a translation can never drift out of step.
import { z } from 'zod'

/** Inline markup the seed converts (src/seed/lexical.ts): only in rich text, never in a plain field. */
export const inlineMarkup = /\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\(/

const perLocale = (value: z.ZodString) => z.object({ en: value, id: value, ms: value, vi: value, th: value })

/** A plain field (titles, callouts, quotes, captions): printed as typed, so markup would print as asterisks. */
const text = perLocale(
  z
    .string()
    .min(1)
    .refine((s) => !inlineMarkup.test(s), 'is plain text: **bold**, *italic* and [links](…) would print as typed; write a term in quotation marks instead'),
)

/** Rich text (paragraphs, headings, list items, exercise instructions): **bold**, *italic*, [link text](https://…). */
const richText = perLocale(z.string().min(1))

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

export const parts = [
  'introduction',
  'legal-obligations',
  'key-concepts',
  'issues-and-challenges',
  'guidance',
  'other',
] as const

export const audiences = [
  'social-worker',
  'health-worker',
  'psychologist',
  'child-protection',
  'police',
  'border-official',
  'prosecutor',
  'lawyer',
  'teacher',
  'vocational-trainer',
  'public-administrator',
  'policymaker',
] as const

export const exploitationForms = [
  'sexual',
  'labour',
  'domestic-work',
  'fishing',
  'forced-criminality',
  'forced-marriage',
  'begging',
] as const

export const bodyBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: richText }),
  z.object({ type: z.literal('paragraph'), text: richText }),
  z.object({ type: z.literal('list'), ordered: z.boolean().default(false), items: z.array(richText).min(1) }),
  z.object({ type: z.literal('quote'), ref: slug }),
  z.object({ type: z.literal('exercise'), ref: slug, anchor: slug.optional() }),
  z.object({ type: z.literal('notepad'), lines: z.number().int().min(1).max(30), prompt: text.optional(), anchor: slug.optional() }),
  z.object({ type: z.literal('callout'), tone: z.enum(['info', 'tip', 'warning']), refersTo: slug.optional(), title: text, text }),
  z.object({ type: z.literal('figure'), ref: slug, width: z.enum(['full', 'half']).default('full'), caption: text }),
])

/** A diagram drawn by the seed (src/seed/artwork.ts); alt text is the image's, per locale. */
export const figureContent = z.object({ slug, drawing: z.enum(['stages', 'circles']), alt: text, credit: z.string().min(1) })

export const chapterContent = z.object({
  slug,
  part: z.enum(parts),
  title: text,
  body: z.array(bodyBlock).min(2),
})

export const quoteContent = z.object({
  slug,
  text,
  attribution: text,
  country: z.enum(['Indonesia', 'Malaysia', 'Philippines', 'Thailand', 'Vietnam', 'Cambodia', 'Myanmar', 'Lao PDR']),
  gender: z.enum(['woman', 'man', 'girl', 'boy', 'non-binary']),
  ageGroup: z.enum(['child', 'adult']),
  exploitation: z.enum(exploitationForms),
  themes: z.array(slug).min(1),
  consent: z.enum(['granted', 'print-only', 'withdrawn']),
  // Internal-only: never published. Invented codes for the demo.
  interviewCode: z.string().min(1),
  sourceReference: z.string().min(1),
  editorialNotes: z.string().optional(),
})

export const exerciseContent = z.object({
  slug,
  kind: z.enum(['mini-exercise', 'reflection', 'case-study', 'notepad']),
  title: text,
  instructions: z.array(richText).min(1),
  questions: z.array(text).min(1),
  notepadLines: z.number().int().min(0).max(30),
})

export const guideContent = z.object({
  seriesNumber: z.number().int().min(1).max(99),
  slug,
  phase: z.enum(['one', 'two']),
  year: z.number().int().min(2000).max(2100),
  edition: z.string().min(1),
  audience: z.array(z.enum(audiences)).min(1),
  legalInstruments: z.array(slug),
  title: text,
  subtitle: text,
  summary: text,
  chapters: z.array(chapterContent).min(5),
  quotes: z.array(quoteContent).min(3),
  exercises: z.array(exerciseContent).min(2),
  figures: z.array(figureContent).default([]),
})

export const instrumentContent = z.object({
  slug,
  name: text,
  shortName: z.string().min(1),
  year: z.number().int(),
  scope: z.enum(['international', 'regional', 'national']),
  articles: z.array(z.object({ number: z.string().min(1), summary: text })).min(1),
})

export const glossaryContent = z.object({ slug, term: text, definition: text })

export const libraryContent = z.object({
  instruments: z.array(instrumentContent).min(1),
  glossary: z.array(glossaryContent).min(1),
})

export type GuideContent = z.infer<typeof guideContent>
export type BodyBlock = z.infer<typeof bodyBlock>
export type FigureContent = z.infer<typeof figureContent>
export type LocalizedText = z.infer<typeof text>
export type LibraryContent = z.infer<typeof libraryContent>
