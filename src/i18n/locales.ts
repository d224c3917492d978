// THE one list of locales. Adding a language is one line here (plus its fonts for print).
export type Script = 'latin' | 'thai' | 'khmer' | 'myanmar' | 'arabic'
export type Direction = 'ltr' | 'rtl'

export interface Locale {
  code: string
  label: string
  /** Name of the language in that language, for translators and readers. */
  nativeLabel: string
  script: Script
  direction: Direction
}

export const locales = [
  { code: 'en', label: 'English', nativeLabel: 'English', script: 'latin', direction: 'ltr' },
  { code: 'id', label: 'Bahasa Indonesia', nativeLabel: 'Bahasa Indonesia', script: 'latin', direction: 'ltr' },
  { code: 'ms', label: 'Malay', nativeLabel: 'Bahasa Melayu', script: 'latin', direction: 'ltr' },
  { code: 'vi', label: 'Vietnamese', nativeLabel: 'Tiếng Việt', script: 'latin', direction: 'ltr' },
  { code: 'th', label: 'Thai', nativeLabel: 'ภาษาไทย', script: 'thai', direction: 'ltr' },
] as const satisfies readonly Locale[]

export type LocaleCode = (typeof locales)[number]['code']

export const defaultLocale: LocaleCode = 'en'

export const localeCodes = locales.map((l) => l.code) as LocaleCode[]

/** Locales that are translated from the default one. */
export const translationLocales = localeCodes.filter((c) => c !== defaultLocale)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function findLocale(code: string): Locale | undefined {
  return locales.find((l) => l.code === code)
}

/** The locales with a translator's own languages (their account's `languages`) first, in order otherwise. */
export function ownLanguagesFirst<T extends string>(codes: readonly T[], user: unknown): T[] {
  const own = new Set(((user as { languages?: unknown[] } | null | undefined)?.languages ?? []).map(String))
  return [...codes.filter((c) => own.has(c)), ...codes.filter((c) => !own.has(c))]
}
