// Publishing content queues a rebuild job; a newer edit supersedes a queued one; running the
// queue rebuilds the affected edition and keeps the previous one as superseded.
import { describe, expect, it, inject } from 'vitest'
import { api } from '../helpers/api'
import { chromiumLeftBehind } from '../helpers/chromium'
import { db } from '../helpers/db'
import { downloadEdition, pageTexts, squash } from '../helpers/pdf'
import { runScript } from '../helpers/scripts'


async function pendingJobs(): Promise<{ task: string; guide: string }[]> {
  const rows = await db().execute(`SELECT task_slug, input FROM payload_jobs WHERE processing = 0 AND (has_error = 0 OR has_error IS NULL) AND completed_at IS NULL`)
  return rows.rows.map((r) => {
    const input = JSON.parse(String(r.input))
    return { task: String(r.task_slug), guide: input.guide ?? input.facilitatorGuide }
  })
}

async function current(slug: string, locale: string) {
  const guide = (await api('public', `/api/guides?where[slug][equals]=${slug}&depth=0`)).body.docs[0]
  return (await api('editor', `/api/publications?where[guide][equals]=${guide.id}&where[locale][equals]=${locale}&where[status][equals]=current&depth=0`)).body.docs[0]
}

describe('publishing jobs', () => {
  it('queues one rebuild per guide, superseding older queued ones, and the queue rebuilds the edition', async () => {
    // Start from an empty queue: other test files publish content too.
    await db().execute('DELETE FROM payload_jobs')
    const guide = (await api('editor', '/api/guides?where[slug][equals]=victim-witnesses&depth=0')).body.docs[0]
    const chapter = (await api('editor', `/api/chapters?where[guide][equals]=${guide.id}&where[part][equals]=introduction&depth=0&locale=en`)).body.docs[0]
    const before = await current('victim-witnesses', 'en')
    const history = async (locale: string) => (await api('editor', `/api/publications?where[guide][equals]=${guide.id}&where[locale][equals]=${locale}&depth=0&limit=100`)).body.totalDocs as number
    const thaiBefore = await history('th')
    const indonesianBefore = await history('id')

    // A translator's draft is not published: nothing is queued.
    const draft = await api('translator-th', `/api/chapters/${chapter.id}?locale=th&draft=true`, { method: 'PATCH', json: { title: 'ร่างชื่อบท' } })
    expect(draft.status).toBe(200)
    expect((await pendingJobs()).filter((j) => j.guide === 'victim-witnesses')).toEqual([])

    for (const suffix of [' (revised)', ' (revised again)']) {
      const res = await api('editor', `/api/chapters/${chapter.id}?locale=en`, { method: 'PATCH', json: { title: `${chapter.title}${suffix}`, _status: 'published' } })
      expect(res.status).toBe(200)
    }
    expect((await pendingJobs()).filter((j) => j.guide === 'victim-witnesses')).toEqual([{ task: 'publishGuide', guide: 'victim-witnesses' }])

    const run = runScript('jobs', [], inject('testEnv'))
    expect(run.status, run.stderr).toBe(0)
    expect(await pendingJobs()).toEqual([])
    const after = await current('victim-witnesses', 'en')
    expect(after.sha256).not.toBe(before.sha256)
    expect(after.contentHash).not.toBe(before.contentHash)
    const englishAfter = await history('en')
    const old = await api('editor', `/api/publications/${before.id}?depth=0`)
    expect(old.body.status).toBe('superseded')
    // Publishing the English chapter published English only: the translator's Thai draft stays a
    // draft, so neither the Thai nor the Indonesian edition changed.
    expect(await history('th')).toBe(thaiBefore)
    expect(await history('id')).toBe(indonesianBefore)
    // An editor publishes the Thai on its own: one Thai rebuild, with the translator's title.
    expect((await api('editor', `/api/chapters/${chapter.id}?locale=th`, { method: 'PATCH', json: { _status: 'published' } })).status).toBe(200)
    expect(runScript('jobs', [], inject('testEnv')).status).toBe(0)
    expect(await history('th')).toBe(thaiBefore + 1)
    expect(await history('en')).toBe(englishAfter)
    expect((await api('public', `/api/chapters/${chapter.id}?locale=th&depth=0`)).body.title).toBe('ร่างชื่อบท')
  })

  it('runs a queued rebuild inside the server, as its cron does, and the new PDF carries the edit', async () => {
    // The server's jobs run in Next's bundle of the pipeline, not the one `npm run jobs` loads.
    await db().execute('DELETE FROM payload_jobs')
    const guide = (await api('editor', '/api/guides?where[slug][equals]=child-victims&depth=0')).body.docs[0]
    const chapter = (await api('editor', `/api/chapters?where[guide][equals]=${guide.id}&where[part][equals]=introduction&depth=0&locale=en`)).body.docs[0]
    const before = await current('child-victims', 'en')
    const title = `${chapter.title} in the field`
    // A minor edit: the translations stay as they are (other test files look at their statuses).
    expect((await api('editor', `/api/chapters/${chapter.id}?locale=en`, { method: 'PATCH', json: { title, minorEdit: true, _status: 'published' } })).status).toBe(200)
    expect(await pendingJobs()).toEqual([{ task: 'publishGuide', guide: 'child-victims' }])

    // Only editors and admins may run the queue on demand.
    expect((await api('translator-th', '/api/payload-jobs/run?queue=publishing')).status).toBe(401)
    const run = await api('editor', '/api/payload-jobs/run?queue=publishing')
    expect(run.status, JSON.stringify(run.body)).toBe(200)
    expect(await pendingJobs()).toEqual([])
    const latest = (await api('editor', `/api/publications?where[guide][equals]=${guide.id}&where[locale][equals]=en&depth=0&sort=-builtAt&limit=1`)).body.docs[0]
    expect(latest.error ?? null).toBeNull()
    expect(latest.status).toBe('current')
    expect(latest.id).not.toBe(before.id)
    const { file, record } = await downloadEdition('child-victims', 'en')
    expect(record.id).toBe(latest.id)
    expect(squash(pageTexts(file, record.pages).join(''))).toContain(squash(title))
    // The jobs' shared browser closes once idle (PRINT_BROWSER_IDLE_SECONDS is 1 here).
    expect(await chromiumLeftBehind()).toEqual([])
  })

  it('queues a series-wide check when a shared item such as a quote changes', async () => {
    const quote = (await api('editor', '/api/quotes?where[slug][equals]=g5-waiting-room&depth=0&locale=en')).body.docs[0] ??
      (await api('editor', '/api/quotes?where[slug][like]=g5-&depth=0&locale=en&limit=1')).body.docs[0]
    const res = await api('editor', `/api/quotes/${quote.id}?locale=en`, { method: 'PATCH', json: { attribution: `${quote.attribution}.`, _status: 'published' } })
    expect(res.status).toBe(200)
    // Practitioner guides and facilitator guides may both print it.
    expect(await pendingJobs()).toEqual([
      { task: 'publishGuide', guide: '*' },
      { task: 'publishFacilitatorGuide', guide: '*' },
    ])
    await db().execute(`DELETE FROM payload_jobs`)
  })

  it('puts jobs left "processing" by a stopped server back in the queue on the next start', async () => {
    const quote = (await api('editor', '/api/quotes?where[slug][like]=g4-&depth=0&locale=en&limit=1')).body.docs[0]
    await api('editor', `/api/quotes/${quote.id}?locale=en`, { method: 'PATCH', json: { attribution: quote.attribution, _status: 'published' } })
    await db().execute('UPDATE payload_jobs SET processing = 1')
    // A guide rebuild and a facilitator guide rebuild, both left "processing".
    expect((await db().execute('SELECT COUNT(*) AS n FROM payload_jobs WHERE processing = 1')).rows[0].n).toBe(2)
    const run = runScript('setup', [], inject('testEnv'))
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Requeued 2 publishing job/)
    expect((await db().execute('SELECT COUNT(*) AS n FROM payload_jobs WHERE processing = 1')).rows[0].n).toBe(0)
    await db().execute('DELETE FROM payload_jobs')
  })
})
