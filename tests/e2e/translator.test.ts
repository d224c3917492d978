// The Thai translator in the admin panel, in Debian's Chromium: saves a draft of a published
// chapter in Thai (no Publish button is offered), and is refused in English with a message saying
// why. Screenshots in tmp/screenshots/.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, pageAs } from '../helpers/chromium'
import { api, baseUrl } from '../helpers/api'
import { type Drill, drillGuide } from '../helpers/drillGuide'

const shots = path.resolve(import.meta.dirname, '../../tmp/screenshots')
let browser: Browser
let page: Page
let chapterId: number
let drill: Drill | undefined
const failures: string[] = []

async function openChapter(locale: string, shot: string) {
  await page.goto(`${baseUrl()}/admin/collections/chapters/${chapterId}?locale=${locale}`, { waitUntil: 'networkidle0', timeout: 60_000 })
  await page.waitForSelector('#field-title', { timeout: 30_000 })
  await page.screenshot({ path: path.join(shots, `${shot}.png`) })
}

async function saveDraftWithTitle(title: string): Promise<{ status: number; toast: string }> {
  await page.click('#field-title', { clickCount: 3 })
  await page.keyboard.press('Backspace')
  await page.type('#field-title', title)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/chapters/${chapterId}`) && r.request().method() !== 'GET', { timeout: 30_000 }),
    page.click('#action-save-draft'),
  ])
  // The first toast says "Submitting…"; the answer's toast follows it.
  await page.waitForFunction(() => [...document.querySelectorAll('.payload-toast-item, [data-sonner-toast]')].some((e) => !/Submitting/i.test(e.textContent ?? '')), { timeout: 15_000 })
  const toast = await page.$$eval('.payload-toast-item, [data-sonner-toast]', (els) => els.map((e) => e.textContent ?? '').filter((t) => !/Submitting/i.test(t)).join(' | '))
  return { status: response.status(), toast }
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  drill = await drillGuide({ slug: 'translator-path-drill', seriesNumber: 47, title: 'Translator path drill', chapter: { title: 'Working with interpreters' } })
  chapterId = drill.chapterId
  browser = await launchBrowser()
  page = await pageAs(browser, 'translator-th', { errors: failures })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await drill?.remove()
})

describe('the Thai translator in the admin panel', () => {
  it('saves a Thai draft of a published chapter, and is offered no Publish button', async () => {
    await openChapter('th', 'translator-chapter-th')
    // Above the fields: why the shared ones are read-only.
    expect(await page.$eval('.translator-notice', (e) => [e.getAttribute('data-reason'), e.textContent])).toEqual(['own', expect.stringMatching(/^You are translating into Thai\. .*shared by every language, so only an editor changes them/)])
    expect(await page.$('#action-save')).toBeNull()
    expect(await page.$('#action-save-draft')).not.toBeNull()
    const saved = await saveDraftWithTitle('การทำงานร่วมกับล่าม')
    await page.screenshot({ path: path.join(shots, 'translator-saved-draft-th.png') })
    expect(saved.status, saved.toast).toBe(200)
    expect(saved.toast).toMatch(/saved/i)
    expect((await api('admin', `/api/chapters/${chapterId}?locale=th&draft=true&depth=0`)).body.title).toBe('การทำงานร่วมกับล่าม')
    // The chapter stays published in English for everyone.
    expect((await api('public', `/api/chapters/${chapterId}?locale=en&depth=0`)).body.title).toBe('Working with interpreters')
  })

  it('sees English read-only, and a save in English is refused with a message saying English is the source text', async () => {
    await openChapter('en', 'translator-chapter-en')
    expect(await page.$eval('.translator-notice', (e) => [e.getAttribute('data-reason'), e.textContent])).toEqual(['source', expect.stringMatching(/^English is the source text: you can read it here but not change it\./)])
    expect(await page.$eval('#field-title', (el) => (el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly)).toBe(true)
    expect(await page.$('#action-save-draft')).toBeNull()
    // What the admin would send, sent anyway (e.g. from a stale tab): refused, naming the reason.
    const refused = await api('translator-th', `/api/chapters/${chapterId}?locale=en&draft=true`, { method: 'PATCH', json: { title: 'Changed by a translator', _status: 'draft' } })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('English (en) is the source text')
    expect((await api('admin', `/api/chapters/${chapterId}?locale=en&draft=true&depth=0`)).body.title).toBe('Working with interpreters')
  })

  it('sees shared fields read-only in Thai, and a change to one is refused with a message naming it', async () => {
    await openChapter('th', 'translator-chapter-shared')
    expect(await page.$eval('#field-order', (el) => (el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly)).toBe(true)
    const refused = await api('translator-th', `/api/chapters/${chapterId}?locale=th&draft=true`, { method: 'PATCH', json: { title: 'การทำงานร่วมกับล่าม', order: 2, _status: 'draft' } })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toMatch(/order is shared by every language \(an editor changes it\)\. Not saved in th\./)
    expect((await api('admin', `/api/chapters/${chapterId}?depth=0`)).body.order).toBe(1)
  })

  it('sees what changed in the English beside an outdated translation, and marks it updated', async () => {
    // The Thai translation is reviewed, then the English title changes: Thai turns outdated.
    const reviewed = await api('translator-th', `/api/chapters/${chapterId}?locale=th&draft=true`, { method: 'PATCH', json: { translation: { status: 'needs-review' }, _status: 'draft' } })
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    const changed = await api('editor', `/api/chapters/${chapterId}?locale=en`, { method: 'PATCH', json: { title: 'Working with trained interpreters', _status: 'published' } })
    expect(changed.status).toBe(200)
    expect((await api('admin', `/api/chapters/${chapterId}?locale=th&draft=true&depth=0`)).body.translation.status).toBe('outdated')
    // The English publish published English only: the Thai draft is still a draft, not public.
    expect((await api('admin', `/api/chapters/${chapterId}?locale=th&draft=true&depth=0`)).body.title).toBe('การทำงานร่วมกับล่าม')
    expect((await api('public', `/api/chapters/${chapterId}?locale=th&depth=0&fallback-locale=none`)).body.title ?? null).toBeNull()
    expect((await api('public', `/api/chapters/${chapterId}?locale=en&depth=0`)).body.title).toBe('Working with trained interpreters')

    await openChapter('th', 'translator-outdated-th')
    await page.waitForSelector('.translation-change[data-unit="title"]', { timeout: 15_000 })
    await page.screenshot({ path: path.join(shots, 'translator-outdated-diff.png') })
    expect(await page.$eval('.translation-change[data-unit="title"] ins', (e) => e.textContent?.trim())).toBe('trained')
    await page.click('.translation-changes-mark')
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/api/chapters/${chapterId}`) && r.request().method() !== 'GET', { timeout: 30_000 }), page.click('#action-save-draft')])
    expect(response.status()).toBe(200)
    expect((await api('admin', `/api/chapters/${chapterId}?locale=th&draft=true&depth=0`)).body.translation.status).toBe('needs-review')
  })

  it('finds Thai first on the dashboard cards and in translation progress, with every item to work on linked', async () => {
    await page.goto(`${baseUrl()}/admin`, { waitUntil: 'networkidle0', timeout: 60_000 })
    await page.screenshot({ path: path.join(shots, 'translator-dashboard.png') })
    const cards = await page.$$eval('.guidepress-dashboard-cards section h3', (hs) => hs.map((h) => h.textContent))
    expect(cards).toEqual(['Translation progress', 'XLIFF exchange', 'Print editions'])
    expect(await page.$$eval('.dashboard-card--progress [data-locale]', (rows) => rows.map((r) => r.getAttribute('data-locale')))).toEqual(['th', 'id', 'ms', 'vi'])
    expect(await page.$eval('.dashboard-card--xliff a', (a) => (a as HTMLAnchorElement).pathname)).toBe('/admin/xliff')

    await page.goto(`${baseUrl()}/admin/translation-progress`, { waitUntil: 'networkidle0', timeout: 60_000 })
    await page.screenshot({ path: path.join(shots, 'translator-progress.png') })
    expect(await page.$$eval('thead th[id]', (ths) => ths.map((t) => t.id))).toEqual(['th', 'id', 'ms', 'vi'])
    // Thai's work lists are open and list every status still to do, not only outdated or missing items.
    const thai = await page.$$eval('details.translation-work[data-locale="th"]', (ds) => ds.map((d) => ({ open: (d as HTMLDetailsElement).open, links: [...d.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })) })))
    expect(thai.length).toBeGreaterThan(0)
    expect(thai.every((d) => d.open)).toBe(true)
    const links = thai.flatMap((d) => d.links)
    expect(links.every((l) => /^\/admin\/collections\/[a-z-]+\/\d+\?locale=th$/.test(l.href))).toBe(true)
    expect(new Set(links.map((l) => l.text.split(':')[0]))).toContain('needs-review')
    expect(await page.$$eval('details.translation-work[data-locale="vi"]', (ds) => ds.some((d) => (d as HTMLDetailsElement).open))).toBe(false)
  })

  it('an editor publishes the Thai translation on its own, leaving the English as published', async () => {
    // The translator's admin tab still holds the chapter's edit lock: the editor takes it over.
    const published = await api('editor', `/api/chapters/${chapterId}?locale=th&overrideLock=true`, { method: 'PATCH', json: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const thai = (await api('public', `/api/chapters/${chapterId}?locale=th&depth=0&fallback-locale=none`)).body
    expect(thai.title).toBe('การทำงานร่วมกับล่าม')
    expect(thai.translation.status).toBe('needs-review')
    expect((await api('public', `/api/chapters/${chapterId}?locale=en&depth=0`)).body.title).toBe('Working with trained interpreters')
  })

  it('threw no error in the page', () => {
    expect(failures).toEqual([])
  })
})
