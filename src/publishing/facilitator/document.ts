// The plain data a facilitator guide's edition and its handouts are printed from: one facilitator
// guide in one locale, filtered for print (published items only, quotes with print consent only).
import type { LocaleCode } from '../../i18n/locales'
import type { ExerciseDocument, Id, QuoteDocument } from '../document'

export interface CaseStudyDocument {
  slug: string
  title: string
  story: string
  questions: string[]
}

export interface ActivityDocument {
  title: string
  method: string
  minutes: number
  steps: string[]
  notes?: string
  /** Parts of the practitioner guide it draws on (values of guideParts). */
  parts: string[]
  /** Ids into the document's exercises, quotes and caseStudies (only those that may be printed). */
  exercise?: string
  quotes: string[]
  caseStudy?: string
  handout: 'none' | 'exercise' | 'case-study'
}

export interface SessionDocument {
  id: Id
  slug: string
  title: string
  durationMinutes: number
  objectives: string[]
  participants: string
  groupSize: { min: number; max: number }
  materials: string
  roomSetup: string
  preparation: string
  activities: ActivityDocument[]
}

export interface FacilitatorDocument {
  locale: LocaleCode
  facilitatorGuide: { id: Id; slug: string; title: string; introduction: string }
  guide: { id: Id; slug: string; seriesNumber: number; title: string }
  sessions: SessionDocument[]
  exercises: Record<string, ExerciseDocument>
  quotes: Record<string, QuoteDocument>
  caseStudies: Record<string, CaseStudyDocument>
  fallbacks: string[]
  /** Items referenced but left out of print, with why (never their content). */
  omissions: string[]
  unapproved: string[]
}
