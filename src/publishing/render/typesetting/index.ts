// Book typesetting on the text of a rendered guide: typographic quotes and apostrophes, soft
// hyphens (en, id, ms), headings' last two words tied and Thai terms kept on one line. Only text nodes change (never tags,
// attributes, styles or scripts); everything else in the HTML stays byte for byte.
import escapeHtml from 'escape-html'
import { Parser } from 'htmlparser2'
import { tieLastWords } from './headings'
import { hyphenateText, hyphenates } from './hyphenation'
import { curlQuotes } from './quotes'
import { joinThaiTerms, thaiDictionary } from './thaiTerms'

export { NO_BREAK_SPACE, tieLastWords } from './headings'
export { SOFT_HYPHEN, hyphenateText } from './hyphenation'
export { curlQuotes } from './quotes'
export { sideNotesBeside } from './sideColumn'
export { WORD_JOINER, joinThaiTerms, thaiDictionary } from './thaiTerms'

export interface TypesetOptions {
  locale: string
  /** Terms the Thai line breaking keeps together (the guide's glossary), besides common compounds. */
  terms?: string[]
}

/** Elements whose text is not prose. */
const verbatim = new Set(['head', 'title', 'style', 'script', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'textarea'])
/** Headings, terms and labels are not hyphenated: a title or a defined term reads as a whole. */
const unhyphenated = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th'])
const unhyphenatedClasses = /\b(cover-title|title|entry-title|part-label|page-number|series|publisher|callout-title|exercise-title)\b/
/** Titles whose lines are balanced, and so must not end on a word alone. */
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const headingClasses = /(^|\s)(cover-title|title|entry-title)(\s|$)/
/** Elements inside a line of text: a quote mark's context carries over them, a block's does not. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'wbr'])

interface Context {
  name: string
  verbatim: boolean
  hyphenate: boolean
  heading: boolean
}

/** The HTML with its text typeset for print in `locale`; only the body is touched when there is one. */
export function typesetHtml(html: string, { locale, terms = [] }: TypesetOptions): string {
  const bodyAt = Math.max(0, html.indexOf('<body'))
  const dictionary = locale === 'th' ? thaiDictionary(terms) : []
  const edits: { start: number; end: number; text: string }[] = []
  const stack: Context[] = [{ name: '', verbatim: false, hyphenate: hyphenates(locale), heading: false }]
  const ties = locale !== 'th'
  let run: { start: number; end: number; text: string } | undefined
  let before = ''

  const typeset = (text: string, context: Context) => {
    let out = curlQuotes(text, before)
    if (context.hyphenate) out = hyphenateText(out, locale)
    if (context.heading && ties) out = tieLastWords(out)
    if (dictionary.length) out = joinThaiTerms(out, dictionary)
    return out
  }
  const flush = () => {
    if (!run) return
    const context = stack[stack.length - 1]
    if (!context.verbatim) {
      const out = typeset(run.text, context)
      if (out !== run.text) edits.push({ start: run.start, end: run.end, text: escapeHtml(out) })
      before += run.text
    }
    run = undefined
  }

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush()
        if (!inline.has(name)) before = ''
        const parent = stack[stack.length - 1]
        stack.push({
          name,
          verbatim: parent.verbatim || verbatim.has(name),
          hyphenate: parent.hyphenate && !unhyphenated.has(name) && !unhyphenatedClasses.test(attribs.class ?? ''),
          heading: parent.heading || headings.has(name) || headingClasses.test(attribs.class ?? ''),
        })
      },
      onclosetag(name) {
        flush()
        if (!inline.has(name)) before = ''
        for (let at = stack.length - 1; at > 0; at--) {
          if (stack[at].name === name) {
            stack.length = at
            break
          }
        }
      },
      ontext(text) {
        // Entities arrive as separate pieces of the same text node; their raw span is kept whole.
        const start = bodyAt + parser.startIndex
        const end = bodyAt + parser.endIndex + 1
        if (run && run.end === start) Object.assign(run, { end, text: run.text + text })
        else {
          flush()
          run = { start, end, text }
        }
      },
      oncomment: () => flush(),
    },
    { decodeEntities: true },
  )
  parser.end(html.slice(bodyAt))
  flush()

  let out = ''
  let at = 0
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return out + html.slice(at)
}
