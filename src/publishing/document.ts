// The plain data a guide edition is printed from: one guide in one locale, already filtered for
// publication (published items only, printable consent only, no internal fields).
import type { SerializedEditorState } from 'lexical'
import type { GuideKind, LicenceCode } from '../fields/options'
import type { LocaleCode } from '../i18n/locales'

export type Id = number | string

export interface ImageRef {
  /** Absolute path of the stored original. */
  file: string
  alt: string
  caption?: string
  credit?: string
  /** What the figure's numbers or symbols stand for, one entry per line of the media item's key. */
  key?: string[]
  width: number
  height: number
}

export interface ChapterDocument {
  id: Id
  slug: string
  part: string
  title: string
  body: SerializedEditorState | null
}

export interface QuoteDocument {
  text: string
  attribution: string
  illustrative: boolean
  /** Consent covers the web too (granted). A print-only quote is printed but never delivered online. */
  online: boolean
}

export interface ExerciseDocument {
  title: string
  kind: string
  instructions: SerializedEditorState | null
  questions: string[]
  notepadLines: number
}

export interface GuideDocument {
  locale: LocaleCode
  guide: {
    id: Id
    slug: string
    /** A practitioner guide, or the guidance note: its parts and its cover line differ. */
    kind: GuideKind
    seriesNumber: number
    title: string
    subtitle: string
    summary: string
    year: number
    edition: string
    translatorCredit?: string
    disclaimer?: string
    isbn?: string
    licence?: LicenceCode
    copyrightHolder?: string
    funding?: string
    cover?: ImageRef
  }
  chapters: ChapterDocument[]
  quotes: Record<string, QuoteDocument>
  exercises: Record<string, ExerciseDocument>
  images: Record<string, ImageRef>
  instruments: { shortName: string; name: string; year: number; articles: { number: string; summary: string }[] }[]
  glossary: { term: string; definition: string }[]
  /** Fields shown in English because the translation is missing. */
  fallbacks: string[]
  /** Items placed in the text but left out of print, with why (never their content). */
  omissions: string[]
  /** Translated items not yet approved in this locale, e.g. "chapter introduction: outdated". */
  unapproved: string[]
}
