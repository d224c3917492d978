// The print edition from the admin: the state of a guide's PDF in a language (none, queued,
// current, failed with its cause) and the print preview, the HTML the PDF is printed from, over
// HTTP and in Debian's Chromium. Staff only: a print edition may carry print-only quotes.
import type { Browser } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { block, editorState, paragraph } from '../../src/seed/lexical'
import { api, baseUrl, tokenFor } from '../helpers/api'
import { launchBrowser, pageAs } from '../helpers/chromium'
import { type Drill, drillGuide, runPublishingJobs as runJobs } from '../helpers/drillGuide'
import { squash } from '../helpers/pdf'

const SLUG = 'print-edition-drill'
let drill: Drill | undefined
let guideId: number
let chapterId: number
let browser: Browser | undefined
const state = (role: 'editor' | 'translator-th' | 'public', id: number | string, locale = 'en') => api(role, `/api/guides/${id}/print-state?locale=${locale}`)
const preview = async (role: 'editor' | 'translator-th' | 'public', id: number | string, locale = 'en') => {
  const token = await tokenFor(role)
  const res = await fetch(`${baseUrl()}/api/guides/${id}/print-preview?locale=${locale}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
}

beforeAll(async () => {
  const body = editorState([paragraph('The drill chapter, printed and previewed.'), block('notepad', { lines: 3, prompt: 'Your notes', anchor: 'drill-notes' })])
  drill = await drillGuide({ slug: SLUG, seriesNumber: 44, title: 'Print edition drill', chapter: { body } })
  ;({ guideId, chapterId } = drill)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await drill?.remove()
})

describe('the state of a print edition', () => {
  it('is refused to the public and checked for its locale and guide', async () => {
    expect((await state('public', guideId)).status).toBe(401)
    expect((await preview('public', guideId)).status).toBe(401)
    const badLocale = await state('editor', guideId, 'xx')
    expect(badLocale.status).toBe(400)
    expect(badLocale.body.errors[0].message).toMatch(/Unknown locale "xx"\. Use one of: en, id, ms, vi, th/)
    expect((await state('editor', 999999)).status).toBe(404)
  })

  it('is queued once the guide is published, then current with its download link', async () => {
    const queued = await state('translator-th', guideId, 'th')
    expect(queued.status).toBe(200)
    expect(queued.body.state).toBe('queued')
    expect((await runJobs()).status).toBe(200)
    const current = await state('translator-th', guideId, 'th')
    expect(current.body).toMatchObject({ guide: SLUG, locale: 'th', state: 'current', previewUrl: `/api/guides/${guideId}/print-preview?locale=th` })
    const record = (await api('public', `/api/publications?where[guide][equals]=${guideId}&where[locale][equals]=th&depth=0`)).body.docs[0]
    expect(current.body.current).toMatchObject({ url: record.url, pages: record.pages, bytes: record.bytes })
  })

  it('says why the last build failed, and the preview gives the same cause', async () => {
    const broken = editorState([paragraph('A callout pointing nowhere.'), block('callout', { tone: 'tip', title: 'See', text: 'the notes', refersTo: 'no-such-anchor' })])
    expect((await api('editor', `/api/chapters/${chapterId}?locale=en`, { method: 'PATCH', json: { body: broken, _status: 'published' } })).status).toBe(200)
    await runJobs()
    const failed = await state('editor', guideId)
    expect(failed.body.state).toBe('failed')
    expect(failed.body.error).toMatch(/no-such-anchor/)
    expect(failed.body.current, 'the previous PDF is still served').toBeDefined()
    const refused = await preview('editor', guideId)
    expect(refused.status).toBe(422)
    expect(refused.text).toMatch(/no-such-anchor/)
    const fixed = editorState([paragraph('The drill chapter, printed and previewed.'), block('notepad', { lines: 3, prompt: 'Your notes', anchor: 'drill-notes' })])
    expect((await api('editor', `/api/chapters/${chapterId}?locale=en`, { method: 'PATCH', json: { body: fixed, _status: 'published' } })).status).toBe(200)
    await runJobs()
    expect((await state('editor', guideId)).body.state).toBe('current')
  })
})

describe('the print preview', () => {
  it('is the HTML the PDF is printed from, with the last build’s page numbers, for staff in any language', async () => {
    const html = await preview('translator-th', guideId, 'en')
    expect(html.status).toBe(200)
    expect(html.type).toBe('text/html; charset=utf-8')
    expect(html.text).toMatch(/^<!doctype html>\n<html lang="en"/)
    expect(html.text).toContain('<h1 id="chapter-drill">Drill chapter</h1>')
    const record = (await api('editor', `/api/publications?where[guide][equals]=${guideId}&where[locale][equals]=en&where[status][equals]=current&depth=0`)).body.docs[0]
    expect(html.text).toContain(`data-target="chapter-drill">${record.tocPages['chapter-drill']}</span>`)
  })

  it('prints a print-only quote to staff, and never an internal field', async () => {
    const guide = (await api('public', '/api/guides?where[slug][equals]=protection-and-support&depth=0')).body.docs[0]
    const printOnly = (await api('editor', '/api/quotes?where[consent][equals]=print-only&where[slug][like]=g2-&depth=0&locale=en')).body.docs[0]
    const html = (await preview('editor', guide.id, 'en')).text
    // As a reader sees it: tags, entities and the typesetter's soft hyphens and word joiners aside.
    const text = html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(squash(text)).toContain(squash(printOnly.text).slice(0, 40))
    for (const value of Object.values(printOnly.internal ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 3)) expect(html).not.toContain(value)
  })

  it('refuses an unpublished guide with what to do', async () => {
    const draft = await api('editor', '/api/guides?locale=en', { method: 'POST', json: { slug: 'print-preview-draft', seriesNumber: 45, title: 'Not yet', year: 2026, phase: 'two', _status: 'draft' } })
    try {
      const refused = await preview('editor', draft.body.doc.id)
      expect(refused.status).toBe(409)
      expect(refused.text).toMatch(/not published yet.*Publish the guide, then preview it/)
    } finally {
      await api('admin', `/api/guides/${draft.body.doc.id}`, { method: 'DELETE' })
    }
  })
})

describe('in the admin panel', () => {
  it('shows the chapter’s print edition in the Thai translator’s sidebar, and opens the preview at the chapter', async () => {
    browser = await launchBrowser()
    const errors: string[] = []
    const page = await pageAs(browser, 'translator-th', { errors })
    await page.goto(`${baseUrl()}/admin/collections/chapters/${chapterId}?locale=th`, { waitUntil: 'networkidle0', timeout: 60_000 })
    await page.waitForSelector('.print-edition-field[data-print-state="current"]', { timeout: 30_000 })
    const text = await page.$eval('.print-edition-field', (e) => e.textContent ?? '')
    expect(text).toMatch(/Print edition \(.*\)Current\./)
    const download = await page.$eval('.print-edition-download', (a) => (a as HTMLAnchorElement).href)
    expect((await fetch(download)).status).toBe(200)
    const previewHref = await page.$eval('.print-edition-preview', (a) => (a as HTMLAnchorElement).href)
    expect(previewHref).toBe(`${baseUrl()}/api/guides/${guideId}/print-preview?locale=th#chapter-drill`)
    const previewPage = await pageAs(browser, 'translator-th')
    const response = await previewPage.goto(previewHref, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    expect(await previewPage.$eval('#chapter-drill', (h) => h.textContent)).toBe('Drill chapter')
    expect(errors).toEqual([])
  })

  it('previews a Thai guide as it prints: labels without letter-spacing or capitals, emphasis and quotes upright', async () => {
    browser ??= await launchBrowser()
    const guide = (await api('public', '/api/guides?where[slug][equals]=victim-identification&depth=0')).body.docs[0]
    const page = await pageAs(browser, 'editor')
    try {
      await page.goto(`${baseUrl()}/api/guides/${guide.id}/print-preview?locale=th`, { waitUntil: 'load' })
      const styles = await page.$$eval('.part-label, .cover .series, .quote .words, em, .notepad .prompt', (elements) =>
        elements.map((el) => {
          const style = getComputedStyle(el)
          return { element: `${el.tagName.toLowerCase()}.${el.className}`, letterSpacing: style.letterSpacing, textTransform: style.textTransform, fontStyle: style.fontStyle }
        }),
      )
      for (const kind of ['p.part-label', 'p.series', 'p.words', 'em.']) expect(styles.some((s) => s.element.startsWith(kind)), kind).toBe(true)
      for (const style of styles) {
        expect(['normal', '0px'], style.element).toContain(style.letterSpacing)
        expect(style, style.element).toMatchObject({ textTransform: 'none', fontStyle: 'normal' })
      }
    } finally {
      await page.close()
    }
  })
})
