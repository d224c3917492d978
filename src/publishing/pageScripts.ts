// Scripts the printer runs inside the loaded page (print.ts): book order, blank pages where parts
// must open on the right and at the end. Plain JavaScript source, evaluated by Chromium.

/**
 * In the page: puts a blank page before each recto target's section that measured on an even page
 * (or takes away one no longer needed), pads the end to a multiple of pages, and returns every
 * target's page after the change. Blank pages carry no running head or folio (@page blank).
 * Plain JavaScript source, not a function: tsx and Next's compiler wrap named inner functions in a
 * helper (__name) that does not exist in the page.
 */
export const arrangePages = `({ recto, numbers, pages, multiple }) => {
  const blank = (kind, before) => {
    const div = document.createElement('div')
    div.className = 'blank-page'
    div.dataset.blank = kind
    if (before) div.dataset.before = before
    return div
  }
  const ids = Object.keys(numbers).filter((id) => document.getElementById(id))
    .sort((a, b) => (document.getElementById(a).compareDocumentPosition(document.getElementById(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
  let shift = 0
  const result = {}
  for (const id of ids) {
    if (recto.includes(id) && (numbers[id] + shift) % 2 === 0) {
      const section = document.getElementById(id).closest('section') || document.getElementById(id)
      const previous = section.previousElementSibling
      if (previous && previous.dataset.blank === 'before') { previous.remove(); shift -= 1 }
      else { section.before(blank('before', id)); shift += 1 }
    }
    result[id] = numbers[id] + shift
  }
  const ends = [...document.querySelectorAll('[data-blank="end"]')]
  const content = pages + shift - ends.length
  for (const end of ends) end.remove()
  const padding = (multiple - (content % multiple)) % multiple
  for (let i = 0; i < padding; i++) document.body.append(blank('end'))
  return { numbers: result, pages: content + padding }
}`

/**
 * Where the blank pages are, which chapters are set tighter (1), looser (-1) or were tried so in vain (0)
 * and how many pages after their first they span in the final print (`pages`, as measured), and
 * how many lines each closing notepad printed down to the foot of which of its chapter's pages, for the record
 * (renderGuide puts them back in the next build's HTML).
 */
export const blankLayout = `({ pages }) => {
  const layout = {}
  for (const el of document.querySelectorAll('[data-blank="before"]')) layout['blank-before:' + el.dataset.before] = 1
  const ends = document.querySelectorAll('[data-blank="end"]').length
  if (ends) layout['blank-end'] = ends
  for (const section of document.querySelectorAll(':is(section.chapter, section.annex):is(.tight, .loose, [data-tight-tried])')) {
    const target = section.id.replace(/-section$/, '')
    layout['tight:' + target] = section.classList.contains('tight') ? 1 : section.classList.contains('loose') ? -1 : 0
    const end = pages['end-' + target]
    if (end && pages[target]) layout['span:' + target] = end - pages[target]
  }
  for (const notepad of document.querySelectorAll('[data-fit]')) {
    if (notepad.dataset.fitPage === undefined) continue
    layout['fit:' + notepad.dataset.fit] = notepad.querySelectorAll('.rule').length
    layout['fit-page:' + notepad.dataset.fit] = Number(notepad.dataset.fitPage)
  }
  return layout
}`

/**
 * In the page: the ids of the closing notepads' lines and the chapters' end marks (render/notepadFit.ts), each given a link
 * in a hidden element, because Chromium writes a named destination, which tells the printer the
 * page, only for an element that a link points at.
 */
export const measuredMarks = `(() => {
  document.getElementById('guidepress-fit-links')?.remove()
  const ids = [...document.querySelectorAll('[data-fit] .rule[id], [data-measure][id]')].map((mark) => mark.id)
  if (ids.length) {
    const links = document.createElement('div')
    links.id = 'guidepress-fit-links'
    links.hidden = true
    for (const id of ids) {
      const link = document.createElement('a')
      link.href = '#' + id
      links.append(link)
    }
    document.body.append(links)
  }
  return ids
})()`

/**
 * Page-side helpers the fitting scripts below share (plain JavaScript source, put inside each).
 * overfill: gives a closing notepad `extra` lines more than written, each with an id, to be measured.
 * cutAtFoot: keeps a measured notepad's lines down to the foot of the page its written last line
 * is on, records that page counted from the chapter's first, and returns it and the page its last
 * line was on before the cut.
 */
const notepadHelpers = `
  const overfill = (notepad, extra) => {
    const written = Number(notepad.dataset.lines)
    const rules = notepad.querySelector('.rules')
    for (const line of [...rules.querySelectorAll('.rule')].slice(written)) line.remove()
    for (let n = written + 1; n <= written + extra; n++) {
      const line = document.createElement('div')
      line.className = 'rule'
      line.id = 'fit-' + notepad.dataset.fit + '-' + n
      rules.append(line)
    }
  }
  const cutAtFoot = (notepad, pages) => {
    const lines = [...notepad.querySelectorAll('.rule')]
    const page = pages[lines[Number(notepad.dataset.lines) - 1].id]
    const last = pages[lines[lines.length - 1].id]
    for (const line of lines) if (pages[line.id] > page) line.remove()
    notepad.dataset.fitPage = String(page - pages[notepad.dataset.fit])
    return { page, last }
  }`

/** In the page: gives each closing notepad never fitted `extra` lines more than written, to be measured; returns whether any. */
export const overfillNewNotepads = `(extra) => {${notepadHelpers}
  let any = false
  for (const notepad of document.querySelectorAll('[data-fit]:not([data-fit-page])')) {
    overfill(notepad, extra)
    notepad.dataset.overfilled = ''
    any = true
  }
  return any
}`

/**
 * In the page, after a measurement with overfilled notepads: each keeps its lines down to the foot
 * of the page its written last line is on. Returns the measured pages as they are without the
 * lines cut: every heading or mark after a notepad moves back by the pages cut from it.
 */
export const cutOverfilledNotepads = `({ pages, count }) => {${notepadHelpers}
  const cuts = []
  for (const notepad of document.querySelectorAll('[data-fit][data-overfilled]')) {
    const { page, last } = cutAtFoot(notepad, pages)
    delete notepad.dataset.overfilled
    cuts.push({ after: last, pages: last - page })
  }
  const moved = (at) => at - cuts.filter((cut) => cut.after < at).reduce((sum, cut) => sum + cut.pages, 0)
  const targets = {}
  for (const [id, at] of Object.entries(pages)) if (document.getElementById(id)) targets[id] = moved(at)
  return { targets, pages: moved(count + 1) - 1 }
}`

/**
 * In the page, from the first measurement (pages and depths of the headings and marks), how each
 * chapter ends on its last page (render/notepadFit.ts). Pages are counted from the chapter's first,
 * so that a change to an earlier chapter, or a blank page, does not count as a change to this one.
 *
 * - A closing notepad runs to the foot of the chapter's last page, so that page is never left
 *   mostly empty under a few lines (or under an exercise's lines), and the reader gets the whole
 *   page to write on. It is fitted when it has never been, or when its lines now end on another
 *   page than the one they were fitted to (the text above grew or shrank by a page). It gets
 *   `extra` lines more than written, to be measured.
 * - A chapter whose end mark is near the top (`shortDepth`) of a page after its first, a few lines
 *   alone, is set a little tighter, unless that was decided before (tighter, looser or tried in vain)
 *   while it spanned the same pages.
 * Returns what changed, notepads or chapters (then the layout is measured and settleFitting decides).
 */
export const startFitting = `({ pages, depths, extra, shortDepth }) => {${notepadHelpers}
  const changed = { notepads: false, chapters: false }
  for (const notepad of document.querySelectorAll('[data-fit]')) {
    const start = pages[notepad.dataset.fit]
    const written = Number(notepad.dataset.lines)
    const lines = [...notepad.querySelectorAll('.rule')]
    const last = pages[lines[lines.length - 1]?.id]
    if (!start || !last) continue
    const fittedTo = notepad.dataset.fitPage === undefined ? NaN : Number(notepad.dataset.fitPage)
    if (last - start === fittedTo && pages[lines[written - 1]?.id] - start === fittedTo) continue
    notepad.dataset.lastPage = String(last - start)
    overfill(notepad, extra)
    changed.notepads = true
  }
  for (const mark of document.querySelectorAll('.chapter-end[id]')) {
    const chapter = mark.closest('section.chapter, section.annex')
    const start = pages[chapter.id.replace(/-section$/, '')]
    const end = pages[mark.id]
    if (!start || !end || end === start || depths[mark.id] > shortDepth) continue
    if (chapter.matches('.tight, .loose, [data-tight-tried]')) {
      // Decided before: tried again only when it spans other pages than when that was decided.
      if (chapter.dataset.span === undefined || Number(chapter.dataset.span) === end - start) continue
      chapter.classList.remove('tight', 'loose')
      delete chapter.dataset.tightTried
    }
    chapter.dataset.endPage = String(end - start)
    chapter.classList.add('tight')
    changed.chapters = true
  }
  return changed
}`

/**
 * In the page, after startFitting's layout was measured: each overfilled notepad keeps its lines
 * down to the foot of the page its written last line is on; each chapter set tighter stays so if
 * that brought its end back a page. Otherwise a chapter of at most `loosePages` pages before its
 * last is set a little looser, which carries more lines over to that last page without adding one
 * (the final print measures every page again); a longer one is set as before, not tried again.
 * Returns whether the layout still differs in its pages from the first measurement.
 */
export const settleFitting = `({ pages, loosePages }) => {${notepadHelpers}
  let moved = false
  for (const notepad of document.querySelectorAll('[data-fit][data-last-page]')) {
    cutAtFoot(notepad, pages)
    if (notepad.dataset.fitPage !== notepad.dataset.lastPage) moved = true
    delete notepad.dataset.lastPage
  }
  for (const chapter of document.querySelectorAll('section[data-end-page]')) {
    const mark = chapter.querySelector('.chapter-end[id]')
    const before = Number(chapter.dataset.endPage)
    delete chapter.dataset.endPage
    if (pages[mark.id] - pages[chapter.id.replace(/-section$/, '')] < before) moved = true
    else {
      chapter.classList.remove('tight')
      if (before <= loosePages) chapter.classList.add('loose')
      else chapter.dataset.tightTried = ''
    }
  }
  return moved
}`
