// The withdrawal drill, end to end over HTTP against the running server: a quote placed in a
// published guide is printed in every language; a translator saves a Thai draft of it; then the
// editor withdraws consent (or deletes, unpublishes or trashes the quote). At once, and after the
// rebuild, no PDF on disk, no public URL, no API answer to the public or a translator, and no
// XLIFF export holds its words.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'
import { localeCodes } from '../../src/i18n/locales'
import { api, baseUrl, graphql, type Role } from '../helpers/api'
import { db } from '../helpers/db'
import { run, squash } from '../helpers/pdf'

const GUIDE = 'recovery-and-reintegration'
let guideId: number
let chapterId: number | undefined

/** Every PDF below the publications folder, whatever its record says. */
function pdfsOnDisk(dir = inject('publicationsDir')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? pdfsOnDisk(full) : name.endsWith('.pdf') ? [full] : []
  })
}

const textOf = (file: string) => squash(run('pdftotext', [file, '-']))

async function runQueue() {
  const res = await api('editor', '/api/payload-jobs/run?queue=publishing&limit=20')
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

async function publicationsOfGuide(role: Role = 'editor') {
  return (await api(role, `/api/publications?where[guide][equals]=${guideId}&depth=0&limit=200&sort=-builtAt`)).body.docs as any[]
}

const currentByLocale = async () => Object.fromEntries((await publicationsOfGuide()).filter((p) => p.status === 'current').map((p) => [p.locale, p]))

const emptyState = (children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' })
const quoteBlock = (quote: number) => ({ type: 'block', format: '', version: 2, fields: { id: `${'0'.repeat(20)}${String(quote).padStart(4, '0')}`, blockName: '', blockType: 'survivorQuote', quote } })

/** Creates a consented quote with a unique marker word and places it, in every language, in a chapter of the guide. */
async function placePrintedQuote(marker: string): Promise<number> {
  const created = await api('editor', '/api/quotes?locale=en', {
    method: 'POST',
    json: { slug: `drill-${marker.toLowerCase()}`, text: `I kept the ${marker} receipt folded in my shoe for two years.`, attribution: 'Drill person, invented for this test', consent: 'granted', illustrative: true, _status: 'published' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const quoteId = created.body.doc.id
  const body = emptyState([paragraph(`A chapter that places a drill quote.`), quoteBlock(quoteId)])
  if (chapterId === undefined) {
    const chapter = await api('editor', '/api/chapters?locale=en', { method: 'POST', json: { slug: 'withdrawal-drill', guide: guideId, order: 950, part: 'other', title: 'Withdrawal drill', body, _status: 'published' } })
    expect(chapter.status, JSON.stringify(chapter.body)).toBe(201)
    chapterId = chapter.body.doc.id
  }
  for (const locale of localeCodes) {
    const res = await api('editor', `/api/chapters/${chapterId}?locale=${locale}`, { method: 'PATCH', json: { title: 'Withdrawal drill', body, _status: 'published' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  await runQueue()
  const current = await currentByLocale()
  expect(Object.keys(current).sort()).toEqual([...localeCodes].sort())
  for (const locale of localeCodes) {
    expect(current[locale].printedQuotes.map(String)).toContain(String(quoteId))
    const file = path.join(inject('publicationsDir'), GUIDE, current[locale].fileName)
    expect(textOf(file), `${locale} edition prints the quote`).toContain(marker)
  }
  return quoteId
}

/** The translator saves a Thai draft of the quote, as they would while translating it. */
async function translatorDrafts(quoteId: number, marker: string) {
  const res = await api('translator-th', `/api/quotes/${quoteId}?locale=th&draft=true`, { method: 'PATCH', json: { text: `ฉันเก็บใบเสร็จ ${marker} ไว้ในรองเท้า` } })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

/**
 * Nothing the public can reach holds the quote's words or its id; nor anything a translator can,
 * unless the quote may still be translated (an unpublished quote whose consent stands is a draft
 * that translators keep working on, so `translators` is false for it).
 */
async function expectGoneEverywhere(quoteId: number, marker: string, urls: string[], { translators = true } = {}) {
  for (const file of pdfsOnDisk()) expect(textOf(file).includes(marker), `${path.basename(file)} still prints the quote`).toBe(false)
  for (const url of urls) {
    const res = await fetch(`${baseUrl()}${new URL(url).pathname}`)
    expect(res.status, url).toBe(410)
    expect(res.headers.get('cache-control')).toBe('no-store')
  }
  for (const role of translators ? (['public', 'translator-th'] as const) : (['public'] as const)) {
    expect((await api(role, `/api/quotes/${quoteId}?locale=all`)).status, role).toBe(404)
    expect((await api(role, `/api/quotes/${quoteId}?draft=true&locale=th`)).status, role).toBe(404)
    const lists = [
      await api(role, `/api/quotes?limit=200&depth=0&locale=all&draft=true`),
      await api(role, `/api/quotes/versions?limit=200&depth=0&locale=all&where[parent][equals]=${quoteId}`),
      await api(role, `/api/chapters/${chapterId}?depth=2&locale=all`),
      await graphql(role, `{ Quotes(limit: 200, draft: true, locale: all) { docs { id text } } }`),
      await graphql(role, `query ($id: Int!) { Quote(id: $id, draft: true) { text } }`, { id: quoteId }),
    ]
    for (const res of lists) expect(JSON.stringify(res.body), role).not.toContain(marker)
  }
  const publicChapter = await api('public', `/api/chapters/${chapterId}?depth=0&locale=all`)
  expect(publicChapter.status).toBe(200)
  expect(JSON.stringify(publicChapter.body)).not.toMatch(new RegExp(`"quote":${quoteId}\\b`))
  for (const role of translators ? (['translator-th', 'editor'] as const) : []) {
    const xliff = await api(role, `/api/xliff/export?guide=${GUIDE}&locale=th`)
    expect(xliff.status).toBe(200)
    expect(String(xliff.body)).not.toContain(marker)
  }
}

async function drill(marker: string, takeAway: (quoteId: number) => Promise<void>, options?: { translators: boolean }) {
  const quoteId = await placePrintedQuote(marker)
  await translatorDrafts(quoteId, marker)
  const printedUrls = Object.values(await currentByLocale()).map((p: any) => p.url)
  // SQLite reuses the id of a deleted quote, so older records may name this id: only files still on disk count.
  const printing = (await publicationsOfGuide()).filter((p) => !p.fileRemovedAt && (p.printedQuotes ?? []).map(String).includes(String(quoteId)))
  expect(printing.filter((p) => p.status === 'current')).toHaveLength(localeCodes.length)
  await takeAway(quoteId)

  // At once, before any rebuild: no current edition printed it, and no file on disk holds it.
  const after = new Map((await publicationsOfGuide()).map((p) => [p.id, p]))
  for (const p of printing) {
    expect(after.get(p.id).status).toBe(p.status === 'current' ? 'withdrawn' : p.status)
    expect(after.get(p.id).fileRemovedAt).toBeTruthy()
  }
  await expectGoneEverywhere(quoteId, marker, printedUrls, options)

  // The rebuild brings back a current edition in every language, without the quote.
  await runQueue()
  const current = await currentByLocale()
  expect(Object.keys(current).sort()).toEqual([...localeCodes].sort())
  for (const p of Object.values(current) as any[]) {
    expect(p.printedQuotes.map(String)).not.toContain(String(quoteId))
    const res = await fetch(`${baseUrl()}${new URL(p.url).pathname}`)
    expect(res.status).toBe(200)
    // Read to the end: an unread PDF keeps its connection busy until the server's 30 s deadline cuts it.
    await res.arrayBuffer()
    expect(squash(run('pdftotext', [path.join(inject('publicationsDir'), GUIDE, p.fileName), '-']))).toContain('Withdrawaldrill')
  }
  await expectGoneEverywhere(quoteId, marker, printedUrls, options)
}

beforeAll(async () => {
  guideId = (await api('editor', `/api/guides?where[slug][equals]=${GUIDE}&depth=0`)).body.docs[0].id
  // Other test files leave queued jobs behind; the drill runs the queue itself.
  await db().execute('DELETE FROM payload_jobs')
})

afterAll(async () => {
  if (chapterId !== undefined) await api('admin', `/api/chapters/${chapterId}`, { method: 'DELETE' })
  await runQueue()
})

describe('a survivor quote leaves every output at once', () => {
  it('when the editor withdraws consent in a draft save, while a translator has a Thai draft of it', async () => {
    await drill('Quillfeather', async (id) => {
      const res = await api('editor', `/api/quotes/${id}?draft=true`, { method: 'PATCH', json: { consent: 'withdrawn' } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    })
  })

  it('when the quote is deleted', async () => {
    await drill('Marrowgate', async (id) => {
      expect((await api('editor', `/api/quotes/${id}`, { method: 'DELETE' })).status).toBe(200)
    })
  })

  it('when the quote is unpublished', async () => {
    await drill('Thistledown', async (id) => {
      const res = await api('editor', `/api/quotes/${id}`, { method: 'PATCH', json: { _status: 'draft' } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }, { translators: false })
  })

  it('when the quote is moved to the trash', async () => {
    await drill('Brackenfold', async (id) => {
      const res = await api('editor', `/api/quotes/${id}`, { method: 'PATCH', json: { deletedAt: new Date().toISOString() } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    })
  })
})

describe('the withdrawal backstop', () => {
  it('takes down an edition whose quote lost consent behind Payload\'s back, on the next publishing run', async () => {
    const marker = 'Cindermoss'
    const quoteId = await placePrintedQuote(marker)
    const printedUrls = Object.values(await currentByLocale()).map((p: any) => p.url)
    // A write that no hook sees (a database tool, a restore): only the sweep can catch it.
    await db().execute({ sql: 'UPDATE quotes SET consent = ? WHERE id = ?', args: ['withdrawn', quoteId] })
    await db().execute({ sql: 'UPDATE _quotes_v SET version_consent = ? WHERE parent_id = ?', args: ['withdrawn', quoteId] })
    await api('editor', `/api/chapters/${chapterId}?locale=en`, { method: 'PATCH', json: { title: 'Withdrawal drill', _status: 'published' } })
    await runQueue()
    await expectGoneEverywhere(quoteId, marker, printedUrls)
  })
})

describe('a guide taken off the series', () => {
  it('stops serving its PDFs when it is unpublished, and prints them again when it is republished', async () => {
    const before = Object.values(await currentByLocale()) as any[]
    expect(before).toHaveLength(localeCodes.length)
    const unpublished = await api('editor', `/api/guides/${guideId}`, { method: 'PATCH', json: { _status: 'draft' } })
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    expect(await currentByLocale()).toEqual({})
    expect((await api('public', `/api/publications?where[guide][equals]=${guideId}`)).body.totalDocs).toBe(0)
    for (const p of before) expect((await fetch(`${baseUrl()}${new URL(p.url).pathname}`)).status).toBe(410)

    expect((await api('editor', `/api/guides/${guideId}`, { method: 'PATCH', json: { _status: 'published' } })).status).toBe(200)
    await runQueue()
    const after = Object.values(await currentByLocale()) as any[]
    expect(after).toHaveLength(localeCodes.length)
    for (const p of after) expect((await fetch(`${baseUrl()}${new URL(p.url).pathname}`)).status).toBe(200)
  })
})

describe('published files', () => {
  it('serve the current edition with a short, revalidated cache and purge keys, and 304 on a matching ETag', async () => {
    const current = (await api('public', `/api/publications?where[locale][equals]=en&where[kind][equals]=guide&limit=1&depth=0`)).body.docs[0]
    const url = `${baseUrl()}${new URL(current.url).pathname}`
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    expect(res.headers.get('cache-control')).not.toMatch(/immutable/)
    expect(res.headers.get('etag')).toBe(`"${current.sha256}"`)
    expect(res.headers.get('surrogate-key')).toMatch(/publications-[a-z-]+-en/)
    expect((await fetch(url, { headers: { 'if-none-match': `"${current.sha256}"` } })).status).toBe(304)
  })

  it('answer 410 for a superseded edition to the public, and let editors download it from the API', async () => {
    const superseded = (await api('editor', `/api/publications?where[status][equals]=superseded&where[fileRemovedAt][exists]=false&limit=1&depth=0`)).body.docs[0]
    expect(superseded).toBeDefined()
    expect((await fetch(`${baseUrl()}${new URL(superseded.url).pathname}`)).status).toBe(410)
    expect((await api('public', `/api/publications/${superseded.id}/file`)).status).toBe(401)
    expect((await api('translator-th', `/api/publications/${superseded.id}/file`)).status).toBe(403)
    const token = (await (await fetch(`${baseUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'editor@guidepress.local', password: inject('password') }) })).json()).token
    const download = await fetch(`${baseUrl()}/api/publications/${superseded.id}/file`, { headers: { authorization: `JWT ${token}` } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('hide the quotes each edition printed, its build details and work lists from the public', async () => {
    const res = await api('public', '/api/publications?limit=100&depth=0')
    expect(res.body.docs.length).toBeGreaterThan(0)
    for (const doc of res.body.docs) for (const field of ['printedQuotes', 'untranslated', 'warnings', 'contentHash', 'tocPages', 'error']) expect(doc).not.toHaveProperty(field)
    expect((await api('public', '/api/publications?where[printedQuotes][exists]=true')).status).toBeGreaterThanOrEqual(400)
  })
})
