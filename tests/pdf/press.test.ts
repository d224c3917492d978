// The press edition of a full demo guide, made by the real pipeline (Chromium, pdf-lib, Ghostscript)
// from the demo content without a server, and checked only with tools nobody here wrote: poppler
// (pdfinfo -box, pdfimages -list, pdftotext, pdffonts), qpdf and Ghostscript's inkcov device.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import type { GuideDocument } from '../../src/publishing/document'
import { PublishingError } from '../../src/publishing/errors'
import { defaultPressSettings, pressEdition, type PressEdition, type PressSettings } from '../../src/publishing/press'
import { MM, spineWidthMm } from '../../src/publishing/press/geometry'
import { toPdfX } from '../../src/publishing/press/pdfx'
import { pageBoxesOf, preflightCover, preflightInterior } from '../../src/publishing/press/preflight'
import { Printer } from '../../src/publishing/print'
import { prepareImages } from '../../src/publishing/render/images'
import { renderGuide } from '../../src/publishing/render/html'
import { labels } from '../../src/publishing/render/labels'
import { editorState, paragraph } from '../../src/seed/lexical'
import { fonts, pageTexts, run } from '../helpers/pdf'
import { seedGuideDocument } from '../helpers/seedDocument'

const settings: PressSettings = defaultPressSettings
const icc = settings.outputIntent.iccPath
const readingTitle = 'Reading notes'

const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-press-'))
const printer = new Printer()
let doc: GuideDocument
let edition: PressEdition
let seconds: number
const interior = path.join(dir, 'interior.pdf')
const cover = path.join(dir, 'cover.pdf')

/** Every page's media, bleed and trim boxes, as pdfinfo reports them. */
const boxes = (file: string) => pageBoxesOf(file).map((p) => ({ media: p.media!, bleed: p.bleed!, trim: p.trim! }))

/** Ghostscript's inkcov: the share of each page each ink touches, C M Y K. */
function inkCoverage(file: string): number[][] {
  return run('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=inkcov', '-o', '-', file])
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(0, 4).map(Number))
}

const show = (file: string, ref: string, ...extra: string[]) => run('qpdf', [`--show-object=${ref}`, ...extra, file])
const refOf = (dict: string, key: string) => new RegExp(`/${key} (\\d+ \\d+ R)`).exec(dict)?.[1]

beforeAll(async () => {
  expect(existsSync(icc), 'the ICC profile (scribus-data) is installed').toBe(true)
  const base = await seedGuideDocument('guide-1-victim-identification.json', 'en', dir, { isbn: '978-0-306-40615-7' })
  // A chapter of running text only, long enough for pages that carry nothing but black text, a grey head and the folio.
  const text = base.chapters.flatMap((c) => (c.body?.root.children ?? []) as { type: string; children?: { text?: string }[] }[]).filter((n) => n.type === 'paragraph').map((n) => n.children?.map((t) => t.text ?? '').join('') ?? '')
  doc = { ...base, chapters: [...base.chapters, { id: 'reading', slug: 'reading', part: 'other', title: readingTitle, body: editorState([...text, ...text].map(paragraph)) as never }] }
  const started = performance.now()
  edition = await pressEdition({ doc, imageData: await prepareImages(doc), printer, settings })
  seconds = (performance.now() - started) / 1000
  writeFileSync(interior, edition.pdf)
  writeFileSync(cover, edition.cover)
  console.log(`press edition: ${seconds.toFixed(1)} s, ${edition.pages} pages, interior ${(edition.pdf.length / 1e6).toFixed(2)} MB, cover ${(edition.cover.length / 1e6).toFixed(2)} MB, spine ${edition.spineMm} mm`, edition.timings)
})

afterAll(async () => {
  await printer.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('press edition of guide 1 (English)', () => {
  it('has a TrimBox of A4, a BleedBox 3 mm outside it and room for crop marks outside that, on every page', () => {
    const pages = boxes(interior)
    expect(pages).toHaveLength(edition.pages)
    for (const { media, bleed, trim } of pages) {
      // pdfinfo rounds to 0.01 pt.
      expect(trim[2] - trim[0]).toBeCloseTo(settings.trim.widthMm * MM, 1)
      expect(trim[3] - trim[1]).toBeCloseTo(settings.trim.heightMm * MM, 1)
      for (const i of [0, 1]) expect(trim[i] - bleed[i]).toBeCloseTo(settings.bleedMm * MM, 1)
      for (const i of [2, 3]) expect(bleed[i] - trim[i]).toBeCloseTo(settings.bleedMm * MM, 1)
      for (const i of [0, 1]) expect(bleed[i] - media[i]).toBeCloseTo(settings.slugMm * MM, 1)
      for (const i of [2, 3]) expect(media[i] - bleed[i]).toBeCloseTo(settings.slugMm * MM, 1)
    }
  })

  it('leaves the cover page to the cover PDF and renumbers its own table of contents', () => {
    const [first, contents] = pageTexts(interior, 2)
    expect(first).toContain(doc.guide.summary.slice(0, 30))
    expect(contents).toContain(labels.en.contents)
    expect(contents).toMatch(/Part 1\. Introduction[\s.]*\b3\b/)
  })

  it('is PDF/X-3 with a CMYK output intent carrying the FOGRA39 profile itself', () => {
    expect(run('pdfinfo', [interior])).toMatch(/PDF version:\s+1\.3/)
    const trailer = show(interior, 'trailer')
    const info = show(interior, refOf(trailer, 'Info')!)
    expect(info).toContain('/GTS_PDFXVersion (PDF/X-3:2002)')
    expect(info).toContain('/Trapped /False')
    const catalog = show(interior, refOf(trailer, 'Root')!)
    const intentRef = /\/OutputIntents \[ (\d+ \d+ R) \]/.exec(catalog)?.[1]
    const intent = show(interior, intentRef!)
    expect(intent).toMatch(/\/S \/GTS_PDFX/)
    expect(intent).toContain('/OutputConditionIdentifier (FOGRA39)')
    const profile = refOf(intent, 'DestOutputProfile')!
    expect(show(interior, profile)).toMatch(/\/N 4\b/)
    const embedded = execFileSync('qpdf', [`--show-object=${profile}`, '--filtered-stream-data', interior], { maxBuffer: 16 * 1024 * 1024 })
    expect(embedded.subarray(16, 20).toString()).toBe('CMYK')
    expect(embedded.equals(readFileSync(icc))).toBe(true)
  })

  it('has no RGB colour, no links and only embedded fonts left', () => {
    const json = run('qpdf', ['--json', '--json-key=qpdf', interior])
    expect(json).not.toContain('/DeviceRGB')
    expect(json).not.toContain('/CalRGB')
    expect(json).not.toContain('/Annots')
    const used = fonts(interior)
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter((f) => !f.embedded)).toEqual([])
  })

  it('prints pages of running text in black ink only, while coloured headings use colour', () => {
    const texts = pageTexts(interior, edition.pages)
    const start = texts.findIndex((t, i) => i > 1 && t.includes(readingTitle) && !t.includes(labels.en.contents))
    const annex = texts.findIndex((t, i) => i > start && t.includes(labels.en.annexInstruments))
    const textOnly = Array.from({ length: annex - start - 1 }, (_, i) => start + 1 + i)
    expect(textOnly.length).toBeGreaterThanOrEqual(1)
    const ink = inkCoverage(interior)
    console.log('inkcov C M Y K per page:', ink.map((p, i) => `${i + 1}: ${p.map((v) => v.toFixed(4)).join(' ')}`).join(' | '))
    for (const page of textOnly) {
      const [c, m, y, k] = ink[page]
      expect({ page: page + 1, c, m, y }).toEqual({ page: page + 1, c: 0, m: 0, y: 0 })
      expect(k).toBeGreaterThan(0.02)
    }
    // The chapter's first page has its heading in the guide's blue: the measure sees colour.
    expect(Math.min(...ink[start].slice(0, 3))).toBeGreaterThan(0)
  })

  it('converts images to CMYK, keeps figures at 300 ppi and warns about the 92 ppi cover art', () => {
    const parse = (file: string) =>
      run('pdfimages', ['-list', file])
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((l) => l.trim().split(/\s+/))
        .map((c) => ({ width: Number(c[3]), color: c[5], xppi: Number(c[12]), yppi: Number(c[13]) }))
    const figures = parse(interior)
    expect(figures.length).toBeGreaterThan(0)
    for (const image of figures) {
      expect(image.color).toBe('cmyk')
      expect(Math.min(image.xppi, image.yppi)).toBeGreaterThanOrEqual(299)
    }
    const art = parse(cover)
    expect(art).toHaveLength(1)
    expect(art[0].color).toBe('cmyk')
    expect(art[0].xppi).toBeLessThan(100)
    expect(edition.warnings.filter((w) => /ppi/.test(w))).toEqual([expect.stringMatching(/^The cover image prints at 92 ppi/)])
  })
})

describe('cover spread of guide 1 (English)', () => {
  it('is back + spine + front wide, with the spine computed from the interior page count', () => {
    expect(edition.spineMm).toBe(spineWidthMm(edition.pages, settings.paper, settings.coverMm))
    const [{ media, bleed, trim }] = boxes(cover)
    expect(trim[2] - trim[0]).toBeCloseTo((2 * settings.trim.widthMm + edition.spineMm) * MM, 1)
    expect(trim[3] - trim[1]).toBeCloseTo(settings.trim.heightMm * MM, 1)
    expect(trim[0] - bleed[0]).toBeCloseTo(settings.bleedMm * MM, 1)
    expect(bleed[0] - media[0]).toBeCloseTo(settings.slugMm * MM, 1)
  })

  it('runs the cover background into the bleed at every edge, and leaves the slug white', () => {
    const [{ media, bleed, trim }] = boxes(cover)
    const height = media[3] - media[1]
    /** Mean grey (0 black … 255 white) of a region at 72 dpi, x from the left, y from the top, in points. */
    const meanGray = (x: number, y: number, w: number, h: number) => {
      const out = path.join(dir, 'region')
      run('pdftoppm', ['-r', '72', '-gray', '-singlefile', '-x', String(Math.round(x)), '-y', String(Math.round(y)), '-W', String(Math.floor(w)), '-H', String(Math.floor(h)), cover, out])
      const pgm = readFileSync(`${out}.pgm`)
      const pixels = pgm.subarray(pgm.length - Math.floor(w) * Math.floor(h))
      return pixels.reduce((sum, v) => sum + v, 0) / pixels.length
    }
    const middleY = height / 2 - 50
    const middleX = (media[2] - media[0]) / 2 - 100
    const edges = {
      left: meanGray(bleed[0] + 1, middleY, trim[0] - bleed[0] - 2, 100),
      right: meanGray(trim[2] + 1, middleY, bleed[2] - trim[2] - 2, 100),
      top: meanGray(middleX, height - bleed[3] + 1, 200, bleed[3] - trim[3] - 2),
      bottom: meanGray(middleX, height - trim[1] + 1, 200, trim[1] - bleed[1] - 2),
    }
    for (const [edge, gray] of Object.entries(edges)) expect({ edge, dark: gray < 160 }).toEqual({ edge, dark: true })
    expect(meanGray(media[0] + 1, middleY, bleed[0] - media[0] - 2, 100)).toBeGreaterThan(250)
  })

  it('is PDF/X-3 too, and carries the ISBN as an EAN-13 barcode', () => {
    const trailer = show(cover, 'trailer')
    expect(show(cover, refOf(trailer, 'Info')!)).toContain('/GTS_PDFXVersion (PDF/X-3:2002)')
    expect(show(cover, refOf(trailer, 'Root')!)).toMatch(/\/OutputIntents \[ \d+ \d+ R \]/)
    expect(run('pdftotext', [cover, '-'])).toContain('ISBN 978-0-306-40615-7')
  })
})

describe('preflight (npm run preflight)', () => {
  it('passes guide 1\'s press edition, warning only about the low-resolution cover art', () => {
    const report = preflightInterior(interior, settings)
    expect(report).toMatchObject({ pages: edition.pages, problems: [], warnings: [] })
    const spread = preflightCover(cover, report.pages, settings)
    expect(spread.problems).toEqual([])
    expect(spread.warnings).toEqual([expect.stringMatching(/^The 1600×1100 image on page 1 prints at 9\d ppi/)])
  })

  it('refuses the screen edition of the same guide, saying why (so the checks can fail)', async () => {
    const screen = path.join(dir, 'screen.pdf')
    writeFileSync(screen, await printer.printRaw(renderGuide(doc, await prepareImages(doc)).html))
    const { problems } = preflightInterior(screen, settings)
    for (const expected of [/^The (TrimBox|BleedBox) .* on pages 1, 2, 3/, /not marked PDF\/X-3:2002/, /no output intent/, /RGB colour/, /annotations or links/, /^Text prints in four colours/]) expect(problems).toContainEqual(expect.stringMatching(expected))
  })

  // One edition in each other language, from other guides (all 35 are checked by running npm run
  // publish -- --press and npm run preflight; see the README): Thai, Vietnamese, Malay, Indonesian.
  it.each([
    ['guide-2-protection-and-support.json', 'th'],
    ['guide-5-victim-witnesses.json', 'vi'],
    ['guide-7-directory-guidance-note.json', 'ms'],
    ['guide-4-child-victims.json', 'id'],
  ] as const)('passes the press edition of %s in %s', async (file, locale) => {
    const other = await seedGuideDocument(file, locale, dir, { isbn: '978-0-306-40615-7' })
    const made = await pressEdition({ doc: other, imageData: await prepareImages(other), printer, settings })
    const [inside, outside] = [path.join(dir, `${locale}-interior.pdf`), path.join(dir, `${locale}-cover.pdf`)]
    writeFileSync(inside, made.pdf)
    writeFileSync(outside, made.cover)
    const report = preflightInterior(inside, settings)
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual([])
    expect(preflightCover(outside, report.pages, settings).problems).toEqual([])
  })
})

describe('Ghostscript refusing PDF/X', () => {
  it('fails the edition with a named error when a page breaks a PDF/X rule, instead of writing a plain PDF', async () => {
    const doc = await PDFDocument.create()
    const page = doc.addPage([200, 200])
    page.drawText('x')
    page.setBleedBox(50, 50, 20, 20)
    page.setTrimBox(0, 0, 200, 200)
    const broken = toPdfX(await doc.save(), { outputIntent: settings.outputIntent, title: 'broken' })
    await expect(broken).rejects.toThrow(PublishingError)
    await expect(broken).rejects.toThrow(/TrimBox does not fit inside BleedBox/)
  })
})
