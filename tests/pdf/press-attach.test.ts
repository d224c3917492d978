// A press edition made for an edition that is already current is attached only while that edition
// and every quote it printed may still be printed. Here a quote is withdrawn while the press
// edition is being made (tests/helpers/press-race.ts runs the pipeline in its own process): the
// made files are removed, the edition says why, and no record carries them.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { block, editorState, paragraph } from '../../src/seed/lexical'
import { api } from '../helpers/api'
import { type Drill, drillGuide, runPublishingJobs } from '../helpers/drillGuide'
import { root, tsx, withPayloadConfig } from '../helpers/scripts'

const SLUG = 'press-attach-drill'
let drill: Drill | undefined
let quoteId: number | undefined

const records = async () => (await api('editor', `/api/publications?where[guide][equals]=${drill!.guideId}&depth=0&limit=50`)).body.docs as any[]

beforeAll(async () => {
  const quote = await api('editor', '/api/quotes?locale=en', {
    method: 'POST',
    json: { slug: 'press-attach-quote', text: 'The lantern boat came back without them.', attribution: 'Drill person, invented for this test', consent: 'granted', illustrative: true, _status: 'published' },
  })
  expect(quote.status, JSON.stringify(quote.body)).toBe(201)
  quoteId = quote.body.doc.id
  drill = await drillGuide({ slug: SLUG, seriesNumber: 48, title: 'Press attach drill', chapter: { body: editorState([paragraph('A chapter whose quote is withdrawn.'), block('survivorQuote', { quote: quoteId })]) } })
  expect((await runPublishingJobs()).status).toBe(200)
}, 300_000)

// Other test files count the series' editions and quotes: the drill leaves with its chapter and quote.
afterAll(async () => {
  await drill?.remove()
  if (quoteId) await api('admin', `/api/quotes/${quoteId}`, { method: 'DELETE' })
})

describe('a press edition whose quote is withdrawn while it is made', () => {
  it('is not attached: its files are removed, the edition says why, and no record carries it', async () => {
    const before = (await records()).filter((r) => r.locale === 'en' && r.status === 'current')
    expect(before).toHaveLength(1)
    expect(before[0].press ?? undefined).toBeUndefined()

    const env = { ...(inject('testEnv') as NodeJS.ProcessEnv), JOBS_AUTORUN: 'false' }
    const raced = spawnSync(tsx, [...withPayloadConfig, 'tests/helpers/press-race.ts', SLUG, String(quoteId)], { cwd: root, env, encoding: 'utf8', timeout: 180_000 })
    const line = raced.stdout.split('\n').find((l) => l.startsWith('RESULT '))
    expect(line, `${raced.stdout}\n${raced.stderr}`).toBeDefined()
    const result = JSON.parse(line!.slice('RESULT '.length))
    // The screen edition was current and unchanged; only its press edition was made, and refused.
    expect(result.status).toBe('unchanged')
    expect(result.press).toBeUndefined()
    expect(result.pressError).toMatch(/^Unable to attach the press edition of "press-attach-drill" in "en": /)
    expect(result.warnings).toContainEqual(expect.stringMatching(/^Press edition not attached: /))

    // Nothing of it on disk, no record carries it, and the withdrawal took the screen editions down.
    const dir = path.join(inject('publicationsDir'), SLUG)
    expect((existsSync(dir) ? readdirSync(dir) : []).filter((file) => file.includes('-press'))).toEqual([])
    const after = await records()
    expect(after.filter((r) => r.press)).toEqual([])
    expect(after.filter((r) => r.status === 'current')).toEqual([])
  })
})
