// The margin-box pass on a page written the way Chromium writes one: running head and folio first,
// in their own q … Q group and outside marked content; then the page's tagged content.
import { describe, expect, it } from 'vitest'
import { untaggedTextAsArtifacts } from '../../src/publishing/postprocess'

const text = (y: number, glyph: string) => `BT\n/F1 10 Tf\n1 0 0 -1 100 ${y} Tm\n<${glyph}> Tj\nET`
const chromiumPage = (marginGroup: string) =>
  ['.24 0 0 -.24 0 841.92 cm', 'q', '3.125 0 0 3.125 0 0 cm', marginGroup, 'Q', '/P <</MCID 0 >>BDC', text(200, '0003'), 'EMC', '/Span<</ActualText <feff0e04> >> BDC', text(300, '0004'), 'EMC', text(320, '0005'), ''].join('\n')

describe('untagged text as artifacts', () => {
  it('marks the running head and the folio as pagination artifacts, other untagged text as an artifact, and leaves tagged text alone', () => {
    const out = untaggedTextAsArtifacts(chromiumPage(`${text(45, '0001')}\n${text(1080, '0002')}`))
    expect(out).toContain(`/Artifact <</Type /Pagination /Subtype /Header>> BDC\n${text(45, '0001')}\nEMC`)
    expect(out).toContain(`/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${text(1080, '0002')}\nEMC`)
    expect(out).toContain(`/P <</MCID 0 >>BDC\n${text(200, '0003')}\nEMC`)
    // Text inside an ActualText span is marked content already; the bare text object after it is not.
    expect(out).toContain(`/Span<</ActualText <feff0e04> >> BDC\n${text(300, '0004')}\nEMC\n/Artifact BMC\n${text(320, '0005')}\nEMC`)
  })

  it('takes the head off a part\'s opening page, keeping its folio', () => {
    const out = untaggedTextAsArtifacts(chromiumPage(`${text(45, '0001')}\n${text(1080, '0002')}`), { withoutHead: true })
    expect(out).not.toContain('<0001>')
    expect(out).toContain('/Subtype /Footer')
  })

  it('keeps a head that has no folio below it, and never treats a tagged first group as margin boxes', () => {
    expect(untaggedTextAsArtifacts(chromiumPage(text(45, '0001')), { withoutHead: true })).toContain(`/Subtype /Header>> BDC\n${text(45, '0001')}`)
    const tagged = untaggedTextAsArtifacts(chromiumPage(`/P <</MCID 1 >>BDC\n${text(45, '0001')}\nEMC`), { withoutHead: true })
    expect(tagged).toContain(`/P <</MCID 1 >>BDC\n${text(45, '0001')}\nEMC`)
    expect(tagged).not.toContain('/Pagination')
  })

  it('changes a page with nothing untagged not at all', () => {
    const page = ['q', '/P <</MCID 0 >>BDC', text(200, '0003'), 'EMC', 'Q', ''].join('\n')
    expect(untaggedTextAsArtifacts(page)).toBe(page)
  })
})
