// The delivery API as a downstream site uses it, over HTTP against the running server: one request
// per guide in any locale, validated against the OpenAPI document; caching, compression, locale
// negotiation, errors, CORS; and a withdrawal, unpublish or deletion gone from it at once.
import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiDocument } from '../../src/delivery/openapi'
import { localeCodes } from '../../src/i18n/locales'
import { api, baseUrl } from '../helpers/api'
import { db } from '../helpers/db'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver'

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema({ $id: 'https://guidepress.local/delivery', components: openApiDocument.components })

/** Fails with the schema's complaints when a body does not match its OpenAPI schema. */
function expectSchema(name: keyof typeof openApiDocument.components.schemas, body: unknown) {
  const validate = ajv.getSchema(`https://guidepress.local/delivery#/components/schemas/${name}`)!
  const valid = validate(body)
  expect(valid, `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true)
}

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request without fetch's automatic decompression, so encodings and bytes are seen as sent. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl()}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject).end()
  })
}

async function delivery(path: string, headers: Record<string, string> = {}) {
  const res = await raw(`/delivery/v1${path}`, headers)
  const encoding = res.headers['content-encoding']
  const text = (encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body).toString('utf8')
  const body = text ? JSON.parse(text) : undefined
  if (res.status === 200) expectSchema(path.startsWith('/guides/') ? 'Guide' : path.startsWith('/guides') ? 'GuideList' : path.startsWith('/glossary') ? 'Glossary' : path.startsWith('/legal-instruments') ? 'LegalInstrumentList' : 'Error', body)
  else if (res.status !== 304) expectSchema('Error', body)
  return { ...res, text, json: body as any }
}

const SLUG = 'victim-identification'

describe('one request per guide', () => {
  it('lists the series in order with each locale’s current PDF', async () => {
    const res = await delivery('/guides?locale=th')
    expect(res.status).toBe(200)
    expect(res.headers['content-language']).toBe('th')
    const guides = res.json.guides
    expect(guides.length).toBeGreaterThanOrEqual(6)
    expect(guides.map((g: any) => g.seriesNumber)).toEqual([...guides.map((g: any) => g.seriesNumber)].sort((a, b) => a - b))
    const first = guides.find((g: any) => g.slug === SLUG)
    expect(first.locale).toBe('th')
    expect(first.url).toMatch(new RegExp(`/delivery/v1/guides/${SLUG}\\?locale=th$`))
    expect(first.editions.map((e: any) => e.locale).sort()).toEqual([...localeCodes].sort())
    const thaiPdf = first.editions.find((e: any) => e.locale === 'th')
    const pdf = await fetch(`${baseUrl()}${new URL(thaiPdf.url).pathname}`)
    expect(pdf.status).toBe(200)
    expect(Buffer.from(await pdf.arrayBuffer()).length).toBe(thaiPdf.bytes)
  })

  it('returns a whole guide in Thai: chapters in order as HTML and JSON, quotes and exercises inline, instruments and glossary', async () => {
    const res = await delivery(`/guides/${SLUG}?locale=th`)
    expect(res.status).toBe(200)
    const guide = res.json
    const rest = (await api('public', `/api/guides?where[slug][equals]=${SLUG}&locale=th&depth=0`)).body.docs[0]
    expect(guide.title).toBe(rest.title)
    const chapters = (await api('public', `/api/chapters?where[guide][equals]=${rest.id}&locale=th&sort=order&depth=0&limit=100`)).body.docs
    expect(guide.chapters.map((c: any) => c.title)).toEqual(chapters.map((c: any) => c.title))
    for (const chapter of guide.chapters) expect(chapter.html.length, chapter.slug).toBeGreaterThan(100)
    const blocks = guide.chapters.flatMap((c: any) => JSON.stringify(c.body).match(/"blockType":"(\w+)"/g) ?? [])
    expect(blocks).toContain('"blockType":"survivorQuote"')
    expect(blocks).toContain('"blockType":"exercise"')
    expect(res.text).toMatch(/<blockquote>/)
    expect(guide.legalInstruments.length).toBeGreaterThan(0)
    expect(guide.glossary.length).toBeGreaterThan(0)
    expect(guide.pdf.locale).toBe('th')
    expect(Array.isArray(guide.fellBackToEnglish)).toBe(true)
  })

  it('never carries a quote’s internal fields or one without consent', async () => {
    const staff = (await api('editor', '/api/quotes?limit=200&depth=0&locale=en&draft=true')).body.docs as any[]
    const internal = staff.flatMap((q) => Object.values(q.internal ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 3))
    // Print-only quotes too: they are printed, never online.
    const unconsented = staff.filter((q) => q.consent !== 'granted').map((q) => q.text as string)
    expect(staff.filter((q) => q.consent === 'print-only').length).toBeGreaterThan(0)
    expect(internal.length).toBeGreaterThan(0)
    for (const locale of localeCodes) for (const slug of [SLUG, 'protection-and-support']) {
      const { text } = await delivery(`/guides/${slug}?locale=${locale}`)
      for (const value of internal) expect(text).not.toContain(value)
      for (const words of unconsented) expect(text).not.toContain(words)
      expect(text).not.toMatch(/sourceReference|interviewCode|consentRecord|editorialNotes|"consent"/)
    }
  })

  it('serves the glossary and the legal instruments in the asked locale', async () => {
    const glossary = await delivery('/glossary?locale=vi')
    expect(glossary.status).toBe(200)
    expect(glossary.json.locale).toBe('vi')
    expect(glossary.json.terms.length).toBeGreaterThan(5)
    const instruments = await delivery('/legal-instruments?locale=id')
    expect(instruments.status).toBe(200)
    expect(instruments.json.legalInstruments.map((i: any) => i.year)).toEqual([...instruments.json.legalInstruments.map((i: any) => i.year)].sort((a, b) => a - b))
  })

  it('serves its own OpenAPI document', async () => {
    const res = await fetch(`${baseUrl()}/delivery/v1/openapi.json`)
    expect(res.status).toBe(200)
    expect((await res.json()).openapi).toBe('3.1.0')
  })
})

describe('caching and compression', () => {
  it('answers 304 to its ETag, with a short max-age, stale-while-revalidate and purge keys', async () => {
    const first = await delivery(`/guides/${SLUG}?locale=vi`)
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/)
    expect(first.headers['cache-control']).toMatch(/stale-while-revalidate=\d+/)
    expect(first.headers['surrogate-key']).toBe(`delivery delivery-guide-${SLUG} delivery-guide-${SLUG}-vi`)
    // Twice: the first may be answered by Next, the second from the server's memory.
    for (let i = 0; i < 2; i++) {
      const again = await delivery(`/guides/${SLUG}?locale=vi`, { 'if-none-match': etag })
      expect(again.status).toBe(304)
      expect(again.body.length).toBe(0)
      expect(again.headers.etag).toBe(etag)
    }
    expect((await delivery(`/guides/${SLUG}?locale=vi`, { 'if-none-match': '"stale"' })).status).toBe(200)
  })

  it('compresses with brotli or gzip as asked, to the same JSON', async () => {
    const plain = await delivery(`/guides/${SLUG}?locale=en`)
    const br = await delivery(`/guides/${SLUG}?locale=en`, { 'accept-encoding': 'gzip, br' })
    const gz = await delivery(`/guides/${SLUG}?locale=en`, { 'accept-encoding': 'gzip' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(br.headers['content-encoding']).toBe('br')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(br.text).toBe(plain.text)
    expect(gz.text).toBe(plain.text)
    expect(br.body.length).toBeLessThan(plain.body.length / 4)
    expect(String(br.headers.vary)).toMatch(/Accept-Encoding/)
  })
})

describe('locales and errors', () => {
  it('takes the locale from Accept-Language, else English, and says which it used', async () => {
    const thai = await delivery(`/guides/${SLUG}`, { 'accept-language': 'th-TH,th;q=0.9,en;q=0.5' })
    expect(thai.json.locale).toBe('th')
    expect(thai.headers['content-language']).toBe('th')
    const none = await delivery(`/guides/${SLUG}`)
    expect(none.json.locale).toBe('en')
    const french = await delivery('/guides', { 'accept-language': 'fr' })
    expect(french.json.locale).toBe('en')
  })

  it('answers one error shape: 400 for an unknown locale, 404 for an unknown guide or path, 405 for writes', async () => {
    const locale = await delivery(`/guides/${SLUG}?locale=fr`)
    expect(locale.status).toBe(400)
    expect(locale.json.error).toMatchObject({ status: 400, code: 'UnknownLocale' })
    expect(locale.json.error.message).toContain('en, id, ms, vi, th')
    const guide = await delivery('/guides/no-such-guide?locale=th')
    expect(guide.status).toBe(404)
    expect(guide.json.error.code).toBe('GuideNotFound')
    const path = await delivery('/chapters')
    expect(path.status).toBe(404)
    expect(path.json.error.message).toContain('openapi.json')
    const post = await raw('/delivery/v1/guides', { 'content-type': 'application/json' }, 'POST')
    expect(post.status).toBe(405)
    expect(JSON.parse(post.body.toString()).error.code).toBe('MethodNotAllowed')
  })

  it('allows CORS for the configured origins only', async () => {
    const allowed = await raw('/delivery/v1/guides', { origin: 'https://partner.example.org' })
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.org')
    const other = await raw('/delivery/v1/guides', { origin: 'https://elsewhere.example.com' })
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('a withdrawal, unpublish or deletion leaves the delivery API at once', () => {
  const DRILL = 'delivery-drill'
  let guideId: number
  let chapterIds: number[] = []
  let quoteId: number
  let receiver: Receiver
  let endpointId: number
  const marker = 'Marigoldstone'
  const state = (children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
  const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 })

  /** Every locale's answer, asked several times so both the Next handler and the in-memory fast path answer. */
  async function everyAnswer(): Promise<string[]> {
    const texts: string[] = []
    for (const locale of localeCodes) for (let i = 0; i < 3; i++) texts.push((await delivery(`/guides/${DRILL}?locale=${locale}`)).text)
    texts.push((await delivery('/guides?locale=en')).text)
    return texts
  }

  beforeAll(async () => {
    await db().execute('DELETE FROM payload_jobs')
    const guide = await api('editor', '/api/guides?locale=en', { method: 'POST', json: { slug: DRILL, seriesNumber: 42, title: 'Delivery drill', year: 2026, phase: 'one', _status: 'published' } })
    expect(guide.status, JSON.stringify(guide.body)).toBe(201)
    guideId = guide.body.doc.id
    const quote = await api('editor', '/api/quotes?locale=en', {
      method: 'POST',
      json: { slug: 'delivery-drill-quote', text: `The ${marker} bus ticket was all I had left.`, attribution: 'Drill person, invented for this test', consent: 'granted', illustrative: true, _status: 'published' },
    })
    expect(quote.status, JSON.stringify(quote.body)).toBe(201)
    quoteId = quote.body.doc.id
    for (const [order, slug] of [[1, 'drill-one'], [2, 'drill-two']] as const) {
      const body = state([paragraph(`Chapter ${slug} of the drill.`), { type: 'block', format: '', version: 2, fields: { id: `000000000000000000${order}a`, blockName: '', blockType: 'survivorQuote', quote: quoteId } }])
      const chapter = await api('editor', '/api/chapters?locale=en', { method: 'POST', json: { slug, guide: guideId, order, part: 'introduction', title: `Drill ${slug}`, body, _status: 'published' } })
      expect(chapter.status, JSON.stringify(chapter.body)).toBe(201)
      chapterIds.push(chapter.body.doc.id)
    }
    const run = await api('editor', '/api/payload-jobs/run?queue=publishing&limit=20')
    expect(run.status).toBe(200)
    // A downstream site listening for withdrawals and updates, registered once the drill guide is published.
    receiver = await startReceiver()
    const endpoint = await api('editor', '/api/webhook-endpoints', { method: 'POST', json: { url: receiver.url, events: ['content.withdrawn', 'guide.updated'], description: 'Delivery drill site' } })
    expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201)
    receiver.secret = endpoint.body.doc.secret
    endpointId = endpoint.body.doc.id
  }, 300_000)

  afterAll(async () => {
    if (endpointId) await api('editor', `/api/webhook-endpoints/${endpointId}`, { method: 'DELETE' })
    await receiver?.close()
    for (const id of chapterIds) await api('admin', `/api/chapters/${id}`, { method: 'DELETE' })
    if (guideId) await api('admin', `/api/guides/${guideId}`, { method: 'DELETE' })
    if (quoteId) await api('admin', `/api/quotes/${quoteId}?trash=false`, { method: 'DELETE' })
    await db().execute('DELETE FROM payload_jobs')
  })

  it('serves the drill guide with its quote in every locale once published', async () => {
    for (const text of (await everyAnswer()).slice(0, -1)) expect(text).toContain(marker)
  })

  it('drops a quote whose consent is withdrawn before the rebuild, even to a client holding the old ETag', async () => {
    const before = await delivery(`/guides/${DRILL}?locale=th`)
    const res = await api('editor', `/api/quotes/${quoteId}`, { method: 'PATCH', json: { consent: 'withdrawn' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    // No queue run: the rebuild has not happened.
    for (const text of await everyAnswer()) expect(text).not.toContain(marker)
    const revalidated = await delivery(`/guides/${DRILL}?locale=th`, { 'if-none-match': before.headers.etag as string })
    expect(revalidated.status).toBe(200)
    expect(revalidated.text).not.toContain(marker)
    expect(revalidated.json.chapters).toHaveLength(2)
  })

  it('then tells the site, signed: content.withdrawn names the guide and its locales (never the words), guide.updated carries the new ETag', async () => {
    for (let i = 0; i < 40 && !receiver.received.some((r) => r.event?.type === 'content.withdrawn'); i++) {
      expect((await api('editor', '/api/payload-jobs/run?queue=webhooks')).status).toBe(200)
      await new Promise((r) => setTimeout(r, 250))
    }
    for (const r of receiver.received) expect(r.error, 'every request verifies with the endpoint secret').toBeUndefined()
    const withdrawn = receiver.received.filter((r) => r.event?.type === 'content.withdrawn')
    expect(withdrawn).toHaveLength(1)
    expect(withdrawn[0].event!.data.editions.filter((e: any) => e.guide === DRILL).map((e: any) => e.locale).sort()).toEqual([...localeCodes].sort())
    for (const r of receiver.received) {
      expect(r.body).not.toContain(marker)
      expect(r.body).not.toContain(`"quote"`)
    }
    const updated = receiver.received.filter((r) => r.event?.type === 'guide.updated' && r.event.data.guide === DRILL)
    expect(updated.map((r) => r.event!.data.locale).sort()).toEqual([...localeCodes].sort())
    for (const r of updated) {
      const now = await delivery(`/guides/${DRILL}?locale=${r.event!.data.locale}`)
      expect(now.headers.etag).toBe(r.event!.data.etag)
      expect(r.event!.data.url).toMatch(new RegExp(`/delivery/v1/guides/${DRILL}\\?locale=${r.event!.data.locale}$`))
    }
  })

  it('drops an unpublished chapter at once', async () => {
    const res = await api('editor', `/api/chapters/${chapterIds[1]}?locale=en`, { method: 'PATCH', json: { _status: 'draft' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    for (const locale of localeCodes) expect((await delivery(`/guides/${DRILL}?locale=${locale}`)).json.chapters.map((c: any) => c.slug)).toEqual(['drill-one'])
  })

  it('answers 404 for a guide once it is unpublished', async () => {
    const res = await api('editor', `/api/guides/${guideId}?locale=en`, { method: 'PATCH', json: { _status: 'draft' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    for (const locale of localeCodes) {
      for (let i = 0; i < 2; i++) {
        const gone = await delivery(`/guides/${DRILL}?locale=${locale}`)
        expect(gone.status).toBe(404)
        expect(gone.json.error.code).toBe('GuideNotFound')
      }
    }
    expect((await delivery('/guides?locale=en')).json.guides.map((g: any) => g.slug)).not.toContain(DRILL)
  })
})
