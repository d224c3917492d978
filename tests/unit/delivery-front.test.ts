// The delivery API's HTTP front on a real HTTP server (no database, no Next): kept answers from
// memory, compressed as asked; one rate limit per address on both paths; CORS; writes refused.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentGeneration, remember } from '../../src/delivery/cache'
import { compressNextAnswers, deliveryFront } from '../../src/http/delivery'

let server: Server
let base: string
const body = JSON.stringify({ locale: 'th', terms: [{ term: 'การส่งต่อ', definition: 'x'.repeat(4000) }] })

beforeAll(async () => {
  const app = express()
  const front = deliveryFront({ origins: ['https://partner.example.org'], requestsPerMinute: 6, trust: () => false })
  app.use('/delivery/v1', front.router)
  // What Next would answer for anything the front passes on.
  app.use((_req, res) => void res.status(404).json({ passedOn: true }))
  server = createServer((req, res) => {
    if (!front.serveKept(req, res)) app(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await remember('glossary:th', { status: 200, etag: '"abc"', headers: { 'content-type': 'application/json; charset=utf-8', etag: '"abc"' }, body }, currentGeneration())
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the delivery front', () => {
  it('sends a kept answer from memory, brotli-compressed when asked, 304 for its ETag', async () => {
    const plain = await fetch(`${base}/delivery/v1/glossary?locale=th`, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.status).toBe(200)
    expect(await plain.text()).toBe(body)
    const br = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${base}/delivery/v1/glossary?locale=th`, { headers: { 'accept-encoding': 'br' } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }))
        }).on('error', reject),
      )
    })
    expect(br.encoding).toBe('br')
    expect(brotliDecompressSync(br.bytes).toString()).toBe(body)
    expect((await fetch(`${base}/delivery/v1/glossary?locale=th`, { headers: { 'if-none-match': '"abc"' } })).status).toBe(304)
  })

  it('passes on what it does not keep, refuses writes and answers CORS for the configured origin only', async () => {
    expect(await (await fetch(`${base}/delivery/v1/glossary?locale=vi`)).json()).toEqual({ passedOn: true })
    const post = await fetch(`${base}/delivery/v1/glossary`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect((await post.json()).error.code).toBe('MethodNotAllowed')
    const allowed = await fetch(`${base}/delivery/v1/glossary?locale=th`, { headers: { origin: 'https://partner.example.org' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org')
    expect(await allowed.text()).toBe(body)
    const other = await fetch(`${base}/delivery/v1/glossary?locale=th`, { headers: { origin: 'https://elsewhere.example.com' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('limits each address on both paths, with Retry-After and the error shape', async () => {
    // Six a minute: the requests above used five.
    const statuses: number[] = []
    let refused: Response | undefined
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${base}/delivery/v1/glossary?locale=th`, i % 2 ? { headers: { origin: 'https://partner.example.org' } } : {})
      statuses.push(res.status)
      if (res.status === 429) refused ??= res
      else await res.arrayBuffer()
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3)
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused!.json()).error).toMatchObject({ status: 429, code: 'RateLimited' })
  })
})

describe('answers passed on to Next', () => {
  it('are compressed as asked, though Next sets Content-Type as a one-element array', async () => {
    const app = express()
    app.use(compressNextAnswers)
    // As Next's route handlers answer: header values as arrays.
    app.use((_req, res) => {
      res.setHeader('Content-Type', ['application/json; charset=utf-8'])
      res.end(body)
    })
    const next = createServer(app)
    await new Promise<void>((resolve) => next.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(next.address() as AddressInfo).port}/delivery/v1/guides/x`
    const { get } = await import('node:http')
    const fetchRaw = (encoding: string) =>
      new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
        get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }))
        }).on('error', reject)
      })
    try {
      const br = await fetchRaw('gzip, br')
      expect(br.encoding).toBe('br')
      expect(brotliDecompressSync(br.bytes).toString()).toBe(body)
      const gz = await fetchRaw('gzip')
      expect(gz.encoding).toBe('gzip')
      expect(gunzipSync(gz.bytes).toString()).toBe(body)
      const plain = await fetchRaw('identity')
      expect(plain.encoding).toBeUndefined()
      expect(plain.bytes.toString()).toBe(body)
    } finally {
      await new Promise<void>((resolve) => next.close(() => resolve()))
    }
  })
})
