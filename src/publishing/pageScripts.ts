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
 * Where the blank pages are, and how many lines each closing notepad printed down to the foot of
 * which page, for the record
 * (renderGuide puts them back in the next build's HTML).
 */
export const blankLayout = `(() => {
  const layout = {}
  for (const el of document.querySelectorAll('[data-blank="before"]')) layout['blank-before:' + el.dataset.before] = 1
  const ends = document.querySelectorAll('[data-blank="end"]').length
  if (ends) layout['blank-end'] = ends
  for (const notepad of document.querySelectorAll('[data-fit]')) {
    if (!notepad.dataset.fitPage) continue
    layout['fit:' + notepad.dataset.fit] = notepad.querySelectorAll('.rule').length
    layout['fit-page:' + notepad.dataset.fit] = Number(notepad.dataset.fitPage)
  }
  return layout
})()`

/**
 * In the page: the ids of the closing notepads' lines (render/notepadFit.ts), each given a link
 * in a hidden element, because Chromium writes a named destination, which tells the printer the
 * page, only for an element that a link points at.
 */
export const notepadLines = `(() => {
  document.getElementById('guidepress-fit-links')?.remove()
  const ids = [...document.querySelectorAll('[data-fit] .rule[id]')].map((line) => line.id)
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
 * In the page: a closing notepad runs to the foot of the chapter's last page, so that page is
 * never left mostly empty under a few lines (or the lines of an exercise) and the reader gets the
 * whole page to write on. A notepad is fitted when it has never been (its lines are as written),
 * or when its lines, fitted before, now run onto a page after its written last line's (the text
 * above it grew). It gets `extra` lines more than written, to be measured; returns whether any did.
 */
export const overfillNotepads = `({ pages, extra }) => {
  let any = false
  for (const notepad of document.querySelectorAll('[data-fit]')) {
    const written = Number(notepad.dataset.lines)
    const lines = [...notepad.querySelectorAll('.rule')]
    const last = pages[lines[lines.length - 1]?.id]
    // Fitted before to run to the foot of a page that still holds its written last line and its last line.
    const page = Number(notepad.dataset.fitPage)
    const fitted = lines.length >= written && last === page && pages[lines[written - 1]?.id] === page
    if (!last || fitted) continue
    notepad.dataset.lastPage = String(last)
    const rules = lines[0].parentElement
    for (const line of lines.slice(written)) line.remove()
    for (let n = written + 1; n <= written + extra; n++) {
      const line = document.createElement('div')
      line.className = 'rule'
      line.id = 'fit-' + notepad.dataset.fit + '-' + n
      rules.append(line)
    }
    any = true
  }
  return any
}`

/**
 * In the page, after the overfilled notepads were measured: each keeps its lines down to the foot
 * of the page its written last line is on. Returns whether a chapter now ends on another page than
 * before (the layout after it must then be measured again).
 */
export const trimNotepads = `({ pages }) => {
  let moved = false
  for (const notepad of document.querySelectorAll('[data-fit][data-last-page]')) {
    const lines = [...notepad.querySelectorAll('.rule')]
    const page = pages[lines[Number(notepad.dataset.lines) - 1].id]
    for (const line of lines) if (pages[line.id] > page) line.remove()
    notepad.dataset.fitPage = String(page)
    if (String(page) !== notepad.dataset.lastPage) moved = true
    delete notepad.dataset.lastPage
  }
  return moved
}`
