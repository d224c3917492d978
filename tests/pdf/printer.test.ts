// The print stage on its own, with a small document in the real Chromium: how the table of
// contents gets its numbers (a measuring pass, or none when the previous numbers hold), a heading
// that cannot be found, and the browser's lifecycle between prints.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PublishingError } from '../../src/publishing/errors'
import { Printer } from '../../src/publishing/print'
import { printCss } from '../../src/publishing/render/css'
import { chapterEnd, markClosingNotepad } from '../../src/publishing/render/notepadFit'
import { notepad } from '../../src/publishing/render/richText'
import { pageTexts } from '../helpers/pdf'

const targets = ['chapter-one', 'chapter-two', 'chapter-three']
/**
 * A contents page, then chapters of 1, 2 and 1 pages: the headings are on pages 2, 3 and 5 (with a
 * 600 mm chapter two, 2, 3 and 6). Shaped as the renderers write documents: <html lang dir>, a head
 * of style sheets, a plain <body>.
 */
function book(numbers: Record<string, number | string> = {}, { lang = 'en', twoMm = 300 } = {}): string {
  return `<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<title>Book</title>
<style>@page { size: A4; margin: 20mm } section { break-before: page } .one { height: 10mm }</style>
<style>.two { height: ${twoMm}mm }</style>
</head>
<body>
<nav><h1>Contents</h1>${targets.map((t) => `<p><a href="#${t}">${t}</a> <span data-target="${t}">${numbers[t] ?? '000'}</span></p>`).join('')}</nav>
<section><h1 id="chapter-one">One</h1><div class="one"></div></section>
<section><h1 id="chapter-two">Two</h1><div class="two"></div></section>
<section><h1 id="chapter-three">Three</h1></section>
</body>
</html>`
}
const truth = { 'chapter-one': 2, 'chapter-two': 3, 'chapter-three': 5 }

const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-printer-'))
const contentsLine = (pdf: Uint8Array) => {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, pdf)
  return pageTexts(file, 1)[0].replace(/\s+/g, ' ').trim()
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
  return check()
}

describe('printing a document', () => {
  const printer = new Printer()
  afterAll(() => printer.close())

  it('measures the headings in a measuring pass when no numbers are known, then prints them', async () => {
    const printed = await printer.print(book(), { tocTargets: targets })
    expect(printed.tocPages).toEqual(truth)
    expect(printed.passes).toBe(2)
    expect(printed.pages).toBe(5)
    expect(contentsLine(printed.pdf)).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 5')
  })

  it('prints once when the numbers it carries still hold, and corrects them when they do not', async () => {
    const once = await printer.print(book(truth), { tocTargets: targets, expectedPages: truth })
    expect(once.passes).toBe(1)
    expect(contentsLine(once.pdf)).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 5')
    const stale = { ...truth, 'chapter-three': 4 }
    const corrected = await printer.print(book(stale), { tocTargets: targets, expectedPages: stale })
    expect(corrected.passes).toBe(2)
    expect(corrected.tocPages).toEqual(truth)
    expect(contentsLine(corrected.pdf)).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 5')
  })

  it('fails with a named error when the contents point at a heading the document does not have', async () => {
    const error = await printer.print(book(), { tocTargets: [...targets, 'chapter-four'] }).catch((e) => e)
    expect(error).toBeInstanceOf(PublishingError)
    expect(error.code).toBe('TableOfContentsUnresolved')
    expect(error.message).toMatch(/"chapter-four"/)
    // A print that failed leaves its tab unknown: the next document is loaded whole.
    const next = await printer.print(book(truth), { tocTargets: targets, expectedPages: truth })
    expect(Object.keys(next.timings)).toContain('load')
  })
})

describe('a notepad that ends a chapter', () => {
  /** Chapter one: `textMm` of text, then a notepad of `lines` 8.5 mm lines (the print CSS's rules); chapter two opens a page. */
  const chapters = (textMm: number, lines: number, layout: Record<string, number> = {}) => `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Workbook</title>
<style>@page { size: A4; margin: 20mm } section { break-before: page } .text { height: ${textMm}mm }
.notepad .rule { height: 8.5mm; border-bottom: 0.6pt solid #999; break-inside: avoid; }
.notepad .rule:nth-child(-n+2) { break-after: avoid; } .notepad .rule:nth-last-child(-n+2) { break-before: avoid; }</style>
</head>
<body>
<nav><p><a href="#chapter-one">One</a> <span data-target="chapter-one">0</span></p><p><a href="#chapter-two">Two</a> <span data-target="chapter-two">0</span></p></nav>
<section><h1 id="chapter-one">One</h1>${markClosingNotepad(`<div class="text"></div>${notepad(lines, 'Notes')}`, 'chapter-one', layout)}</section>
<section><h1 id="chapter-two">Two</h1></section>
</body>
</html>`
  const printer = new Printer()
  afterAll(() => printer.close())
  const options = { tocTargets: ['chapter-one', 'chapter-two'] }

  it('runs to the foot of the page its last lines spilled onto, records how many lines it printed, and prints that at once next time', async () => {
    // 257 mm of page: the heading, 180 mm of text and the prompt leave room for about 6 lines; about 4 go overleaf.
    const printed = await printer.print(chapters(180, 10), options)
    const lines = printed.tocPages['fit:chapter-one']
    expect(lines).toBeGreaterThan(10 + 20)
    expect(printed.tocPages['chapter-two']).toBe(4)
    expect(printed.pages).toBe(4)
    // Fitted from the measuring pass itself (overfilled, then cut at the foot): no pass more than the table of contents needs.
    expect(printed.passes).toBe(2)
    expect(inkDepth(printed.pdf, 3)).toBeGreaterThan(0.9)
    // Only the headings' pages and the layout are recorded, not each line's page.
    expect(Object.keys(printed.tocPages).filter((key) => key.startsWith('fit-chapter'))).toEqual([])
    const again = await printer.print(chapters(180, 10, printed.tocPages), { ...options, expectedPages: printed.tocPages })
    expect(again.passes).toBe(1)
    expect(again.tocPages).toEqual(printed.tocPages)
  })

  it('runs to the foot of its own page when it fits there, and is fitted again when the text above it grows', async () => {
    const fits = await printer.print(chapters(100, 10), options)
    expect(fits.tocPages['chapter-two']).toBe(3)
    expect(fits.tocPages['fit:chapter-one']).toBeGreaterThan(10)
    expect(inkDepth(fits.pdf, 2)).toBeGreaterThan(0.9)
    // 60 mm more text: the lines fitted before would run onto page 3; fitted again, page 3 is full of them.
    const grown = await printer.print(chapters(160, 10, fits.tocPages), { ...options, expectedPages: fits.tocPages })
    expect(grown.passes).toBeGreaterThan(1)
    expect(grown.tocPages['fit:chapter-one']).toBeGreaterThan(10)
    expect(inkDepth(grown.pdf, grown.tocPages['chapter-two'] - 1)).toBeGreaterThan(0.9)
  })
})

/** How far down the page's text area the ink reaches, 0–1 (the page rendered by pdftoppm at 30 dpi). */
const inkDepth = (pdf: Uint8Array, page: number) => {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, pdf)
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(page), '-l', String(page), file])
  const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'))!.map(Number)
  const pixels = pgm.subarray(pgm.length - width * height)
  const margin = Math.round((20 / 297) * height)
  let lowest = margin
  for (let y = margin; y < height - margin; y++) if (pixels.subarray(y * width, (y + 1) * width).some((v) => v < 200)) lowest = y
  return (lowest - margin) / (height - 2 * margin)
}

describe('a chapter whose last page would hold a few lines alone', () => {
  // With the print CSS: 54 short paragraphs end a line or two onto a fourth page; set a little tighter, they do not.
  // 19 end five lines onto a second page, too many to pull back.
  const chapters = (attributes = '', count = 54) => {
    const paragraphs = Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}: the practitioner writes down what the person said, in their own words, and what was done next.</p>`).join('\n')
    return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Chapters</title>
<style>${printCss}</style>
</head>
<body>
<nav class="front toc"><p><a href="#chapter-one">One</a> <span data-target="chapter-one">0</span></p><p><a href="#chapter-two">Two</a> <span data-target="chapter-two">0</span></p></nav>
<section class="chapter"${attributes} id="chapter-one-section"><h1 id="chapter-one">One</h1>${paragraphs}${chapterEnd(paragraphs, 'chapter-one')}</section>
<section class="chapter" id="chapter-two-section"><h1 id="chapter-two">Two</h1><p>Next.</p>${chapterEnd('<p>Next.</p>', 'chapter-two')}</section>
</body>
</html>`
  }
  const printer = new Printer()
  afterAll(() => printer.close())
  const options = { tocTargets: ['chapter-one', 'chapter-two'] }

  it('is set a little tighter, which brings its end back a page, and is printed so at once next time', async () => {
    // As it would print untouched (tried before in vain: not tried again): chapter two opens on page 6.
    const untouched = await printer.print(chapters(' data-tight-tried=""'), options)
    expect(untouched.tocPages).toMatchObject({ 'chapter-two': 6, 'tight:chapter-one': 0 })
    const printed = await printer.print(chapters(), options)
    expect(printed.tocPages).toMatchObject({ 'chapter-one': 2, 'chapter-two': 5, 'tight:chapter-one': 1 })
    expect(Object.keys(printed.timings)).toContain('fitPass')
    expect(printed.tocPages['span:chapter-one']).toBe(2)
    const again = await printer.print(chapters(' data-tight-tried=""').replace('class="chapter" data-tight-tried=""', 'class="chapter tight" data-span="2"'), { ...options, expectedPages: printed.tocPages })
    expect(again.passes).toBe(1)
    expect(again.tocPages).toEqual(printed.tocPages)
  })

  it('is set a little looser when tighter cannot pull its end back, which carries more lines over without adding a page', async () => {
    const untouched = await printer.print(chapters(' data-tight-tried=""', 19), options)
    expect(untouched.tocPages).toMatchObject({ 'chapter-one': 2, 'chapter-two': 4 })
    const printed = await printer.print(chapters('', 19), options)
    expect(printed.tocPages).toMatchObject({ 'chapter-one': 2, 'chapter-two': 4, 'tight:chapter-one': -1 })
    // Page 3, the chapter's last, holds more of it: at least two lines (12 mm of the 257 mm text area) more.
    expect(inkDepth(printed.pdf, 3) - inkDepth(untouched.pdf, 3)).toBeGreaterThan(12 / 257)
    expect(printed.tocPages['span:chapter-one']).toBe(1)
    const again = await printer.print(chapters(' data-tight-tried=""', 19).replace('class="chapter" data-tight-tried=""', 'class="chapter loose" data-span="1"'), { ...options, expectedPages: printed.tocPages })
    expect(again.passes).toBe(1)
    expect(again.tocPages).toEqual(printed.tocPages)
  })

  it('is fitted anew when an edit makes it span other pages and end short again, and not otherwise', async () => {
    // Tried tighter in vain at one page after its first; grown to 37 paragraphs, it ends a few lines onto a third page, which tighter pulls back.
    const recorded = (span: number) => chapters(` data-tight-tried="" data-span="${span}"`, 37)
    const refitted = await printer.print(recorded(1), { ...options, expectedPages: { 'chapter-one': 2, 'chapter-two': 4 } })
    expect(Object.keys(refitted.timings)).toContain('fitPass')
    expect(refitted.tocPages).toMatchObject({ 'chapter-one': 2, 'chapter-two': 4, 'tight:chapter-one': 1, 'span:chapter-one': 1 })
    // Decided at this span already: kept as it is, not tried again.
    const kept = await printer.print(recorded(2), { ...options, expectedPages: { 'chapter-one': 2, 'chapter-two': 5 } })
    expect(Object.keys(kept.timings)).not.toContain('fitPass')
    expect(kept.passes).toBe(1)
    expect(kept.tocPages).toMatchObject({ 'chapter-one': 2, 'chapter-two': 5, 'tight:chapter-one': 0, 'span:chapter-one': 2 })
  })
})

describe('a tab that printed a document of the same shape', () => {
  it('gets only the changed style sheets, language and body, and prints the same pages as a fresh tab', async () => {
    const next = book({}, { lang: 'id', twoMm: 600 })
    const fresh = new Printer()
    const reused = new Printer()
    try {
      const alone = await fresh.print(next, { tocTargets: targets })
      await reused.print(book(truth), { tocTargets: targets, expectedPages: truth })
      const after = await reused.print(next, { tocTargets: targets })
      expect(Object.keys(alone.timings)).toContain('load')
      expect(Object.keys(after.timings)).toContain('swap')
      // The second style sheet moved chapter three to page 6: it was replaced, not kept from the document before.
      expect(after.tocPages).toEqual({ 'chapter-one': 2, 'chapter-two': 3, 'chapter-three': 6 })
      expect(after.pages).toBe(alone.pages)
      const texts = (pdf: Uint8Array, pages: number) => {
        const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
        writeFileSync(file, pdf)
        return pageTexts(file, pages)
      }
      expect(texts(after.pdf, after.pages)).toEqual(texts(alone.pdf, alone.pages))
      // The language went with it (the tagged PDF's /Lang comes from <html lang>).
      expect(Buffer.from(after.pdf).toString('latin1')).toMatch(/\/Lang \(id\)/)
    } finally {
      await Promise.all([fresh.close(), reused.close()])
    }
  })
})

describe('two print lanes', () => {
  const renderers = (browserPid: number) =>
    execFileSync('ps', ['-o', 'args=', '--ppid', String(browserPid)], { encoding: 'utf8' }).split('\n').filter((line) => line.includes('--type=renderer')).length

  it('print two documents at once, each in its own renderer, each with its own numbers', async () => {
    const printer = new Printer({ lanes: 2 })
    try {
      // Different documents at once: neither may print the other's contents or take its numbers.
      const other = book({}, { twoMm: 600 })
      const otherTruth = { 'chapter-one': 2, 'chapter-two': 3, 'chapter-three': 6 }
      const [a, b] = await Promise.all([printer.printWithRetry(book(), { tocTargets: targets }), printer.printWithRetry(other, { tocTargets: targets })])
      expect(a.tocPages).toEqual(truth)
      expect(b.tocPages).toEqual(otherTruth)
      expect(contentsLine(a.pdf)).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 5')
      expect(contentsLine(b.pdf)).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 6')
      expect(renderers(printer.pid()!)).toBe(2)
      // A third print waits for a free lane and reuses its tab: still two renderers.
      await Promise.all([printer.printWithRetry(book(), { tocTargets: targets }), printer.printWithRetry(other, { tocTargets: targets }), printer.printWithRetry(book(), { tocTargets: targets })])
      expect(renderers(printer.pid()!)).toBe(2)
    } finally {
      await printer.close()
    }
  })

  it('relaunch only once the prints under way in the other lane have ended', async () => {
    const printer = new Printer({ lanes: 2, printsPerBrowser: 2 })
    try {
      await printer.start()
      const first = printer.pid()!
      // print(), not printWithRetry(): a print cut off by the relaunch would fail here, not be tried again.
      const printed = await Promise.all([0, 1, 2, 3].map(() => printer.exclusive(() => printer.print(book(), { tocTargets: targets }))))
      expect(await until(() => !alive(first))).toBe(true)
      for (const one of printed) {
        expect(one.tocPages).toEqual(truth)
        expect(contentsLine(one.pdf)).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 5')
      }
    } finally {
      await printer.close()
    }
    expect(printer.pid()).toBeUndefined()
  })
})

describe('the browser between prints', () => {
  it('is replaced by a fresh one after its quota of prints, before the next print needs it', async () => {
    const printer = new Printer({ printsPerBrowser: 2 })
    try {
      await printer.printRaw(book(truth))
      const first = printer.pid()!
      await printer.printRaw(book(truth))
      // The relaunch happens in the background, right after the second print.
      expect(await until(() => !alive(first) && printer.pid() !== undefined)).toBe(true)
      const second = printer.pid()!
      expect(second).not.toBe(first)
      expect(contentsLine(await printer.printRaw(book(truth)))).toBe('Contents chapter-one 2 chapter-two 3 chapter-three 5')
      expect(printer.pid()).toBe(second)
    } finally {
      await printer.close()
    }
  })

  it('closes after idling, starts again for the next print, and close() leaves no Chromium behind', async () => {
    const printer = new Printer({ idleCloseMs: 300 })
    await printer.printRaw(book(truth))
    const first = printer.pid()!
    expect(alive(first)).toBe(true)
    expect(await until(() => !alive(first))).toBe(true)
    expect(printer.pid()).toBeUndefined()
    await printer.printRaw(book(truth))
    const second = printer.pid()!
    expect(alive(second)).toBe(true)
    await printer.close()
    expect(alive(second)).toBe(false)
    expect(execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean)).not.toContain(second)
  })
})
