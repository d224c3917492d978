// The admin panel in Debian's Chromium, as an editor on a network that reaches only the server:
// no request may leave for another host and no page may log a console error. Publications show a
// download link and their JSON fields (Monaco, served by the server itself). Each step saves a
// screenshot to tmp/screenshots/.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, pageAs } from '../helpers/chromium'
import { api, baseUrl } from '../helpers/api'

const shots = path.resolve(import.meta.dirname, '../../tmp/screenshots')
let browser: Browser
let page: Page
const outside: string[] = []
const consoleErrors: string[] = []

async function visit(pathname: string, shot: string, ready: string) {
  await page.goto(`${baseUrl()}${pathname}`, { waitUntil: 'networkidle0', timeout: 60_000 })
  await page.waitForSelector(ready, { timeout: 30_000 })
  await page.screenshot({ path: path.join(shots, `${shot}.png`), fullPage: true })
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  browser = await launchBrowser()
  page = await pageAs(browser, 'editor', { height: 900, errors: consoleErrors })
  const host = new URL(baseUrl()).host
  // Nothing outside the server is reachable: every such request is recorded and refused.
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (['data:', 'blob:'].includes(url.protocol) || url.host === host) return void request.continue()
    outside.push(request.url())
    void request.abort('internetdisconnected')
  })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the admin panel offline, as an editor', () => {
  it('shows the dashboard', async () => {
    await visit('/admin', 'editor-dashboard', 'nav')
    expect(await page.evaluate(() => document.body.innerText)).toMatch(/Guides/)
  })

  it('lists publications, each with a link to its PDF', async () => {
    await visit('/admin/collections/publications?where[status][equals]=current&limit=10', 'editor-publications-list', 'table')
    const links = await page.$$eval('table a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
    expect(links.length).toBeGreaterThan(0)
    const pdf = await fetch(links[0])
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('shows a facilitator guide with the agenda of its course, for one day and for two, in the language viewed', async () => {
    const guide = (await api('editor', '/api/facilitator-guides?limit=1&depth=0&sort=slug')).body.docs[0]
    const sessions = (await api('editor', `/api/training-sessions?where[facilitatorGuide][equals]=${guide.id}&sort=order&depth=0&locale=th`)).body.docs
    await visit(`/admin/collections/facilitator-guides/${guide.id}?locale=th`, 'editor-facilitator-agenda', '.agenda-table')
    const oneDay = await page.$eval('.agenda-table', (el) => (el as HTMLElement).innerText)
    expect(oneDay).toContain('09:00')
    expect(oneDay).toContain('Lunch')
    for (const session of sessions) expect(oneDay).toContain(session.title)
    const [twoDays] = await page.$$('xpath/.//button[contains(., "Two-day course")]')
    await twoDays.click()
    await page.waitForFunction(() => document.querySelector('.agenda-table')?.textContent?.includes('Day 2'), { timeout: 10_000 })
  })

  it('opens a publication with its download link and its JSON fields filled in', async () => {
    const current = (await api('editor', '/api/publications?where[status][equals]=current&where[kind][equals]=guide&limit=1&depth=0')).body.docs[0]
    await visit(`/admin/collections/publications/${current.id}`, 'editor-publication', '[data-field="tocPages"]')
    const href = await page.$eval('a[download]', (a) => (a as HTMLAnchorElement).href)
    expect(new URL(href).pathname).toBe(new URL(current.url).pathname)
    // tocPages holds page numbers by heading id.
    const toc = await page.$eval('[data-field="tocPages"]', (el) => (el as HTMLElement).innerText)
    expect(JSON.parse(toc)).toEqual(current.tocPages)
  })

  it('requested nothing from another host and logged no console error', () => {
    expect(outside).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})
