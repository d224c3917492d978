// Bad input gets a 4xx naming what to fix, writes nothing, and the server keeps serving.
import { beforeAll, describe, expect, it } from 'vitest'
import { api, baseUrl, errorText, postFormOnce } from '../helpers/api'
import { snapshot } from '../helpers/db'
import { mediaForm, png } from '../helpers/fixtures'
import { readdirSync, existsSync } from 'node:fs'
import { inject } from 'vitest'

let chapterId: number | string
let guideId: number | string

beforeAll(async () => {
  const chapters = await api('editor', '/api/chapters?limit=1&depth=0&sort=id')
  chapterId = chapters.body.docs[0].id
  guideId = chapters.body.docs[0].guide
})

const mediaFiles = () => (existsSync(inject('mediaDir')) ? readdirSync(inject('mediaDir')).length : 0)

async function expectRejected(request: () => Promise<{ status: number; body: any }>, status: number[], names: RegExp) {
  const before = await snapshot()
  const filesBefore = mediaFiles()
  const res = await request()
  expect(status, JSON.stringify(res.body).slice(0, 500)).toContain(res.status)
  expect(errorText(res.body)).toMatch(names)
  expect(await snapshot()).toEqual(before)
  expect(mediaFiles()).toBe(filesBefore)
  expect((await fetch(`${baseUrl()}/healthz`)).status).toBe(200)
  return res
}

describe('bad input', () => {
  it('missing required fields: 400 naming each field', async () => {
    await expectRejected(() => api('editor', '/api/guides', { method: 'POST', json: { summary: 'No title' } }), [400], /title[\s\S]*|seriesNumber/)
    const res = await api('editor', '/api/guides', { method: 'POST', json: { summary: 'No title' } })
    const text = errorText(res.body)
    for (const field of ['title', 'slug', 'seriesNumber', 'year']) expect(text).toContain(field)
  })

  it('unknown locale: 400 naming the accepted locales', async () => {
    await expectRejected(() => api('public', '/api/guides?locale=xx'), [400], /locale.*en, id, ms, vi, th/)
    await expectRejected(
      () => api('editor', `/api/chapters/${chapterId}?locale=klingon`, { method: 'PATCH', json: { title: 'x' } }),
      [400],
      /locale/,
    )
    await expectRejected(() => api('public', '/api/guides?locale=th&fallback-locale=zz'), [400], /fallback-locale/)
  })

  it('malformed rich-text JSON: 400 naming the field', async () => {
    for (const body of ['not rich text', { root: 5 }, { root: { type: 'root', children: 'nope' } }, { root: { type: 'root', children: [{ type: 'no-such-node' }] } }]) {
      await expectRejected(() => api('editor', `/api/chapters/${chapterId}`, { method: 'PATCH', json: { body } }), [400], /body/)
    }
  })

  it('malformed JSON body: 400', async () => {
    const before = await snapshot()
    const res = await fetch(`${baseUrl()}/api/glossary-terms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"term": ' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(await snapshot()).toEqual(before)
  })

  it('a non-image upload to Media: 400, nothing stored', async () => {
    const text = Buffer.from('%PDF-1.4 this is not an image')
    await expectRejected(() => api('editor', '/api/media', { method: 'POST', form: mediaFormWith(text, 'notes.png', 'image/png') }), [400], /image|mime|type/i)
    await expectRejected(() => api('editor', '/api/media', { method: 'POST', form: mediaFormWith(text, 'notes.txt', 'text/plain') }), [400], /image|mime|type/i)
  })

  it('an oversized upload: 413, nothing stored', async () => {
    const big = await png(4000, 4000)
    const noisy = Buffer.concat([big, Buffer.alloc(3 * 1024 * 1024, 7)])
    await expectRejected(async () => postFormOnce('editor', '/api/media', await mediaForm('Too big', noisy)), [413], /size|large|limit/i)
  })

  it('an unknown relation id: 400 naming the field', async () => {
    await expectRejected(
      () => api('editor', '/api/chapters', { method: 'POST', json: { slug: 'orphan', guide: 999999, order: 1, part: 'other', title: 'Orphan' } }),
      [400],
      /guide/,
    )
    await expectRejected(() => api('editor', `/api/guides/${guideId}`, { method: 'PATCH', json: { legalInstruments: [424242] } }), [400], /legalInstruments/)
  })

  it('a too-long field: 400 naming the field', async () => {
    await expectRejected(() => api('editor', `/api/chapters/${chapterId}`, { method: 'PATCH', json: { title: 'x'.repeat(5000) } }), [400], /title/)
    await expectRejected(() => api('editor', '/api/glossary-terms', { method: 'POST', json: { slug: 'long', term: 'ok', definition: 'y'.repeat(10_000) } }), [400], /definition/)
  })

  it('an invalid slug: 400 saying what a slug may contain', async () => {
    await expectRejected(() => api('editor', '/api/glossary-terms', { method: 'POST', json: { slug: 'Not A Slug!', term: 'x', definition: 'y' } }), [400], /slug/)
  })
})

function mediaFormWith(file: Buffer, name: string, type: string): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Bad file' }))
  return form
}
