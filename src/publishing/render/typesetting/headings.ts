// Headings never end on a word alone: the last two words of a heading of three or more are tied
// with a no-break space, so a balanced heading breaks earlier ("Menjaga / keselamatan penyintas",
// not "Menjaga keselamatan / penyintas"). Not for Thai, which has no spaces between words.

export const NO_BREAK_SPACE = '\u00A0'

/** Longest pair of words tied together, in characters: a longer pair could not share a narrow line. */
const MAX_TIED_LENGTH = 24

/** `text` with its last two words tied, when it has at least three and they are short enough. */
export function tieLastWords(text: string): string {
  const last = /(\S+)[ \t\r\n]+(\S+)(\s*)$/.exec(text)
  if (!last || text.trim().split(/\s+/).length < 3 || last[1].length + last[2].length > MAX_TIED_LENGTH) return text
  return text.slice(0, last.index) + last[1] + NO_BREAK_SPACE + last[2] + last[3]
}
