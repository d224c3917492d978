// Rebuilds: nothing when nothing changed, only the affected editions after an edit, and a browser
// killed mid-run leaves the previous edition current with nothing left behind.
import { readdirSync } from 'node:fs'
import { describe, expect, it, inject } from 'vitest'
import { api } from '../helpers/api'
import { chromiumLeftBehind, chromiumPids } from '../helpers/chromium'
import { runScript, startScript } from '../helpers/scripts'

const env = () => inject('testEnv') as NodeJS.ProcessEnv

function publish(...args: string[]) {
  return publishWith({}, ...args)
}

function publishWith(extra: Record<string, string>, ...args: string[]) {
  return runScript('publish', args, { ...env(), ...extra })
}

const builtLines = (stdout: string) => stdout.split('\n').filter((l) => /^\[.*\sbuilt\s/.test(l)).map((l) => l.replace(/^\[\s*\d+\/\d+\]\s+/, '').split(/\s+/).slice(0, 2).join(' '))

async function currentFor(slug: string, locale: string) {
  const guide = (await api('public', `/api/guides?where[slug][equals]=${slug}&depth=0`)).body.docs[0]
  return (await api('editor', `/api/publications?where[guide][equals]=${guide.id}&where[locale][equals]=${locale}&depth=0&limit=50&sort=-builtAt`)).body.docs
}

describe('npm run publish', () => {
  it('rebuilds nothing when nothing changed', () => {
    // Other test files edit content; bring every edition up to date first.
    expect(publish().status).toBe(0)
    const run = publish()
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/unchanged\s+35/)
    expect(run.stdout).toMatch(/built\s+0/)
  })

  it('rebuilds only the editions an edit affects, and keeps the previous one as superseded', async () => {
    const guide = (await api('editor', '/api/guides?where[slug][equals]=protection-and-support&depth=0')).body.docs[0]
    const chapter = (await api('editor', `/api/chapters?where[guide][equals]=${guide.id}&where[part][equals]=guidance&depth=0&locale=en`)).body.docs[0]
    const edit = await api('editor', `/api/chapters/${chapter.id}?locale=en`, { method: 'PATCH', json: { title: `${chapter.title} for practitioners`, _status: 'published' } })
    expect(edit.status).toBe(200)
    const before = await currentFor('protection-and-support', 'en')
    const run = publish()
    expect(run.status, run.stderr).toBe(0)
    expect(builtLines(run.stdout), run.stdout).toEqual(['protection-and-support en'])
    const after = await currentFor('protection-and-support', 'en')
    expect(after.filter((p: any) => p.status === 'current')).toHaveLength(1)
    expect(after.find((p: any) => p.id === before.find((b: any) => b.status === 'current').id).status).toBe('superseded')
    // Downstream sites see current editions only.
    expect((await api('public', '/api/publications?where[status][equals]=superseded')).body.totalDocs).toBe(0)
    expect((await api('public', '/api/publications?limit=200&depth=0')).body.docs.every((p: any) => p.status === 'current')).toBe(true)

    const translation = await api('editor', `/api/chapters/${chapter.id}?locale=th`, { method: 'PATCH', json: { title: 'แนวทางสำหรับผู้ปฏิบัติงานด่านหน้า', _status: 'published' } })
    expect(translation.status).toBe(200)
    expect(builtLines(publish('--guide', 'protection-and-support').stdout)).toEqual(['protection-and-support th'])
  })

  it('records whether each edition is a complete translation, and can refuse incomplete ones per locale', async () => {
    const en = (await currentFor('access-to-remedies', 'en')).find((p: any) => p.status === 'current')
    const th = (await currentFor('access-to-remedies', 'th')).find((p: any) => p.status === 'current')
    expect(en.translationComplete).toBe(true)
    expect(th.translationComplete).toBe(false)
    expect(th.untranslated.notApproved.length).toBeGreaterThan(0)
    expect(th.warnings.join(' ')).toMatch(/not approved in this language/)
    const gated = publishWith({ PUBLISH_INCOMPLETE_LOCALES: 'en,id,ms,vi' }, '--force', '--guide', 'access-to-remedies', '--locale', 'th')
    expect(gated.status).toBe(1)
    expect(gated.stderr).toMatch(/FAILED access-to-remedies th: The th translation is not complete/)
    const after = (await currentFor('access-to-remedies', 'th')).find((p: any) => p.status === 'current')
    expect(after.id).toBe(th.id)
  })

  it('gives up on a document that hangs past the timeout, after one retry, keeping the previous edition', async () => {
    const before = (await currentFor('victim-witnesses', 'ms')).find((p: any) => p.status === 'current')
    const run = publishWith({ RENDER_TIMEOUT_MS: '5' }, '--force', '--guide', 'victim-witnesses', '--locale', 'ms')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/FAILED victim-witnesses ms: Printing took longer than 5 ms/)
    const after = (await currentFor('victim-witnesses', 'ms')).find((p: any) => p.status === 'current')
    expect(after.id).toBe(before.id)
    expect(await chromiumLeftBehind()).toEqual([])
  })

  it('keeps the previous edition current when the browser is killed mid-run, leaving no temp file or Chromium behind', async () => {
    const before = (await currentFor('child-victims', 'th')).find((p: any) => p.status === 'current')
    const child = startScript('publish', ['--force', '--guide', 'child-victims', '--locale', 'th'], env())
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    // Kill every browser the run starts (the first and the retry), as a crash would.
    let kills = 0
    const deadline = Date.now() + 120_000
    while (child.exitCode === null && Date.now() < deadline) {
      const pids = chromiumPids()
      if (pids.length) kills += 1
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    const code = await exited
    expect(kills, output).toBeGreaterThanOrEqual(2)
    expect(code).toBe(1)
    expect(output).toMatch(/FAILED child-victims th: .*Chromium/i)
    const after = await currentFor('child-victims', 'th')
    const current = after.filter((p: any) => p.status === 'current')
    expect(current).toHaveLength(1)
    expect(current[0].sha256).toBe(before.sha256)
    expect(after.some((p: any) => p.status === 'failed' && /Chromium/.test(p.error))).toBe(true)
    const files = readdirSync(inject('publicationsDir'), { recursive: true }) as string[]
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(await chromiumLeftBehind()).toEqual([])
  })
})
