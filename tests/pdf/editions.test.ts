// The printed editions, checked with poppler and qpdf as a reader's tools would see them.
import { readdirSync } from 'node:fs'
import { describe, expect, it, inject } from 'vitest'
import type { LocaleCode } from '../../src/i18n/locales'
import { labels } from '../../src/publishing/render/labels'
import { api } from '../helpers/api'
import { downloadEdition, fonts, outlineAndLang, pageTexts, pdfInfo, readingText, squash } from '../helpers/pdf'

const slug = 'victim-identification'
const allowedFonts = /^[A-Z]{6}\+Noto(Sans|Serif)(Thai)?-(Regular|Bold|Italic|BoldItalic)$/

async function editorQuotes(locale: string) {
  const all = await api('editor', `/api/quotes?limit=200&depth=0&locale=${locale}&where[slug][like]=g1-`)
  const withdrawn = await api('editor', `/api/quotes?limit=1&depth=0&locale=${locale}&draft=true&where[slug][equals]=withdrawn-testimony-g1`)
  return { printed: all.body.docs.filter((q: any) => q.consent === 'granted' || q.consent === 'print-only'), withdrawn: withdrawn.body.docs[0] }
}

describe.each(['en', 'id', 'ms', 'vi', 'th'])('the %s edition of guide 1', (locale) => {
  it('is an A4, tagged PDF with the right metadata, language and bookmarks', async () => {
    const { file, record } = await downloadEdition(slug, locale)
    const info = pdfInfo(file)
    expect(info['Page size']).toMatch(/\(A4\)/)
    expect(info.Tagged).toBe('yes')
    expect(Number(info.Pages)).toBe(record.pages)
    expect(info.Creator).toBe('guidepress')
    expect(info.Author.length).toBeGreaterThan(3)
    expect(info.Subject.length).toBeGreaterThan(3)
    // Keywords in the edition's language (and the series' name in it).
    for (const keyword of labels[locale as LocaleCode].keywords) expect(info.Keywords.normalize('NFC')).toContain(keyword)
    if (locale !== 'en') expect(info.Keywords).not.toContain('victim protection')
    const guide = (await api('public', `/api/guides?where[slug][equals]=${slug}&locale=${locale}&depth=0`)).body.docs[0]
    expect(info.Title.normalize('NFC')).toBe(guide.title.normalize('NFC'))
    const chapters = (await api('public', `/api/chapters?where[guide][equals]=${guide.id}&locale=${locale}&sort=order&depth=0`)).body.docs
    const { titles, lang } = outlineAndLang(file)
    expect(lang).toBe(locale)
    for (const chapter of chapters) expect(titles.map((t) => t.normalize('NFC'))).toContain(chapter.title.normalize('NFC'))
    expect(titles.filter((t) => t.length > 0).length).toBe(titles.length)
    for (const t of titles) expect(t, 'no title is doubled').not.toMatch(/^(.{4,})\1/)
  })

  it('embeds only the bundled Noto fonts', async () => {
    const { file } = await downloadEdition(slug, locale)
    const list = fonts(file)
    expect(list.length).toBeGreaterThan(1)
    for (const font of list) {
      expect(font.name).toMatch(allowedFonts)
      expect(font.embedded, font.name).toBe(true)
    }
  })

  it('numbers every table-of-contents entry with the page its heading is really on', async () => {
    const { file, record } = await downloadEdition(slug, locale)
    const pages = pageTexts(file, record.pages)
    const tocPage = pages.findIndex((p) => p.split('\n').filter((l) => /\S\s+\d+\s*$/.test(l)).length >= 5)
    expect(tocPage).toBeGreaterThan(0)
    const guide = (await api('public', `/api/guides?where[slug][equals]=${slug}&locale=${locale}&depth=0`)).body.docs[0]
    const chapters = (await api('public', `/api/chapters?where[guide][equals]=${guide.id}&locale=${locale}&sort=order&depth=0`)).body.docs
    const tocLines = pages[tocPage].split('\n').filter((l) => /\S\s+\d+\s*$/.test(l))
    expect(tocLines.length).toBeGreaterThanOrEqual(chapters.length)
    for (const chapter of chapters) {
      const line = tocLines.find((l) => squash(l).includes(squash(chapter.title)))
      expect(line, chapter.title).toBeDefined()
      const number = Number(/(\d+)\s*$/.exec(line!)![1])
      // The chapter opens that page: its title is among the first lines (running head, part label, title).
      const opening = squash(pages[number - 1].split('\n').filter((l) => l.trim()).slice(0, 5).join(''))
      expect(opening, `${chapter.title} opens page ${number}`).toContain(squash(chapter.title))
      // The opening page has no running head; the pages after it, while the chapter goes on, carry its title.
      const firstLine = (page: number) => pages[page - 1]?.split('\n').find((l) => l.trim()) ?? ''
      expect(firstLine(number), `page ${number} opens a part`).not.toContain(' · ')
      // The next page, when it carries a running head, is this part going on (blank pages and openings carry none).
      const next = firstLine(number + 1)
      if (next.includes(' · ')) expect(squash(next), `running head of page ${number + 1}`).toContain(squash(chapter.title))
    }
    expect(pages.filter((p) => (p.split('\n').find((l) => l.trim()) ?? '').includes(' · ')).length, 'pages with a running head').toBeGreaterThan(chapters.length)
  })

  it('prints every published quote with its attribution and never the withdrawn one', async () => {
    const { file, record } = await downloadEdition(slug, locale)
    const text = squash(readingText(file))
    const { printed, withdrawn } = await editorQuotes(locale)
    expect(printed.length).toBe(3)
    for (const quote of printed) {
      expect(text).toContain(squash(quote.text))
      expect(text).toContain(squash(quote.attribution))
    }
    expect(text).not.toContain(squash(withdrawn.text).slice(0, 40))
    expect(text).not.toMatch(/DEMO-?G\d|Demofieldstudy|interviewset/)
    // Staff see why a placed quote is missing; the public record says nothing of it.
    expect((await api('editor', `/api/publications/${record.id}?depth=0`)).body.warnings.join(' ')).toMatch(/1 survivor quote/)
    expect(record).not.toHaveProperty('warnings')
  })
})

describe('print-only quotes', () => {
  it('are printed, though the public API never shows them', async () => {
    const quote = (await api('editor', '/api/quotes?depth=0&locale=en&where[consent][equals]=print-only&where[slug][like]=g2-&limit=1')).body.docs[0]
    expect(quote, 'a print-only quote in the demo series').toBeDefined()
    expect((await api('public', `/api/quotes/${quote.id}`)).status).toBe(404)
    const { file } = await downloadEdition('protection-and-support', 'en')
    expect(squash(readingText(file))).toContain(squash(quote.text).slice(0, 60))
  })
})

describe('Thai and Vietnamese text', () => {
  it('extracts exactly as entered', async () => {
    const th = await downloadEdition(slug, 'th')
    const vi = await downloadEdition(slug, 'vi')
    const thText = squash(pageTexts(th.file, th.record.pages).join(''))
    const viText = pageTexts(vi.file, vi.record.pages).join('').normalize('NFC')
    const thGuide = (await api('public', `/api/guides?where[slug][equals]=${slug}&locale=th&depth=0`)).body.docs[0]
    const viGuide = (await api('public', `/api/guides?where[slug][equals]=${slug}&locale=vi&depth=0`)).body.docs[0]
    expect(thText).toContain(squash(thGuide.summary))
    expect(squash(viText)).toContain(squash(viGuide.summary))
    // Precomposed Vietnamese letters, not base letters plus combining marks.
    expect(viText).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/)
    expect(viText).not.toMatch(/[\u0300-\u0309\u0323]/)
  })
})

describe('publications', () => {
  it('lists one current PDF per guide and locale for downstream sites, nothing half-written on disk', async () => {
    const res = await api('public', '/api/publications?where[kind][equals]=guide&limit=100&depth=0')
    expect(res.body.totalDocs, '6 guides and the guidance note in 5 locales').toBe(35)
    for (const p of res.body.docs) {
      expect(p.status).toBe('current')
      expect(p.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(p.bytes).toBeGreaterThan(10_000)
      expect(p).not.toHaveProperty('contentHash')
    }
    const files = readdirSync(inject('publicationsDir'), { recursive: true }) as string[]
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(35)
  })
})
