// The editor's path in the admin panel, in Debian's Chromium: open a chapter, type a paragraph, add
// a survivor quote block from the slash menu, publish, watch the print edition rebuild in the
// sidebar, download the PDF and find both in it with pdftotext. Screenshots in tmp/screenshots/.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, baseUrl } from '../helpers/api'
import { launchBrowser, pageAs } from '../helpers/chromium'
import { type Drill, drillGuide, runPublishingJobs as runJobs } from '../helpers/drillGuide'
import { downloadEdition, readingText, squash } from '../helpers/pdf'

const shots = path.resolve(import.meta.dirname, '../../tmp/screenshots')
const SLUG = 'editor-path-drill'
const edit = 'Edited in the browser: keep the referral cards by the telephone.'
let browser: Browser
let page: Page
let drill: Drill | undefined
let chapterId: number
let quote: { id: number; text: string; attribution: string }
const failures: string[] = []

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  quote = (await api('editor', '/api/quotes?where[slug][equals]=g1-afraid-of-police&depth=0&locale=en')).body.docs[0]
  expect(quote, 'the demo quote g1-afraid-of-police').toBeDefined()
  drill = await drillGuide({ slug: SLUG, seriesNumber: 46, title: 'Editor path drill' })
  chapterId = drill.chapterId
  expect((await runJobs()).status).toBe(200)
  browser = await launchBrowser()
  page = await pageAs(browser, 'editor', { height: 1100, errors: failures })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await drill?.remove()
})

describe('the editor in the admin panel', () => {
  it('types a paragraph and adds a survivor quote block from the slash menu', async () => {
    await page.goto(`${baseUrl()}/admin/collections/chapters/${chapterId}?locale=en`, { waitUntil: 'networkidle0', timeout: 60_000 })
    await page.click('.ContentEditable__root p')
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type(edit)
    await page.keyboard.press('Enter')
    await page.keyboard.type('/quote')
    await page.waitForSelector('.slash-menu-popup__item', { timeout: 10_000 })
    const items = await page.$$('.slash-menu-popup__item')
    const labels = await Promise.all(items.map((item) => item.evaluate((e) => e.textContent ?? '')))
    expect(labels).toContain('Survivor quote')
    await items[labels.indexOf('Survivor quote')].click()
    await page.waitForSelector('.LexicalEditorTheme__block-survivorQuote .rs__control', { timeout: 15_000 })
    await page.click('.LexicalEditorTheme__block-survivorQuote .rs__control')
    await page.keyboard.type(quote.attribution.slice(0, 30))
    await page.waitForFunction((text) => [...document.querySelectorAll('.rs__option')].some((o) => o.textContent === text), { timeout: 15_000 }, quote.attribution)
    // Chosen in the page in one step: the list re-renders while the search settles.
    await page.evaluate((text) => ([...document.querySelectorAll('.rs__option')].find((o) => o.textContent === text) as HTMLElement).click(), quote.attribution)
    await page.waitForFunction((text) => (document.querySelector('.LexicalEditorTheme__block-survivorQuote .rs__value-container')?.textContent ?? '').includes(text), { timeout: 10_000 }, quote.attribution)
    // The editor's state takes the choice after a form-state round trip: publishing before it ends sends the block without its quote (400).
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 20_000 })
    await page.screenshot({ path: path.join(shots, 'editor-quote-block.png') })
  })

  it('publishes, and the chapter holds the paragraph and the quote', async () => {
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/api/chapters/${chapterId}`) && r.request().method() !== 'GET', { timeout: 30_000 }), page.click('#action-save')])
    expect(response.status(), await response.text()).toBe(200)
    const saved = (await api('public', `/api/chapters/${chapterId}?locale=en&depth=0`)).body
    const nodes = saved.body.root.children as any[]
    expect(nodes.some((n) => n.type === 'paragraph' && n.children?.[0]?.text === edit)).toBe(true)
    expect(nodes.some((n) => n.type === 'block' && n.fields.blockType === 'survivorQuote' && n.fields.quote === quote.id)).toBe(true)
  })

  it('sees the print edition queued in the sidebar, then current, and finds the edit in the PDF', async () => {
    await page.reload({ waitUntil: 'networkidle0' })
    await page.waitForSelector('.print-edition-field[data-print-state="queued"]', { timeout: 15_000 })
    await page.screenshot({ path: path.join(shots, 'editor-print-queued.png') })
    expect((await runJobs()).status).toBe(200)
    // The panel looks again every few seconds while a build waits or runs.
    await page.waitForSelector('.print-edition-field[data-print-state="current"]', { timeout: 20_000 })
    await page.screenshot({ path: path.join(shots, 'editor-print-current.png') })
    const { file } = await downloadEdition(SLUG, 'en')
    const text = squash(readingText(file))
    expect(text).toContain(squash(edit))
    expect(text).toContain(squash(quote.text).slice(0, 60))
  })

  it('threw no error in the page', () => {
    expect(failures).toEqual([])
  })
})
