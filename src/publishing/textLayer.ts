// Soft hyphens and word joiners the typesetting puts in the text are invisible on the page, but
// Chromium writes each one into the PDF's text layer as an ActualText span (over a space glyph):
// copied text, search and pdftotext would then see "traf\u00ADficking". Removing them from the
// ActualText strings gives readers' tools the words as written.

const actualText = /\/ActualText <(feff(?:[0-9a-f]{4})*)>/gi
const invisible = new Set(['00ad', '2060'])

function withoutInvisible(hex: string): string {
  const units = hex.slice(4).match(/.{4}/g) ?? []
  return `feff${units.filter((u) => !invisible.has(u.toLowerCase())).join('')}`
}

/** A page's content with U+00AD and U+2060 removed from every ActualText. */
export function withoutInvisibleActualText(content: string): string {
  if (!/\/ActualText <feff(?:[0-9a-f]{4})*(?:00ad|2060)/i.test(content)) return content
  return content.replace(actualText, (span, hex: string) => (/^feff(?:[0-9a-f]{4})*?(?:00ad|2060)/i.test(hex) ? `/ActualText <${withoutInvisible(hex)}>` : span))
}
