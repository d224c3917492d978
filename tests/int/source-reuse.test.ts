// A long-lived process (the server's job runner) reuses what it read of a guide and reads again
// only what changed: an edited chapter is re-read, a quote whose consent was withdrawn is dropped,
// and every read equals a full read of the database.
import { spawn } from 'node:child_process'
import readline from 'node:readline'
import { afterAll, describe, expect, it, inject } from 'vitest'
import { api } from '../helpers/api'
import { root, tsx, withPayloadConfig } from '../helpers/scripts'

const slug = 'recovery-and-reintegration'
const reader = spawn(tsx, [...withPayloadConfig, 'tests/helpers/source-reader.ts', slug], { cwd: root, env: inject('testEnv') as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'inherit'] })
const results = readline.createInterface({ input: reader.stdout })[Symbol.asyncIterator]()
afterAll(() => void reader.kill())

type Read = { equal: boolean; reused: Record<string, unknown[]>; sources: Record<string, any> }
async function read(): Promise<Read> {
  reader.stdin.write('read\n')
  for (;;) {
    const next = await results.next()
    if (next.done) throw new Error('the reader stopped')
    if (next.value.startsWith('RESULT ')) return JSON.parse(next.value.slice('RESULT '.length))
  }
}
const ids = (docs: { id: unknown }[]) => docs.map((d) => d.id)

describe('reading a guide again in a long-lived process', () => {
  it('reads only what changed, drops what left, and always equals a full read', async () => {
    const first = await read()
    expect(first.equal).toBe(true)
    expect(first.sources.chapters.length).toBeGreaterThan(3)
    expect(first.sources.quotes.length).toBeGreaterThan(0)

    // Nothing changed: every document is reused.
    const again = await read()
    expect(again.equal).toBe(true)
    expect(again.reused.chapters).toEqual(ids(first.sources.chapters))
    expect(again.reused.quotes).toEqual(ids(first.sources.quotes))
    expect(again.reused.glossary).toEqual(ids(first.sources.glossary))
    expect(again.reused.guide).toEqual([first.sources.guide.id])

    // A translator's chapter title is published: that chapter alone is read again.
    const chapter = first.sources.chapters[1]
    const title = 'บทที่แก้ไขเพื่อทดสอบการอ่านซ้ำ'
    expect((await api('editor', `/api/chapters/${chapter.id}?locale=th`, { method: 'PATCH', json: { title, _status: 'published' } })).status).toBe(200)
    const edited = await read()
    expect(edited.equal).toBe(true)
    expect(edited.sources.chapters.find((c: any) => c.id === chapter.id).title.th).toBe(title)
    expect(edited.reused.chapters).toEqual(ids(first.sources.chapters).filter((id) => id !== chapter.id))
    expect(edited.reused.quotes).toEqual(ids(first.sources.quotes))

    // Consent withdrawn: the quote leaves the guide's sources although it was read before.
    const quote = first.sources.quotes[0]
    expect((await api('editor', `/api/quotes/${quote.id}`, { method: 'PATCH', json: { consent: 'withdrawn', _status: 'published' } })).status).toBe(200)
    const withdrawn = await read()
    expect(withdrawn.equal).toBe(true)
    expect(ids(withdrawn.sources.quotes)).not.toContain(quote.id)
    expect(withdrawn.sources.quotes).toHaveLength(first.sources.quotes.length - 1)

    // Put the content back as it was, and see the reader follow.
    expect((await api('editor', `/api/quotes/${quote.id}`, { method: 'PATCH', json: { consent: 'granted', _status: 'published' } })).status).toBe(200)
    expect((await api('editor', `/api/chapters/${chapter.id}?locale=th`, { method: 'PATCH', json: { title: chapter.title.th, _status: 'published' } })).status).toBe(200)
    const restored = await read()
    expect(restored.equal).toBe(true)
    expect(ids(restored.sources.quotes)).toEqual(ids(first.sources.quotes))
    expect(restored.sources.chapters.find((c: any) => c.id === chapter.id).title.th).toBe(chapter.title.th)

    // The withdrawal took the editions that printed the quote down: the queued rebuilds print them
    // again, so later test files find every guide current in every language.
    expect((await api('editor', '/api/payload-jobs/run?queue=publishing&limit=50')).status).toBe(200)
    expect((await api('public', '/api/publications?where[kind][equals]=guide&limit=0')).body.totalDocs).toBe(35)
  }, 180_000)
})
