// Page content streams as text, for the passes that change what Chromium wrote (the text layer,
// artifacts). Chromium writes one Flate stream a page; each is inflated and deflated once with
// Node's zlib (≈ 10× faster than pdf-lib's own), whatever the number of passes.
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib'

/** Applies `rewrite` to every page's content (latin1 text, one byte a character); returns how many pages changed. */
export function rewritePageContents(doc: PDFDocument, rewrite: (content: string, pageNumber: number) => string): number {
  let changed = 0
  doc.getPages().forEach((page, index) => {
    const ref = page.node.get(PDFName.of('Contents'))
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined
    if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) return
    const content = inflateSync(stream.contents).toString('latin1')
    const rewritten = rewrite(content, index + 1)
    if (rewritten === content) return
    doc.context.assign(ref as PDFRef, doc.context.stream(deflateSync(Buffer.from(rewritten, 'latin1')), { Filter: 'FlateDecode' }))
    changed += 1
  })
  return changed
}
