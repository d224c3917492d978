// The server refuses to start on bad configuration, with a message that says what to fix.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

function serve(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['PAYLOAD_SECRET', 'DATABASE_URL', 'PORT'].includes(k)))
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts'], { cwd: root, env: { ...clean, ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 30_000 })
}

describe('startup configuration', () => {
  it('stops a production server without PAYLOAD_SECRET and says how to set it', () => {
    const run = serve({ NODE_ENV: 'production', PORT: '0' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/PAYLOAD_SECRET is missing or still the development default/)
    expect(run.stderr).toMatch(/openssl rand -hex 32/)
  })

  it('names the accepted database schemes for an unsupported DATABASE_URL', () => {
    const run = serve({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x-test-secret', DATABASE_URL: 'postgres://localhost/guidepress', PORT: '0' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/DATABASE_URL must start with one of file:, mongodb:\/\/, mongodb\+srv:\/\//)
  })
})
