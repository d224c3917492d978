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

/** Where the blank pages are, for the record (renderGuide puts them back in the next build's HTML). */
export const blankLayout = `(() => {
  const layout = {}
  for (const el of document.querySelectorAll('[data-blank="before"]')) layout['blank-before:' + el.dataset.before] = 1
  const ends = document.querySelectorAll('[data-blank="end"]').length
  if (ends) layout['blank-end'] = ends
  return layout
})()`
