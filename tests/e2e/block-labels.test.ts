// Blocks in the chapter editor, in Debian's Chromium: each block's header says what it holds (the
// quote's words and attribution, the exercise's title, the notepad's lines and prompt, the callout's
// title) in the language being edited, never "Untitled". A quote the viewer may not read is named
// as hidden to a translator, and flagged by its consent to an editor.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { block, editorState, paragraph } from '../../src/seed/lexical'
import { launchBrowser, pageAs } from '../helpers/chromium'
import { api, baseUrl, type Role } from '../helpers/api'

const shots = path.resolve(import.meta.dirname, '../../tmp/screenshots')
let browser: Browser
let chapterId: number
const quotes: Record<'granted' | 'withdrawn', any> = {} as never
let exercise: any
const failures: string[] = []

/** The rich text's paragraphs: their font, and whether its Thai face is loaded (Thai is not boxes). */
let paragraphFont: { family: string; thai: boolean } | undefined

async function headers(role: Role, locale: string, shot: string): Promise<string[]> {
  const context = await browser.createBrowserContext()
  try {
    const page: Page = await pageAs(context, role, { height: 1400, errors: failures })
    await page.goto(`${baseUrl()}/admin/collections/chapters/${chapterId}?locale=${locale}`, { waitUntil: 'networkidle0', timeout: 60_000 })
    await page.waitForFunction(() => document.querySelectorAll('.guidepress-block-label').length >= 5, { timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, `${shot}.png`) })
    paragraphFont = await page.$eval('.ContentEditable__root p', async (p) => {
      await document.fonts.ready
      return { family: getComputedStyle(p).fontFamily, thai: document.fonts.check('16px "Noto Serif Thai"', 'ภาษาไทย') }
    })
    // The pill (what kind of block) and the summary (what it holds), as a reader takes them in.
    return await page.$$eval('.guidepress-block-label', (els) => els.map((e) => [...e.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ')))
  } finally {
    await context.close()
  }
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  // Guide 1's demo quotes (translated into every language), not one another test file made.
  const demo = { granted: 'g1-afraid-of-police', withdrawn: 'withdrawn-testimony-g1' }
  for (const consent of ['granted', 'withdrawn'] as const) quotes[consent] = (await api('editor', `/api/quotes?where[slug][equals]=${demo[consent]}&where[consent][equals]=${consent}&depth=0&locale=all`)).body.docs[0]
  exercise = (await api('editor', '/api/exercises?where[slug][equals]=g1-ex-first-contact&depth=0&locale=all')).body.docs[0]
  const guide = (await api('editor', '/api/guides?limit=1&depth=0&sort=seriesNumber')).body.docs[0]
  const blocks = [
    block('survivorQuote', { quote: quotes.granted.id }),
    block('survivorQuote', { quote: quotes.withdrawn.id }),
    block('exercise', { exercise: exercise.id, anchor: 'label-drill' }),
    block('notepad', { lines: 7, prompt: 'Who do you call first?' }),
    block('callout', { tone: 'warning', title: 'Never print an address', text: 'Shelter locations stay out of every output.' }),
  ]
  const body = editorState([paragraph('Blocks to label.'), ...blocks])
  const created = await api('editor', '/api/chapters?locale=en', { method: 'POST', json: { slug: `block-labels-${Date.now().toString(36)}`, guide: guide.id, order: 970, part: 'other', title: 'Labelled blocks', body, _status: 'draft' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  chapterId = created.body.doc.id
  // Rich text is localized: the Thai body holds the same blocks (a translation keeps the placements).
  const thaiBody = editorState([paragraph('บล็อกที่มีชื่อกำกับ ทดสอบภาษาไทย'), ...blocks])
  const thai = await api('editor', `/api/chapters/${chapterId}?locale=th&draft=true`, { method: 'PATCH', json: { title: 'บล็อกที่มีชื่อกำกับ', body: thaiBody, _status: 'draft' } })
  expect(thai.status, JSON.stringify(thai.body)).toBe(200)
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  if (chapterId) await api('admin', `/api/chapters/${chapterId}`, { method: 'DELETE' })
})

describe('block headers in the chapter editor', () => {
  it('name what each block holds for the editor, and flag a withdrawn quote', async () => {
    const [granted, withdrawn, ex, notepad, callout] = await headers('editor', 'en', 'block-labels-editor-en')
    expect(granted).toContain(`“${quotes.granted.text.en.slice(0, 40)}`)
    expect(granted).toContain(`— ${quotes.granted.attribution.en}`)
    expect(withdrawn).toMatch(/^Survivor quote\s*\[consent withdrawn: not shown anywhere\] “/)
    expect(ex).toBe(`Exercise ${exercise.title.en} (anchor: label-drill)`)
    expect(notepad).toBe('Notepad 7 ruled lines — Who do you call first?')
    expect(callout).toBe('Callout: warning Never print an address')
    expect([granted, withdrawn, ex, notepad, callout].join(' ')).not.toMatch(/Untitled/)
  })

  it('name them in Thai for the Thai translator, who sees the withdrawn quote only as hidden', async () => {
    const [granted, withdrawn, ex] = await headers('translator-th', 'th', 'block-labels-translator-th')
    expect(granted).toContain(`“${quotes.granted.text.th.slice(0, 30)}`)
    expect(withdrawn).toBe('Survivor quote quote hidden: its consent does not allow showing it here')
    expect(withdrawn).not.toContain(quotes.withdrawn.text.th.slice(0, 20))
    expect(ex).toContain(exercise.title.th)
    // The body's paragraphs are set in the serif stack: it names Noto Serif Thai, and the face is loaded.
    expect(paragraphFont?.family).toContain('Noto Serif Thai')
    expect(paragraphFont?.thai).toBe(true)
  })

  it('lists chapters grouped by guide, each guide’s chapters in order', async () => {
    // Two guides chosen with a filter, so other files' drill guides cannot push a group off the page.
    const guides = (await api('editor', '/api/guides?where[seriesNumber][in]=1,7&sort=seriesNumber&depth=0&locale=en')).body.docs
    expect(guides.map((g: any) => g.seriesNumber)).toEqual([1, 7])
    const context = await browser.createBrowserContext()
    try {
      // As the admin: the list remembers its grouping per user, and other files read the editor's lists.
      const page = await pageAs(context, 'admin', { height: 1600, errors: failures })
      const filter = guides.map((g: any, i: number) => `where[guide][in][${i}]=${g.id}`).join('&')
      await page.goto(`${baseUrl()}/admin/collections/chapters?groupBy=guide&sort=order&limit=20&locale=en&${filter}`, { waitUntil: 'networkidle0', timeout: 60_000 })
      await page.screenshot({ path: path.join(shots, 'chapters-by-guide.png'), fullPage: true })
      // Each table's chapter titles, read by the Title column (the Guide column's relation cells load
      // their titles lazily, only while in view, so they are not what this test reads).
      const tables = await page.$$eval('table', (ts) =>
        ts.map((t) => {
          const column = [...t.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim()).indexOf('Title')
          return [...t.querySelectorAll('tbody tr')].map((r) => (r.querySelectorAll('td')[column]?.textContent ?? '').replace(/\s+/g, ' ').trim())
        }),
      )
      // One table per guide, holding exactly that guide's chapters in their order.
      const chaptersOf = async (guide: any) => (await api('admin', `/api/chapters?where[guide][equals]=${guide.id}&sort=order&limit=100&depth=0&locale=en&draft=true`)).body.docs.map((c: any) => c.title.replace(/\s+/g, ' ').trim())
      const expected = await Promise.all(guides.map(chaptersOf))
      expect(expected.map((list) => list.length)).toEqual([expect.any(Number), 5])
      const key = (list: string[]) => JSON.stringify(list)
      expect(tables.map(key).sort()).toEqual(expected.map(key).sort())
    } finally {
      await context.close()
      await api('admin', '/api/payload-preferences/collection-chapters', { method: 'DELETE' })
    }
  })

  it('threw no error in the page', () => {
    expect(failures).toEqual([])
  })
})
