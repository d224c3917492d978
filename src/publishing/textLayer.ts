// Soft hyphens and word joiners the typesetting puts in the text are invisible on the page, but
// Chromium writes each one into the PDF's text layer as an ActualText span (over a space glyph):
// copied text, search and pdftotext would then see "traf\u00ADficking". Removing them from the
// ActualText strings gives readers' tools the words as written.
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFArray, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib'

const actualText = /\/ActualText <(feff(?:[0-9a-f]{4})*)>/gi
const invisible = new Set(['00ad', '2060'])

function withoutInvisible(hex: string): string {
  const units = hex.slice(4).match(/.{4}/g) ?? []
  return `feff${units.filter((u) => !invisible.has(u.toLowerCase())).join('')}`
}

/** Removes U+00AD and U+2060 from every ActualText in the pages' content; returns how many streams changed. */
export function dropInvisibleActualText(doc: PDFDocument): number {
  let changed = 0
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue
      const stream = doc.context.lookup(ref)
      // Chromium's page content is one Flate stream; Node's zlib is ≈ 10× faster than pdf-lib's own.
      if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue
      const text = inflateSync(stream.contents).toString('latin1')
      if (!/\/ActualText <feff(?:[0-9a-f]{4})*(?:00ad|2060)/i.test(text)) continue
      const fixed = text.replace(actualText, (span, hex: string) => (/^feff(?:[0-9a-f]{4})*?(?:00ad|2060)/i.test(hex) ? `/ActualText <${withoutInvisible(hex)}>` : span))
      doc.context.assign(ref, doc.context.stream(deflateSync(Buffer.from(fixed, 'latin1')), { Filter: 'FlateDecode' }))
      changed += 1
    }
  }
  return changed
}
