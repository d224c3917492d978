// The press edition inside the pipeline, over HTTP against the running server: a guide with the
// "Press edition" setting gets a PDF/X interior and cover beside each screen edition; editors
// download them, nobody else can; a withdrawn quote takes the press files down with the rest.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it, inject } from 'vitest'
import { localeCodes } from '../../src/i18n/locales'
import { api, baseUrl, tokenFor } from '../helpers/api'
import { db } from '../helpers/db'
import { run, squash } from '../helpers/pdf'

const SLUG = 'press-drill'
const marker = 'Quillbarrow'
let guideId: number
let quoteId: number

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' })
const quoteBlock = (quote: number) => ({ type: 'block', format: '', version: 2, fields: { id: '0000000000000000000000aa', blockName: '', blockType: 'survivorQuote', quote } })
const state = (children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })

async function runQueue() {
  const res = await api('editor', '/api/payload-jobs/run?queue=publishing&limit=20')
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

const current = async () =>
  ((await api('editor', `/api/publications?where[guide][equals]=${guideId}&where[status][equals]=current&depth=0&limit=20`)).body.docs as any[]).sort((a, b) => a.locale.localeCompare(b.locale))

async function download(id: number | string, part: string, role: 'editor' | 'public' | 'translator-th' = 'editor') {
  const token = role === 'public' ? undefined : await tokenFor(role)
  const res = await fetch(`${baseUrl()}/api/publications/${id}/press/${part}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
  const body = Buffer.from(await res.arrayBuffer())
  return { status: res.status, type: res.headers.get('content-type'), body }
}

const onDisk = (relativePath: string) => path.join(inject('publicationsDir'), relativePath)

beforeAll(async () => {
  await db().execute('DELETE FROM payload_jobs')
  const quote = await api('editor', '/api/quotes?locale=en', {
    method: 'POST',
    json: { slug: 'press-drill-quote', text: `The ${marker} ferry left without us.`, attribution: 'Drill person, invented for this test', consent: 'granted', illustrative: true, _status: 'published' },
  })
  expect(quote.status, JSON.stringify(quote.body)).toBe(201)
  quoteId = quote.body.doc.id
  const guide = await api('editor', '/api/guides?locale=en', { method: 'POST', json: { slug: SLUG, seriesNumber: 43, title: 'Press drill', year: 2026, phase: 'one', pressEdition: true, _status: 'published' } })
  expect(guide.status, JSON.stringify(guide.body)).toBe(201)
  guideId = guide.body.doc.id
  const chapter = await api('editor', '/api/chapters?locale=en', {
    method: 'POST',
    json: { slug: 'press-drill-introduction', guide: guideId, order: 1, part: 'introduction', title: 'Press drill', body: state([paragraph('A chapter for the press drill.'), quoteBlock(quoteId)]), _status: 'published' },
  })
  expect(chapter.status, JSON.stringify(chapter.body)).toBe(201)
  await runQueue()
}, 600_000)

describe('a guide with the press edition setting', () => {
  it('gets a PDF/X-3 interior and cover spread beside each screen edition, with the quote printed', async () => {
    const editions = await current()
    expect(editions.map((e) => e.locale)).toEqual([...localeCodes].sort())
    for (const edition of editions) {
      expect(edition.press, edition.locale).toMatchObject({ interior: { fileName: expect.stringMatching(/-press-[0-9a-f]{12}\.pdf$/) }, cover: { fileName: expect.stringMatching(/-press-cover-[0-9a-f]{12}\.pdf$/) } })
      expect(edition.press.pages).toBeGreaterThan(2)
      expect(edition.press.spineMm).toBeGreaterThan(0)
    }
    const en = editions.find((e) => e.locale === 'en')
    const interior = await download(en.id, 'interior')
    expect(interior.status).toBe(200)
    expect(interior.type).toBe('application/pdf')
    const file = onDisk(en.press.interior.relativePath)
    expect(run('qpdf', ['--show-object=trailer', file]) + run('qpdf', ['--json=1', '--json-key=objects', file])).toContain('PDF/X-3:2002')
    const boxes = run('pdfinfo', ['-box', '-f', '1', '-l', '1', file])
    const trim = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(boxes)!.slice(1).map(Number)
    expect(Math.round(trim[2] - trim[0])).toBe(595)
    expect(Math.round(trim[3] - trim[1])).toBe(842)
    expect(squash(run('pdftotext', [file, '-']))).toContain(marker)
    const cover = await download(en.id, 'cover')
    expect(cover.status).toBe(200)
    expect(cover.body.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('lets only editors download it, and never serves it at a public address', async () => {
    const en = (await current()).find((e) => e.locale === 'en')
    expect((await download(en.id, 'interior', 'public')).status).toBe(401)
    expect((await download(en.id, 'cover', 'translator-th')).status).toBe(403)
    const unknown = await download(en.id, 'spine')
    expect(unknown.status).toBe(404)
    expect(unknown.body.toString()).toMatch(/ask for interior or cover/)
    const publicView = (await api('public', `/api/publications/${en.id}?depth=0`)).body
    expect(publicView).not.toHaveProperty('press')
    for (const name of [en.press.interior.fileName, en.press.cover.fileName]) expect((await fetch(`${baseUrl()}/publications/${SLUG}/${name}`)).status).toBe(404)
  })

  it('is taken down with the screen edition when a quote it printed is withdrawn, and made again without it', async () => {
    const before = await current()
    const files = before.flatMap((e) => [e.press.interior.relativePath, e.press.cover.relativePath])
    for (const file of files) expect(existsSync(onDisk(file)), file).toBe(true)
    const withdrawn = await api('editor', `/api/quotes/${quoteId}`, { method: 'PATCH', json: { consent: 'withdrawn' } })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    for (const file of files) expect(existsSync(onDisk(file)), `${file} still on disk`).toBe(false)
    expect((await download(before[0].id, 'interior')).status).toBe(410)
    await runQueue()
    const after = await current()
    expect(after.map((e) => e.locale)).toEqual([...localeCodes].sort())
    for (const edition of after) {
      expect(edition.press?.interior?.relativePath, edition.locale).toBeDefined()
      expect(squash(run('pdftotext', [onDisk(edition.press.interior.relativePath), '-']))).not.toContain(marker)
    }
  }, 600_000)
})
