// Every current edition (6 guides and the guidance note × 5 locales) looked at as a book designer would, with poppler
// and qpdf: no markup printed as typed, bookmarks on their headings' pages, no heading or glossary
// term stranded at a page foot, no page left half empty inside a part, no list item left alone,
// cross-references resolved, lines of book length, hyphenated, headings and Thai terms kept whole.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { localeCodes, type LocaleCode } from '../../src/i18n/locales'
import { labels } from '../../src/publishing/render/labels'
import { api } from '../helpers/api'
import { fontFaceCss, fontStacks } from '../../src/publishing/render/fonts'
import { thaiDictionary } from '../../src/publishing/render/typesetting'
import { hyphenates } from '../../src/publishing/render/typesetting/hyphenation'
import { lonelyHeadingWords, measureOf, nearEmptyPages, notepadTailPages, outOfBookOrder, readBook, shortPartEndings, splitLists, splitThaiTerms, strandedHeadings, strandedTerms, structureOf, textTagging, unconvertedMarkup, type Book } from '../helpers/book'
import { launchBrowser } from '../helpers/chromium'
import { downloadEdition, readingText, squash } from '../helpers/pdf'

const slugs = ['victim-identification', 'protection-and-support', 'recovery-and-reintegration', 'child-victims', 'victim-witnesses', 'access-to-remedies', 'guidance-note-directory-of-services']
const editions: { slug: string; locale: string; book: Book }[] = []
const terms: Record<string, string[]> = {}

beforeAll(async () => {
  for (const locale of localeCodes) {
    terms[locale] = (await api('public', `/api/glossary-terms?limit=200&depth=0&locale=${locale}`)).body.docs.map((t: any) => t.term)
    for (const slug of slugs) editions.push({ slug, locale, book: readBook((await downloadEdition(slug, locale)).file) })
  }
}, 120_000)

const report = (check: (edition: (typeof editions)[number]) => string[]) => editions.flatMap((edition) => check(edition).map((finding) => `${edition.slug} ${edition.locale}: ${finding}`))

describe('all 35 editions, page by page', () => {
  it('covers every guide in every locale', () => {
    expect(editions).toHaveLength(slugs.length * localeCodes.length)
    for (const { book } of editions) expect(book.bookmarks.length).toBeGreaterThan(5)
  })

  it('print no inline markup as typed (asterisks, brackets)', () => {
    expect(report(({ book }) => unconvertedMarkup(book))).toEqual([])
  })

  it('point every bookmark at the page its heading is on, and end no page with a heading', () => {
    expect(report(({ book }) => strandedHeadings(book))).toEqual([])
  })

  it('keep each glossary term on the page of its definition', () => {
    // The glossary is the last annex: its pages run from its bookmark to the end.
    const glossaryStart = (book: Book) => Math.max(...book.bookmarks.filter((b) => b.depth === 0).map((b) => b.page))
    expect(report(({ book, locale }) => strandedTerms(book, terms[locale], glossaryStart(book)))).toEqual([])
  })

  it('open every part and annex on a right-hand page without its running head, and count pages in fours', () => {
    expect(report(({ book }) => outOfBookOrder(book))).toEqual([])
  })

  it('leave no page inside a part half empty', () => {
    expect(report(({ book }) => nearEmptyPages(book))).toEqual([])
  })

  it('end no part with a few notepad lines alone on a page (a closing notepad runs to the foot of its page)', () => {
    expect(report(({ book }) => notepadTailPages(book))).toEqual([])
  })

  it('end no part or annex with fewer than five lines of text alone on its last page (short endings are set tighter or looser)', () => {
    expect(report(({ book }) => shortPartEndings(book))).toEqual([])
  })

  it('split no list with one item alone on a page: neither a first item left at a page foot nor a last one carried over', () => {
    expect(report(({ book }) => splitLists(book.file))).toEqual([])
  })

  it('end no heading with a word alone on its last line (scripts with spaces between words)', () => {
    expect(report(({ locale, book }) => (locale === 'th' ? [] : lonelyHeadingWords(book)))).toEqual([])
  })

  it('set running text at 60–75 characters a line, hyphenated in en, id and ms, with typographic quotation marks', () => {
    // Thai is left out of the line length: its vowels and tone marks are characters that take no width.
    expect(
      report(({ locale, book }) => {
        const { median, hyphenated, straightQuotes } = measureOf(book)
        return [
          ...(locale !== 'th' && (median < 60 || median > 75) ? [`lines of ${median} characters (median)`] : []),
          ...(hyphenates(locale) && hyphenated < 20 ? [`only ${hyphenated} lines end in a hyphen`] : []),
          ...(!hyphenates(locale) && hyphenated > 0 ? [`${hyphenated} lines end in a hyphen, in a language that is not hyphenated`] : []),
          ...(straightQuotes ? [`${straightQuotes} straight quotation marks or apostrophes`] : []),
        ]
      }),
    ).toEqual([])
  })

  it('slant no text where its font has no italic (Thai emphasis and quotes are set upright)', () => {
    expect(report(({ book }) => textTagging(book.file).slanted.map((page) => `page ${page} has slanted (synthetic italic) text`))).toEqual([])
  })

  it('break no Thai compound or glossary term across two lines', () => {
    const dictionary = thaiDictionary(terms.th)
    expect(report(({ locale, book }) => (locale === 'th' ? splitThaiTerms(book, dictionary) : []))).toEqual([])
  })

  it('carry a real imprint: copyright and licence, suggested citation, funding; no placeholder text', () => {
    const findings = report(({ book, locale }) => {
      // Squashed (no spaces or hyphens): the imprint's lines may break and hyphenate anywhere.
      const imprint = squash(book.pages.slice(0, 3).join('\n'))
      const label = labels[locale as LocaleCode]
      return [
        ...(/appearshere|placeholder|loremipsum/i.test(imprint) ? ['placeholder text in the front matter'] : []),
        ...(imprint.includes('©20') ? [] : ['no copyright line']),
        ...(imprint.includes(squash(label.suggestedCitation)) ? [] : ['no suggested citation']),
        ...(imprint.includes(squash('CC BY-NC 4.0')) ? [] : ['no licence']),
      ]
    })
    expect(findings).toEqual([])
  })

  it('give a cross-reference the page of the block it names', () => {
    const { book } = editions.find((e) => e.slug === 'victim-identification' && e.locale === 'en')!
    // The callout stands in the side column: read in drawing order, its words are not interleaved with the text beside it.
    const page = Number(/notepadforlocalcontacts\(seepage(\d+)\)/.exec(squash(readingText(book.file)))?.[1])
    expect(page).toBeGreaterThan(1)
    expect(book.pages[page - 1].replace(/\s+/g, ' ')).toContain('Write down the name and contact details of the agency')
  })
})

describe('all 35 editions, as assistive technology reads them', () => {
  it('tag quotes as quotations, the contents as a TOC, and give every figure alternative text', () => {
    const findings = report(({ book }) => {
      const { types, figuresWithoutAlt } = structureOf(book.file)
      return [
        ...(figuresWithoutAlt ? [`${figuresWithoutAlt} Figure(s) without alt text`] : []),
        ...(types.includes('BlockQuote') ? [] : ['no BlockQuote (quotes tagged otherwise)']),
        ...(types.filter((t) => t === 'TOC').length === 1 ? [] : ['not exactly one TOC']),
        ...(types.filter((t) => t === 'TOCI').length >= 7 ? [] : ['fewer than 7 TOCI entries']),
      ]
    })
    expect(findings).toEqual([])
  })

  it('leave no text outside the tag tree: running heads and folios are pagination artifacts', () => {
    const findings = report(({ book }) => {
      const { untagged, pagination } = textTagging(book.file)
      // Every page but the cover and the blank left-hand pages has a folio.
      const blank = book.pages.flatMap((text, i) => (i > 0 && !text.trim() ? [i + 1] : []))
      const withFolio = book.pages.length - 1 - blank.length
      return [...(untagged.length ? [`untagged text on pages ${untagged.join(', ')}`] : []), ...(pagination.length >= withFolio ? [] : [`pagination artifacts on ${pagination.length} of ${withFolio} pages`])]
    })
    expect(findings).toEqual([])
  })

  it('carry XMP metadata with the title, the language and the PDF/UA identifier', async () => {
    for (const { slug, locale, book } of editions) {
      const { xmp } = structureOf(book.file)
      const title = (await api('public', `/api/guides?where[slug][equals]=${slug}&locale=${locale}&depth=0`)).body.docs[0].title
      expect(xmp, `${slug} ${locale}`).toContain('<pdfuaid:part>1</pdfuaid:part>')
      expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${locale}</rdf:li></rdf:Bag></dc:language>`)
      expect(xmp.normalize('NFC')).toContain(`<rdf:li xml:lang="${locale}">${title.normalize('NFC').replace(/&/g, '&amp;')}</rdf:li>`)
    }
  })
})

describe('the checks themselves', () => {
  it('find what they look for', () => {
    const fake: Book = {
      file: '',
      pages: ['Intro\nThe word *victim* here.\n  3', 'Annex B. Glossary\nCompensation\n  4', 'Money paid.\n  5'],
      bookmarks: [{ title: 'Annex B. Glossary', page: 1, depth: 0 }],
    }
    expect(unconvertedMarkup(fake)).toEqual(['page 1: *victim*'])
    expect(strandedHeadings(fake)).toEqual(['"Annex B. Glossary": bookmark points at page 1, which does not show the heading'])
    expect(strandedTerms(fake, ['Compensation'])).toEqual(['page 2 ends with the term "Compensation"'])

    const headings: Book = { file: '', pages: ['BAGIAN 4\n\nMenjaga keselamatan\npenyintas           Jangan pernah\nText.\n', 'Legal\nobligations\nText.'], bookmarks: [{ title: 'Menjaga keselamatan penyintas', page: 1, depth: 0 }, { title: 'Legal obligations', page: 2, depth: 0 }] }
    // A heading of two words may wrap one and one; there is nothing to tie.
    expect(lonelyHeadingWords(headings)).toEqual(['"Menjaga keselamatan penyintas" on page 1 ends on a line with the single word "penyintas"'])
    const line = 'A line of running text that is quite a lot longer than sixty-'
    const measured: Book = { file: '', pages: ['Contents', `Part 1\n${line}\n${line}     side note\n"Quoted" and it's\n  3`], bookmarks: [{ title: 'Part 1', page: 2, depth: 0 }] }
    expect(measureOf(measured)).toEqual({ median: line.length, hyphenated: 2, straightQuotes: 3 })
  })

  it('find a list item alone on a page, a Thai term split between lines and a synthetic italic, in a PDF Chromium printed', async () => {
    const items = '<ul><li>First item</li><li>Second item</li><li>Third item</li></ul>'
    // A line of the text column as full as a wrapped one, then a forced break: inside a term, after a word that began before
    // one (ภูมิภาค|รัฐ is no split of ภาครัฐ), and after a short line (a heading's or a paragraph's end).
    const wrapped = 'การคุ้มครองและการช่วยเหลือเป็นหน้าที่ของทุกคนที่ทำงานกับ'
    const html = `<!doctype html><html lang="th"><style>${fontFaceCss()} @page { size: A4; margin: 20mm } body { margin: 0; font: 12pt/6mm ${fontStacks.sans} } ul { margin: 0 }</style>
      <div style="height: 250mm"></div>${items}
      <div style="break-before: page; height: 241mm"></div>${items}
      <p style="break-before: page">${wrapped}ผู้เสีย<br>หายได้รับ</p><p>${wrapped}ระดับภูมิภาค<br>รัฐต่าง ๆ</p><p>หัวข้อสั้นผู้เสีย<br>หายได้รับ</p><p><em>ผู้เสียหาย</em></p></html>`
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.setContent(html)
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'guidepress-lists-')), 'lists.pdf')
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, tagged: true }))
      expect(splitLists(file)).toEqual([
        'page 1 ends with the first item of a 3-item list alone; the rest is on page 2',
        'page 4 starts with the last item of a 3-item list carried over alone',
      ])
      expect(splitThaiTerms(readBook(file), thaiDictionary(['ภาครัฐ']))).toEqual([expect.stringMatching(/^page 5: ผู้เสีย\|หาย in /)])
      // Noto Sans Thai has no italic: Chromium slants the regular.
      expect(textTagging(file).slanted).toEqual([5])
    } finally {
      await browser.close()
    }
  })

  it('find a part that ends with a few notepad lines, or a few lines of text, alone on a page', async () => {
    // A real PDF: part 1 (pages 2–3) ends with three lines on page 3, which holds only its running head and folio besides.
    const { PDFDocument, rgb } = await import('pdf-lib')
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont('Helvetica')
    const ending = ['Guide · Part 2', 'More text', 'to the end', 'of part 2,', 'five lines', 'in all.']
    const pages = [['Cover'], ['Part 1', 'Text.'], ['Guide · Part 1'], [], ['Part 2', 'Text.'], ending]
    pages.forEach((lines, i) => {
      const page = pdf.addPage([595, 842])
      lines.forEach((line, n) => page.drawText(line, { x: 72, y: 760 - n * 20, size: 12, font }))
      if (i === 2) for (let n = 0; n < 3; n++) page.drawLine({ start: { x: 72, y: 700 - n * 24 }, end: { x: 520, y: 700 - n * 24 }, thickness: 0.6, color: rgb(0.4, 0.4, 0.4) })
      if (i > 0 && lines.length) page.drawText(String(i + 1), { x: 290, y: 40, size: 10, font })
    })
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'guidepress-tail-')), 'tail.pdf')
    writeFileSync(file, await pdf.save())
    const tail: Book = { file, pages: readBook(file).pages, bookmarks: [{ title: 'Part 1', page: 2, depth: 0 }, { title: 'Part 2', page: 5, depth: 0 }] }
    expect(notepadTailPages(tail)).toEqual([expect.stringMatching(/^page 3 ends a part with notepad lines that stop at \d+ % of the page$/)])
    expect(shortPartEndings(tail)).toEqual([])
    // The same book with two lines of text on part 1's last page, and none of the lines.
    const short = await PDFDocument.create()
    const shortFont = await short.embedFont('Helvetica')
    for (const [i, lines] of [['Cover'], ['Part 1', 'Text.'], ['Guide · Part 1', 'Two lines', 'of text.'], [], ['Part 2', 'Text.'], ending].entries()) {
      const page = short.addPage([595, 842])
      lines.forEach((line, n) => page.drawText(line, { x: 72, y: 760 - n * 20, size: 12, font: shortFont }))
      if (i > 0 && lines.length) page.drawText(String(i + 1), { x: 290, y: 40, size: 10, font: shortFont })
    }
    const shortFile = path.join(path.dirname(file), 'short.pdf')
    writeFileSync(shortFile, await short.save())
    expect(shortPartEndings({ ...tail, file: shortFile, pages: readBook(shortFile).pages })).toEqual(['page 3 ends a part with 2 lines of text alone'])
  })
})
