// Soft hyphens (U+00AD) from TeX hyphenation patterns: Debian's Chromium has no hyphenation
// dictionaries, so `hyphens: auto` does nothing and the break points are put in the text instead.
import createHyphenator from 'hyphen'
import enGb from 'hyphen/patterns/en-gb.js'
import id from 'hyphen/patterns/id.js'

export const SOFT_HYPHEN = '\u00AD'

type Hyphenate = (word: string) => string
const withPatterns = (patterns: typeof enGb): Hyphenate => createHyphenator(patterns, { minWordLength: 6 }) as Hyphenate

// British patterns: the series is written in British/Australian spelling (counsellor, programme).
// Malay is written in the same Rumi spelling as Indonesian (shared since 1972) and has no patterns
// of its own in TeX, so it uses the Indonesian ones. Vietnamese is not hyphenated: its words are
// single syllables separated by spaces, and a syllable is never split across lines.
const hyphenators: Record<string, () => Hyphenate> = {
  en: lazy(() => withPatterns(enGb)),
  id: lazy(() => withPatterns(id)),
  ms: lazy(() => withPatterns(id)),
}

function lazy<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}

export const hyphenates = (locale: string) => locale in hyphenators

/** Break points closer to a word's ends than this are dropped ("a-", "-ed" alone on a line read badly). */
const MIN_LEFT = 2
const MIN_RIGHT = 3

// A chunk between spaces that is (or holds) an address is never touched: a URL or e-mail address
// copied with a soft hyphen in it no longer works.
const address = /[/@\\]|:\/\/|^www\.|\w\.\w/

const word = /\p{L}[\p{L}\p{M}]*/gu

function hyphenateWord(w: string, hyphenate: Hyphenate): string {
  // Acronyms (ACTIP, UNODC) and names with inner capitals are left whole.
  if (w.length < 6 || w === w.toUpperCase() || /\p{Lu}/u.test(w.slice(1))) return w
  // The patterns are lower case: a capitalised word is hyphenated as its lower-case form.
  const lower = w.toLowerCase()
  if (lower.length !== w.length) return w
  let out = ''
  let left = 0
  for (const part of hyphenate(lower).split(SOFT_HYPHEN)) {
    if (left >= MIN_LEFT && w.length - left >= MIN_RIGHT) out += SOFT_HYPHEN
    out += w.slice(left, left + part.length)
    left += part.length
  }
  return out
}

/** Text with soft hyphens at the break points of its words; unchanged for locales without patterns. */
export function hyphenateText(text: string, locale: string): string {
  const make = hyphenators[locale]
  if (!make) return text
  const hyphenate = make()
  return text
    .split(/(\s+)/)
    .map((chunk) => (address.test(chunk) ? chunk : chunk.replace(word, (w) => hyphenateWord(w, hyphenate))))
    .join('')
}
