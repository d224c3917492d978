// The margin-box pass on a page written the way Chromium writes one: running head and folio first,
// in their own q … Q group and outside marked content; then the page's tagged content.
import { deflateSync, inflateSync } from 'node:zlib'
import { PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { untaggedTextAsArtifacts } from '../../src/publishing/postprocess'

const text = (y: number, glyph: string) => `BT\n/F1 10 Tf\n1 0 0 -1 100 ${y} Tm\n<${glyph}> Tj\nET`
const chromiumPage = (marginGroup: string) =>
  ['.24 0 0 -.24 0 841.92 cm', 'q', '3.125 0 0 3.125 0 0 cm', marginGroup, 'Q', '/P <</MCID 0 >>BDC', text(200, '0003'), 'EMC', '/Span<</ActualText <feff0e04> >> BDC', text(300, '0004'), 'EMC', text(320, '0005'), ''].join('\n')

async function pageWith(content: string) {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595.92, 841.92])
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(deflateSync(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' })))
  const read = () => inflateSync((doc.context.lookup(page.node.get(PDFName.of('Contents')) as PDFRef) as PDFRawStream).contents).toString('latin1')
  return { doc, read }
}

describe('untagged text as artifacts', () => {
  it('marks the running head and the folio as pagination artifacts, other untagged text as an artifact, and leaves tagged text alone', async () => {
    const { doc, read } = await pageWith(chromiumPage(`${text(45, '0001')}\n${text(1080, '0002')}`))
    expect(untaggedTextAsArtifacts(doc, 1)).toBe(true)
    const out = read()
    expect(out).toContain(`/Artifact <</Type /Pagination /Subtype /Header>> BDC\n${text(45, '0001')}\nEMC`)
    expect(out).toContain(`/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${text(1080, '0002')}\nEMC`)
    expect(out).toContain(`/P <</MCID 0 >>BDC\n${text(200, '0003')}\nEMC`)
    // Text inside an ActualText span is marked content already; the bare text object after it is not.
    expect(out).toContain(`/Span<</ActualText <feff0e04> >> BDC\n${text(300, '0004')}\nEMC\n/Artifact BMC\n${text(320, '0005')}\nEMC`)
  })

  it('takes the head off a part\'s opening page, keeping its folio', async () => {
    const { doc, read } = await pageWith(chromiumPage(`${text(45, '0001')}\n${text(1080, '0002')}`))
    untaggedTextAsArtifacts(doc, 1, { withoutHead: true })
    expect(read()).not.toContain('<0001>')
    expect(read()).toContain('/Subtype /Footer')
  })

  it('keeps a head that has no folio below it, and never treats a tagged first group as margin boxes', async () => {
    const headOnly = await pageWith(chromiumPage(text(45, '0001')))
    untaggedTextAsArtifacts(headOnly.doc, 1, { withoutHead: true })
    expect(headOnly.read()).toContain(`/Subtype /Header>> BDC\n${text(45, '0001')}`)
    const tagged = await pageWith(chromiumPage(`/P <</MCID 1 >>BDC\n${text(45, '0001')}\nEMC`))
    untaggedTextAsArtifacts(tagged.doc, 1, { withoutHead: true })
    expect(tagged.read()).toContain(`/P <</MCID 1 >>BDC\n${text(45, '0001')}\nEMC`)
    expect(tagged.read()).not.toContain('/Pagination')
  })
})
