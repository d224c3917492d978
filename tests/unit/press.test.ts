// The press edition's pure parts: spine width, page boxes, crop marks, the neutral-colour rewrite,
// the ISBN barcode and the PDF/X prologue, in milliseconds with no browser or Ghostscript.
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { isbnBarcode, isbnDigits } from '../../src/publishing/press/barcode'
import { coverHtml, coverPanels } from '../../src/publishing/press/cover'
import { coverPpi, MM, mmPerLeaf, pageBoxes, spineWidthMm } from '../../src/publishing/press/geometry'
import { interiorCss, withStyle } from '../../src/publishing/press/index'
import { neutralOperators } from '../../src/publishing/press/inks'
import { markOperators, markPages } from '../../src/publishing/press/marks'
import { pdfxPrologue, psText } from '../../src/publishing/press/pdfx'
import type { GuideDocument } from '../../src/publishing/document'

describe('spine width', () => {
  it('counts one leaf per two pages, an odd last page taking a whole leaf, plus the cover board', () => {
    expect(spineWidthMm(64, { mmPerLeaf: 0.1 })).toBe(3.2)
    expect(spineWidthMm(65, { mmPerLeaf: 0.1 })).toBe(3.3)
    expect(spineWidthMm(64, { mmPerLeaf: 0.1 }, 0.4)).toBe(3.6)
  })

  it('takes the paper as pages per inch, as printers quote it', () => {
    expect(mmPerLeaf({ pagesPerInch: 508 })).toBeCloseTo(0.1, 6)
    expect(spineWidthMm(200, { pagesPerInch: 444 })).toBe(11.4)
  })

  it('refuses a book without pages', () => {
    expect(() => spineWidthMm(0, { mmPerLeaf: 0.1 })).toThrow(RangeError)
  })
})

describe('page geometry', () => {
  it('puts the bleed 3 mm outside the trim and the media a slug further out', () => {
    const boxes = pageBoxes(595.28, 841.89, { bleedMm: 3, slugMm: 10 })
    expect(boxes.trim).toEqual({ x: 0, y: 0, width: 595.28, height: 841.89 })
    expect(boxes.bleed.x).toBeCloseTo(-3 * MM, 6)
    expect(boxes.bleed.width).toBeCloseTo(595.28 + 6 * MM, 6)
    expect(boxes.media.x).toBeCloseTo(-13 * MM, 6)
    expect(boxes.media.height).toBeCloseTo(841.89 + 26 * MM, 6)
  })

  it('lays out back, spine and front across the spread with the bleed at the outer edges', () => {
    const panels = coverPanels({ trim: { widthMm: 210, heightMm: 297 }, bleedMm: 3 }, 8.5)
    expect(panels.page).toEqual({ widthMm: 2 * 3 + 2 * 210 + 8.5, heightMm: 303 })
    expect(panels.spine).toEqual({ left: 213, width: 8.5 })
    expect(panels.front.left + panels.front.width).toBe(panels.page.widthMm)
  })

  it('finds the seed cover art at about 92 ppi on an A4 front cover with bleed', () => {
    expect(Math.round(coverPpi({ width: 1600, height: 1100 }, { widthMm: 213, heightMm: 303 }))).toBe(92)
  })
})

describe('crop marks', () => {
  it('draws eight hairlines in black ink only, starting at the bleed edge, plus two per fold', () => {
    const ops = markOperators({ x: 0, y: 0, width: 100, height: 200 }, { bleedMm: 3, slugMm: 10 })
    expect(ops).toMatch(/^q 0 0 0 1 K 0\.25 w/)
    expect(ops.match(/ m /g)).toHaveLength(8)
    expect(ops).toContain(`0 ${(-3 * MM).toFixed(3).replace(/0+$/, '')} m 0 ${(-12 * MM).toFixed(3).replace(/0+$/, '')} l`)
    expect(markOperators({ x: 0, y: 0, width: 100, height: 200 }, { bleedMm: 3, slugMm: 10, foldsMm: [10, 20] }).match(/ m /g)).toHaveLength(12)
    expect(ops).not.toMatch(/\brg\b|\bRG\b|\bk\b/)
  })

  const a4 = { widthMm: 210, heightMm: 297 }

  it('sets the exact trim as TrimBox, centred on a page Chromium printed slightly narrow, and grows the MediaBox around it', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([594.96, 841.92])
    markPages(doc, { bleedMm: 3, slugMm: 10, trim: a4 })
    const page = doc.getPage(0)
    const trim = page.getTrimBox()
    expect(trim.width).toBeCloseTo(210 * MM, 6)
    expect(trim.height).toBeCloseTo(297 * MM, 6)
    expect(trim.x).toBeCloseTo((594.96 - 210 * MM) / 2, 6)
    expect(page.getBleedBox().x).toBeCloseTo(trim.x - 3 * MM, 6)
    expect(page.getMediaBox().width).toBeCloseTo(210 * MM + 26 * MM, 6)
  })

  it('puts the trim inside the bleed of a page printed with its bleed (the cover)', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([(100 + 6) * MM, (200 + 6) * MM])
    markPages(doc, { bleedMm: 3, slugMm: 10, trim: { widthMm: 100, heightMm: 200 } })
    const trim = doc.getPage(0).getTrimBox()
    expect(trim.x).toBeCloseTo(3 * MM, 6)
    expect(trim.width).toBeCloseTo(100 * MM, 6)
    expect(doc.getPage(0).getBleedBox().x).toBeCloseTo(0, 6)
  })
})

describe('black ink for neutral colours', () => {
  it('turns neutral RGB fills and strokes into DeviceGray, and leaves colours alone', () => {
    expect(neutralOperators('.102 .102 .102 RG .102 .102 .102 rg')).toBe('.102 G .102 g')
    expect(neutralOperators('q 0 0 0 rg\nBT')).toBe('q 0 g\nBT')
    expect(neutralOperators('1 1 1 rg')).toBe('1 g')
    expect(neutralOperators('.1216 .2275 .3725 rg .5 .5 .4 RG')).toBe('.1216 .2275 .3725 rg .5 .5 .4 RG')
    expect(neutralOperators('[<0012> 10 <0013>] TJ')).toBe('[<0012> 10 <0013>] TJ')
  })
})

describe('ISBN barcode', () => {
  it('reads the 13 digits from an ISBN as editors write it', () => {
    expect(isbnDigits('ISBN 978-0-306-40615-7')).toBe('9780306406157')
    expect(isbnDigits('979 10 90636 07 1')).toBe('9791090636071')
    expect(isbnDigits('0-306-40615-2')).toBeUndefined()
  })

  it('draws black bars for a valid ISBN and refuses a wrong check digit with a warning', () => {
    const ok = isbnBarcode('978-0-306-40615-7')
    expect('svg' in ok && ok.svg).toMatch(/^<svg[^>]+viewBox/)
    expect('svg' in ok && ok.svg).toContain('stroke="#000000"')
    const bad = isbnBarcode('978-0-306-40615-8')
    expect('error' in bad && bad.error).toMatch(/check digit/i)
  })
})

describe('cover and interior HTML', () => {
  const doc = {
    locale: 'th',
    guide: { id: 1, slug: 'g', kind: 'practitioner-guide', seriesNumber: 2, title: 'การคุ้มครองผู้เสียหาย', subtitle: 'คู่มือ', summary: 'สรุป', year: 2021, edition: '1', isbn: '978-0-306-40615-7' },
    chapters: [],
    quotes: {},
    exercises: {},
    images: {},
    instruments: [],
    glossary: [],
    fallbacks: [],
    omissions: [],
    unapproved: [],
  } as GuideDocument

  it('sizes the spread page with the bleed and puts the title on a wide spine only', () => {
    const settings = { trim: { widthMm: 210, heightMm: 297 }, bleedMm: 3 }
    const wide = coverHtml({ doc, imageData: {}, settings, spineMm: 12, barcodeSvg: '<svg></svg>' })
    expect(wide).toContain('@page { size: 438mm 303mm; margin: 0; }')
    expect(wide).toContain('<html lang="th"')
    expect(wide).toMatch(/class="panel spine"><p>2 · การคุ้มครองผู้เสียหาย<\/p>/)
    expect(wide).toContain('ISBN 978-0-306-40615-7<svg></svg>')
    expect(coverHtml({ doc, imageData: {}, settings, spineMm: 3 })).toContain('class="panel spine"></section>')
  })

  it('adds the press style sheet last, so it wins over the print CSS', () => {
    const html = withStyle('<html><head><style>a{}</style></head><body></body></html>', interiorCss)
    expect(html).toBe(`<html><head><style>a{}</style><style>${interiorCss}</style>\n</head><body></body></html>`)
  })
})

describe('PDF/X prologue', () => {
  it('declares PDF/X-3 and an output intent with the profile, in any script', () => {
    const ps = pdfxPrologue({ iccPath: '/usr/share/x (1).icc', identifier: 'FOGRA39', condition: 'Coated' }, 'Xác định')
    expect(ps).toContain('/GTS_PDFXVersion (PDF/X-3:2002)')
    expect(ps).toContain('/S /GTS_PDFX')
    expect(ps).toContain('(/usr/share/x \\(1\\).icc) (r) file')
    expect(ps).toContain(`/OutputConditionIdentifier ${psText('FOGRA39')}`)
    expect(psText('Xá')).toBe('<FEFF005800E1>')
    expect(psText('FOGRA39 (a\\b)')).toBe('(FOGRA39 \\(a\\\\b\\))')
    expect(psText('𝐀')).toBe('<FEFFD835DC00>')
  })
})
