// The PDF text layer gives words as written: no soft hyphens or word joiners from the typesetting.
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { rewritePageContents } from '../../src/publishing/pageContent'
import { withoutInvisibleActualText } from '../../src/publishing/textLayer'

/** The text-layer pass over every page, as setMetadata runs it; returns how many pages changed. */
const dropInvisibleActualText = (doc: PDFDocument) => rewritePageContents(doc, withoutInvisibleActualText)

const hex = (text: string) => 'FEFF' + [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('')

async function pdfWithContent(content: string) {
  const doc = await PDFDocument.create()
  const page = doc.addPage()
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(deflateSync(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' })))
  return doc
}
const contentOf = (doc: PDFDocument) => inflateSync((doc.context.lookup(doc.getPages()[0].node.get(PDFName.of('Contents')) as PDFRef) as PDFRawStream).contents).toString('latin1')

describe('dropInvisibleActualText', () => {
  it('removes soft hyphens and word joiners from ActualText spans, keeping the other characters', async () => {
    const doc = await pdfWithContent(
      `BT /Span<</ActualText <${hex('\u00AD')}> >> BDC <0003> Tj EMC /Span<</ActualText <${hex('f\u00ADfi')}> >> BDC <0042> Tj EMC /Span<</ActualText <${hex('\u2060')}> >> BDC <0003> Tj EMC /Span<</ActualText <${hex('ผั')}> >> BDC <0018> Tj EMC ET`,
    )
    expect(dropInvisibleActualText(doc)).toBe(1)
    expect(contentOf(doc)).toBe(
      `BT /Span<</ActualText <feff> >> BDC <0003> Tj EMC /Span<</ActualText <feff006600660069> >> BDC <0042> Tj EMC /Span<</ActualText <feff> >> BDC <0003> Tj EMC /Span<</ActualText <FEFF0E1C0E31> >> BDC <0018> Tj EMC ET`,
    )
  })
  it('leaves pages without such spans untouched', async () => {
    const doc = await pdfWithContent('BT <0003> Tj ET')
    expect(dropInvisibleActualText(doc)).toBe(0)
  })
})
