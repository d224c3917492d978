// A figure's key: what its numbers or symbols stand for, one line each ("1 First recognition").
// Printed under the figure and delivered with the image, so a diagram's meaning is on the page.
import escapeHtml from 'escape-html'

export const MAX_KEY_LINES = 12

/** The key's lines, without blank ones; undefined when there is no key. */
export function keyLines(key: string | null | undefined): string[] | undefined {
  const lines = (key ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)
  return lines.length ? lines : undefined
}

/** The Media field's validation (Payload's validate signature: true, or the message). */
export const figureKey = (value: string | null | undefined): true | string => {
  const lines = keyLines(value) ?? []
  if (lines.length > MAX_KEY_LINES) return `A figure's key has at most ${MAX_KEY_LINES} lines (one per mark in the figure); this one has ${lines.length}.`
  const long = lines.find((line) => line.length > 120)
  if (long) return `Each line of the key names one mark in a few words; "${long.slice(0, 40)}…" is longer than 120 characters.`
  return true
}

/**
 * The key as a list under the image (a list in the tagged PDF too). A line's leading number or
 * symbol ("1", "A", "★") is set as its mark; the print and the delivery API share this.
 */
export function figureKeyHtml(key: string[] | undefined, className: string): string {
  if (!key?.length) return ''
  const item = (line: string) => {
    const [, mark, words] = /^(\S{1,3})\s+(.+)$/u.exec(line) ?? []
    return mark && /^[\p{N}\p{S}A-Za-z][.):]?$/u.test(mark) ? `<li><span class="${className}-mark">${escapeHtml(mark)}</span> ${escapeHtml(words)}</li>` : `<li>${escapeHtml(line)}</li>`
  }
  return `<ul class="${className}">${key.map(item).join('')}</ul>`
}
