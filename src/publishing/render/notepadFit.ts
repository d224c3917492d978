// How a chapter ends on its last page. A notepad that ends a chapter (alone, or as the end of an
// exercise) runs to the foot of the chapter's last page: otherwise that page may hold three spilled
// lines under a box's edge and nothing else, or a notepad on three quarters of an empty page,
// before the next part opens. A chapter whose last page would hold a few lines alone is set a
// little tighter, or looser when tighter cannot pull them back. Both are marked here for the printer, which measures where they land and decides
// (src/publishing/pageScripts.ts: overfillNewNotepads, cutOverfilledNotepads, startFitting,
// settleFitting); what it decided is recorded with the page numbers (`fit:`, `fit-page:`, `tight:`),
// so the next build prints it at once.

/** Id of a notepad line the printer measures: `fit-<chapter target>-<n>`. */
export const fitLineId = (target: string, n: number) => `fit-${target}-${n}`

/** The layout keys under which a chapter's closing notepad's printed lines, and the page they run to the foot of, are recorded. */
export const fitKey = (target: string) => `fit:${target}`
export const fitPageKey = (target: string) => `fit-page:${target}`

/** A notepad that ends the chapter, on its own or as the end of an exercise (render/richText.ts writes both). */
const closingNotepad = /<div class="notepad"([^>]*)>((?:(?!<div class="notepad")[\s\S])*?)<div class="rules" aria-hidden="true">((?:<div class="rule"><\/div>)+)<\/div><\/div>(\s*(?:<\/aside>\s*)?)$/

/**
 * The chapter's HTML with its closing notepad (when the chapter ends with one) marked for fitting:
 * `data-fit` names it, `data-lines` keeps the lines written, each line has an id, and as many lines
 * are printed as a previous build fitted (never fewer than written).
 */
export function markClosingNotepad(html: string, target: string, layout: Record<string, number> = {}): string {
  const match = closingNotepad.exec(html)
  if (!match) return html
  const [whole, attributes, prompt, rules, after] = match
  const written = rules.split('</div>').length - 1
  const page = layout[fitPageKey(target)]
  const printed = page === undefined ? written : Math.max(written, layout[fitKey(target)] ?? written)
  const lines = Array.from({ length: printed }, (_, i) => `<div class="rule" id="${fitLineId(target, i + 1)}"></div>`).join('')
  return `${html.slice(0, html.length - whole.length)}<div class="notepad"${attributes} data-fit="${target}" data-lines="${written}"${page === undefined ? '' : ` data-fit-page="${page}"`}>${prompt}<div class="rules" aria-hidden="true">${lines}</div></div>${after}`
}

/**
 * The layout key under which a chapter set a little tighter (to pull back a few lines from its last
 * page) is recorded: 1; -1 when it was set looser instead (to carry more lines over to its last
 * page); 0 when neither was tried or helped.
 */
export const tightKey = (target: string) => `tight:${target}`

/**
 * The layout key under which the chapter's span when that was decided is recorded: the pages after
 * its first. A chapter that spans other pages since (an edit) and ends short again is fitted anew.
 */
export const spanKey = (target: string) => `span:${target}`

/** A chapter's (or an annex's) section class and tightness as a previous build recorded it: tighter, looser, or tried so in vain (not tried again while it spans the same pages). */
export function chapterAttributes(target: string, layout: Record<string, number> = {}, kind: 'chapter' | 'annex' = 'chapter'): string {
  const tight = layout[tightKey(target)]
  const span = layout[spanKey(target)] === undefined ? '' : ` data-span="${layout[spanKey(target)]}"`
  return tight === undefined ? `class="${kind}"` : `${tight === 1 ? `class="${kind} tight"` : tight === -1 ? `class="${kind} loose"` : `class="${kind}" data-tight-tried=""`}${span}`
}

/** Id of the mark at a chapter's end, whose place on its page the printer measures: `end-<chapter target>`. */
export const chapterEndId = (target: string) => `end-${target}`

/**
 * A mark after the chapter's last block (none after a closing notepad, which runs to the page's
 * foot): the printer measures how far down its page the chapter ends, and sets a chapter whose
 * last page holds only a few lines a little tighter (src/publishing/pageScripts.ts, startFitting).
 */
export function chapterEnd(html: string, target: string): string {
  return html.includes('data-fit=') ? '' : `<div class="chapter-end" id="${chapterEndId(target)}" data-measure=""></div>`
}
