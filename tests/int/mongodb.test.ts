// The production database path. Runs only where a MongoDB server is reachable (MONGODB_URL set):
// none can run on the development machines, so there it is skipped and only type-checked.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { root, runScript, tsx } from '../helpers/scripts'

const url = process.env.MONGODB_URL

describe.skipIf(!url)('MongoDB (MONGODB_URL)', () => {
  it('seeds the demo series and serves it with the same access rules', async () => {
    const env = { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: 'mongo-test-secret', DATABASE_URL: url!, DEMO_PASSWORD: 'mongo-test-password', PORT: '0' } as NodeJS.ProcessEnv
    const setup = runScript('setup', [], env)
    expect(setup.status, setup.stderr).toBe(0)
    const server = spawn(tsx, ['scripts/serve.ts'], { cwd: root, env })
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = ''
        server.stdout.on('data', (c) => {
          out += c
          const m = /serving at (http:\/\/localhost:\d+)/.exec(out)
          if (m) resolve(m[1])
        })
        server.once('exit', () => reject(new Error(out)))
      })
      const guides = await (await fetch(`${base}/api/guides?locale=th&limit=20`)).json()
      expect(guides.totalDocs).toBe(7)
      const quotes = await (await fetch(`${base}/api/quotes?limit=100&locale=all`)).json()
      expect(JSON.stringify(quotes)).not.toMatch(/withdrawn-testimony-g1|DEMO-G\d/)
      // Localized media texts (credit and key became localized) are stored per language.
      const media = await (await fetch(`${base}/api/media?locale=th&limit=50&depth=0`)).json()
      expect(media.docs.map((m: { key?: string }) => m.key ?? '').join('\n')).toContain('การคัดกรอง')
      expect(media.docs.map((m: { credit?: string }) => m.credit)).toContain('แผนภาพ: ตัวอย่างจาก guidepress')
    } finally {
      server.kill('SIGTERM')
    }
  })
})
