// Printed facilitator guides and their handouts: one of each per facilitator guide and locale,
// public while current, with true page numbers, the agenda, every session's plan, embedded fonts,
// tags and bookmarks, the survivor quotes they may print and nothing internal. A quote withdrawn
// takes the facilitator guide down at once, exactly like a practitioner guide's edition.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { thaiDictionary } from '../../src/publishing/render/typesetting'
import { api, baseUrl } from '../helpers/api'
import { lonelyHeadingWords, readBook, splitLists, splitThaiTerms, textTagging } from '../helpers/book'
import { startReceiver } from '../helpers/webhookReceiver'
import { fonts, outlineAndLang, pageTexts, pdfInfo, readingText, squash } from '../helpers/pdf'

const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-facilitator-'))
const locales = ['en', 'id', 'ms', 'vi', 'th']
const internalValues = /DEMO-G\d|interview set|Demo field study|Invented for guidepress demo content|no consent form/

let guides: any[] = []
let sessions: any[] = []
const cleanup: (() => Promise<unknown>)[] = []

async function current(kind: 'facilitator-guide' | 'handouts', id: number, locale: string) {
  const res = await api('public', `/api/publications?where[kind][equals]=${kind}&where[facilitatorGuide][equals]=${id}&where[locale][equals]=${locale}&depth=0`)
  expect(res.status).toBe(200)
  expect(res.body.docs.length, `${kind} ${id} ${locale}`).toBe(1)
  return res.body.docs[0]
}

async function download(record: any): Promise<string> {
  const res = await fetch(`${baseUrl()}${new URL(record.url).pathname}`)
  expect(res.status, record.url).toBe(200)
  const file = path.join(dir, record.fileName)
  writeFileSync(file, Buffer.from(await res.arrayBuffer()))
  return file
}

const runJobs = () => api('editor', '/api/payload-jobs/run?queue=publishing&limit=20')

beforeAll(async () => {
  guides = (await api('editor', '/api/facilitator-guides?limit=10&depth=0&sort=slug')).body.docs
  sessions = (await api('editor', '/api/training-sessions?limit=100&depth=0&sort=order&locale=all')).body.docs
})

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo()
})

describe('printed facilitator guides', () => {
  it('exist with their handouts for every facilitator guide in every locale', async () => {
    for (const guide of guides) for (const locale of locales) for (const kind of ['facilitator-guide', 'handouts'] as const) expect((await current(kind, guide.id, locale)).pages).toBeGreaterThan(0)
  })

  it.each([['en'], ['th'], ['vi']])('in %s: contents with true page numbers, every session and its steps, fonts embedded, tagged, bookmarked, set as the guides are', async (locale) => {
    for (const guide of guides) {
      const record = await current('facilitator-guide', guide.id, locale)
      const file = await download(record)
      const info = pdfInfo(file)
      expect(info.Tagged).toBe('yes')
      expect(info['Page size']).toMatch(/\(A4\)/)
      for (const font of fonts(file)) expect(font.embedded, font.name).toBe(true)
      // No synthetic italic: an agenda's breaks are italic in Latin scripts, upright in Thai. The
      // guides' other book checks hold too: no list item alone, no heading ending on a word alone,
      // no Thai term split between lines.
      expect(textTagging(file).slanted, 'pages with slanted text').toEqual([])
      expect(splitLists(file)).toEqual([])
      const book = readBook(file)
      expect(locale === 'th' ? splitThaiTerms(book, thaiDictionary([])) : lonelyHeadingWords(book)).toEqual([])
      const { titles, lang } = outlineAndLang(file)
      expect(lang).toBe(locale)
      const pages = pageTexts(file, record.pages)
      const tocPage = pages.findIndex((p) => p.split('\n').filter((l) => /\S\s+\d+\s*$/.test(l)).length >= 5)
      expect(tocPage).toBeGreaterThan(0)
      const own = sessions.filter((s) => s.facilitatorGuide === guide.id)
      for (const session of own) {
        const title = session.title[locale]
        expect(titles.map(squash), `bookmark ${title}`).toContain(squash(title))
        const line = pages[tocPage].split('\n').find((l) => squash(l).includes(squash(title).slice(0, 30)))
        expect(line, `contents line for ${title}`).toBeDefined()
        const number = Number(/(\d+)\s*$/.exec(line!)![1])
        expect(squash(pages[number - 1].split('\n').filter((l) => l.trim()).slice(1, 6).join('')), `${title} on page ${number}`).toContain(squash(title).slice(0, 30))
      }
      const text = squash(readingText(file))
      for (const step of own.flatMap((s: any) => s.activities.flatMap((a: any) => a.steps.map((x: any) => x.step[locale])))) expect(text).toContain(squash(step))
      expect(readingText(file)).not.toMatch(internalValues)
      // The agenda of a one-day course starts at 09:00.
      expect(text).toContain('09:00')
    }
  })

  it('prints the survivor quotes its activities draw on, and its handouts apart without any quote', async () => {
    for (const guide of guides) {
      const file = await download(await current('facilitator-guide', guide.id, 'en'))
      const quoteIds = [...new Set(sessions.filter((s) => s.facilitatorGuide === guide.id).flatMap((s: any) => s.activities.flatMap((a: any) => a.drawsOn.quotes ?? [])))]
      expect(quoteIds.length).toBeGreaterThan(0)
      const text = squash(readingText(file))
      for (const id of quoteIds) expect(text).toContain(squash((await api('public', `/api/quotes/${id}?locale=en`)).body.text).slice(0, 60))
      const handouts = await download(await current('handouts', guide.id, 'en'))
      const handoutText = squash(readingText(handouts))
      for (const id of quoteIds) expect(handoutText).not.toContain(squash((await api('public', `/api/quotes/${id}?locale=en`)).body.text).slice(0, 60))
      const caseStudies = [...new Set(sessions.filter((s) => s.facilitatorGuide === guide.id).flatMap((s: any) => s.activities.filter((a: any) => a.handout === 'case-study').map((a: any) => a.drawsOn.caseStudy)))]
      for (const id of caseStudies) expect(handoutText).toContain(squash((await api('public', `/api/case-studies/${id}?locale=en`)).body.title))
    }
  })
})

describe('a quote withdrawn from a facilitator guide', () => {
  it('takes its edition down at once, deletes the file, tells downstream sites, and the rebuild prints it without the quote', async () => {
    const receiver = await startReceiver()
    const endpoint = await api('editor', '/api/webhook-endpoints', { method: 'POST', json: { url: receiver.url, events: ['content.withdrawn'], description: 'Facilitator drill site' } })
    expect(endpoint.status).toBe(201)
    receiver.secret = endpoint.body.doc.secret
    cleanup.push(async () => {
      await api('editor', `/api/webhook-endpoints/${endpoint.body.doc.id}`, { method: 'DELETE' })
      await receiver.close()
    })
    const words = `Facilitator test testimony ${Date.now()}`
    const quote = await api('editor', '/api/quotes', { method: 'POST', json: { slug: `fg-quote-${Date.now()}`, text: words, attribution: 'Test person', consent: 'granted', _status: 'published' } })
    expect(quote.status).toBe(201)
    const quoteId = quote.body.doc.id
    cleanup.push(() => api('admin', `/api/quotes/${quoteId}`, { method: 'DELETE' }))
    const guide = guides[0]
    const session = (await api('editor', `/api/training-sessions?where[facilitatorGuide][equals]=${guide.id}&sort=order&limit=1&depth=0`)).body.docs[0]
    const activities = session.activities.map((a: any, i: number) => (i === 0 ? { ...a, drawsOn: { ...a.drawsOn, quotes: [...(a.drawsOn.quotes ?? []), quoteId] } } : a))
    expect((await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities } })).status).toBe(200)
    cleanup.push(async () => {
      await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities: session.activities } })
      await runJobs()
    })
    expect((await runJobs()).status).toBe(200)
    const printed = await current('facilitator-guide', guide.id, 'en')
    expect(squash(readingText(await download(printed)))).toContain(squash(words))
    const fileOnDisk = path.join(inject('publicationsDir'), guide.slug, printed.fileName)
    expect(existsSync(fileOnDisk)).toBe(true)

    expect((await api('editor', `/api/quotes/${quoteId}`, { method: 'PATCH', json: { consent: 'withdrawn', _status: 'published' } })).status).toBe(200)
    // At once, before any rebuild: not served, not on disk, not current.
    expect((await fetch(`${baseUrl()}${new URL(printed.url).pathname}`)).status).toBe(410)
    expect(existsSync(fileOnDisk)).toBe(false)
    expect((await api('editor', `/api/publications/${printed.id}?depth=0`)).body.status).toBe('withdrawn')
    // Sites that keep copies are told which facilitator guide to purge, in every language it printed the quote in.
    for (let i = 0; i < 40 && !receiver.received.some((r) => r.event?.type === 'content.withdrawn'); i++) {
      await api('editor', '/api/payload-jobs/run?queue=webhooks')
      await new Promise((r) => setTimeout(r, 250))
    }
    const notice = receiver.received.find((r) => r.event?.type === 'content.withdrawn')
    expect(notice?.error).toBeUndefined()
    expect(notice?.event?.data.facilitatorEditions.map((e: any) => e.facilitatorGuide)).toContain(guide.slug)
    expect(notice?.event?.data.facilitatorEditions.map((e: any) => e.locale).sort()).toEqual([...locales].sort())
    expect(notice?.body).not.toContain(words)

    expect((await runJobs()).status).toBe(200)
    const rebuilt = await current('facilitator-guide', guide.id, 'en')
    expect(rebuilt.id).not.toBe(printed.id)
    expect(squash(readingText(await download(rebuilt)))).not.toContain(squash(words))
  })
})
