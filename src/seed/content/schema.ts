// The shape of the demo content files (JSON, one per guide). Structure is shared by all locales;
// every human-readable string carries all five locales, so a translation can never drift out of step.
import { z } from 'zod'
import { figureKey } from '../../blocks/Figure/key'
import { directoryCountries, guideKinds, guideParts, partsOf, practitionerGuideParts, serviceCosts, serviceGroups, serviceTypes, trainingMethods } from '../../fields/options'

type TrainingMethod = (typeof trainingMethods)[number]['value']

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

/** Every part a chapter can be in (src/fields/options.ts); which fit depends on the guide's kind. */
export const parts = guideParts.map((p) => p.value) as [string, ...string[]]

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

/** A diagram drawn by the seed (src/seed/artwork.ts, numbers only); alt text, credit and key are the image's, per locale. */
export const figureContent = z.object({
  slug,
  drawing: z.enum(['stages', 'circles']),
  alt: text,
  credit: text,
  /** What the diagram's numbers stand for, one line each ("1 First recognition"): printed under it. */
  key: text.refine((key) => Object.values(key).every((lines) => figureKey(lines) === true), { message: 'a figure key has at most 12 short lines' }),
})

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
  /** A practitioner guide (the default) or the guidance note: its chapters' parts must be of that kind. */
  kind: z.enum(guideKinds.map((k) => k.value) as ['practitioner-guide', 'guidance-note']).default('practitioner-guide'),
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
}).superRefine((guide, ctx) => {
  const allowed = partsOf(guide.kind).map((p) => p.value)
  guide.chapters.forEach((chapter, i) => {
    if (!allowed.includes(chapter.part)) ctx.addIssue({ code: 'custom', path: ['chapters', i, 'part'], message: `is not a part of a ${guide.kind}; use one of ${allowed.join(', ')}` })
  })
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

/**
 * One invented service provider of the demo directory. `location` is editors-only: it is never
 * published, printed or sent downstream. Phone numbers use the unassigned area code 000.
 */
export const serviceContent = z.object({
  slug,
  country: z.enum(directoryCountries),
  name: text,
  areaServed: text,
  description: text,
  serviceTypes: z.array(z.enum(serviceTypes)).min(1),
  serves: z.object({
    groups: z.array(z.enum(serviceGroups)).min(1),
    /** ISO 3166-1 alpha-2 codes, or empty for "any nationality". Printed through Intl.DisplayNames. */
    nationalities: z.array(z.string().regex(/^[A-Z]{2}$/)),
    /** BCP 47 language codes spoken by staff or interpreters. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
    minimumAge: z.number().int().min(0).max(25).optional(),
    maximumAge: z.number().int().min(0).max(25).optional(),
  }),
  referral: z.object({
    phone: z.string().regex(/^\+\d{1,3} 000 [\d ]+$/, 'is a demo number: country code, then the unassigned area code 000'),
    hours: text,
    requirements: text,
    steps: z.array(text).min(2).max(6),
    cost: z.enum(serviceCosts),
  }),
  /** ISO date (YYYY-MM-DD) of the last check that the service still runs as described. */
  lastVerified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  location: z.object({ address: z.string().min(1), notes: z.string().optional() }),
})

export const directoryContent = z.object({ services: z.array(serviceContent).min(15) })
export type ServiceContent = z.infer<typeof serviceContent>

const trainingMethodValues = trainingMethods.map((m) => m.value) as [TrainingMethod, ...TrainingMethod[]]

/** A case study of a facilitator guide: an invented situation with discussion questions. */
export const caseStudyContent = z.object({ slug, title: text, story: text, questions: z.array(text).min(2).max(6) })

export const activityContent = z.object({
  title: text,
  method: z.enum(trainingMethodValues),
  minutes: z.number().int().min(5).max(240),
  steps: z.array(text).min(2).max(8),
  facilitatorNotes: text.optional(),
  /** What of the practitioner guide it draws on, by reference: parts, one exercise, quotes, a case study. */
  drawsOn: z.object({
    parts: z.array(z.enum(practitionerGuideParts.map((p) => p.value) as [string, ...string[]])).default([]),
    exercise: slug.optional(),
    quotes: z.array(slug).default([]),
    caseStudy: slug.optional(),
  }),
  /** What participants get on paper: nothing, the exercise (with its notepad) or the case study. */
  handout: z.enum(['none', 'exercise', 'case-study']).default('none'),
})

export const trainingSessionContent = z.object({
  slug,
  title: text,
  /** Must equal the sum of the activities' minutes. */
  durationMinutes: z.number().int().min(15).max(480),
  objectives: z.array(text).min(2).max(6),
  participants: text,
  groupSize: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  materials: text,
  roomSetup: text,
  preparation: text,
  activities: z.array(activityContent).min(2).max(12),
})

export const facilitatorGuideContent = z.object({
  slug,
  /** The practitioner guide it trains on (its slug). */
  guide: slug,
  title: text,
  introduction: text,
  caseStudies: z.array(caseStudyContent).min(1),
  sessions: z.array(trainingSessionContent).min(3),
})

export const facilitatorContent = z.object({ facilitatorGuides: z.array(facilitatorGuideContent).min(2) })
export type FacilitatorGuideContent = z.infer<typeof facilitatorGuideContent>
