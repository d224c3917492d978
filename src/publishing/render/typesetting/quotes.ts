// Typewriter quotes and apostrophes (' ") in printed text become typographic ones (’ ‘ “ ”),
// decided by the character before each mark, so stored content keeps whatever editors typed.

const opensAfter = /^$|[\s([{\u2018\u201C\u2014\u2013/-]$/u

/**
 * `before` is the text just before `text` in the same paragraph (an inline element's text can
 * end a word whose apostrophe starts the next text node).
 */
export function curlQuotes(text: string, before = ''): string {
  if (!/['"]/.test(text)) return text
  let out = ''
  let prev = before.slice(-1)
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    let next = c
    if (c === "'") {
      // '90s, 'til: an elision at the start of a word is an apostrophe too.
      const elision = /^'(\d\d|til\b|cause\b|em\b|n\b)/i.test(text.slice(i))
      next = opensAfter.test(prev) && !elision ? '\u2018' : '\u2019'
    } else if (c === '"') {
      next = opensAfter.test(prev) ? '\u201C' : '\u201D'
    }
    out += next
    prev = next
  }
  return out
}
