// Starts guidepress for the integration tests: a fresh SQLite file in a temp folder, migrated and
// seeded by the real setup script, served by the real Express + Next production server.
import type { ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { root, runScript, startServerProcess } from './scripts'

export const testPassword = 'test-password-7f3a'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    dbFile: string
    mediaDir: string
    publicationsDir: string
    password: string
    testEnv: Record<string, string>
    serverLog: string
    /** When the demo content was in place: items created before it are the seed's, not other tests'. */
    seededAt: string
  }
}

export function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /serving at (http:\/\/localhost:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
}

/**
 * A port that is free now. The server is given a real port rather than 0 so that its public URL
 * (and with it Payload's CSRF allow-list) matches the address browsers in the tests use.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject)
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-test-'))
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'integration-test-secret-9c1d',
    DATABASE_URL: `file:${path.join(dir, 'test.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PUBLICATIONS_DIR: path.join(dir, 'publications'),
    // Jobs are run explicitly by the tests (npm run jobs, GET /api/payload-jobs/run), never behind their back.
    JOBS_AUTORUN: 'false',
    // Webhooks too (GET /api/payload-jobs/run?queue=webhooks); their receivers run on this machine,
    // and retries come quickly so a failing receiver is given up within a second.
    WEBHOOKS_AUTORUN: 'false',
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    WEBHOOK_ATTEMPTS: '3',
    WEBHOOK_RETRY_DELAY_SECONDS: '0.2',
    // A job run inside the server leaves no Chromium behind for long (other tests count them).
    PRINT_BROWSER_IDLE_SECONDS: '1',
    DEMO_PASSWORD: testPassword,
    UPLOAD_MAX_BYTES: String(2 * 1024 * 1024),
    XLIFF_MAX_BYTES: String(1024 * 1024),
    // Every test file logs in from 127.0.0.1, and some fail on purpose: the login throttle's real
    // defaults are tested on a server of their own (tests/int/accounts.test.ts).
    LOGIN_MAX_FAILURES: '1000',
    LOGIN_MAX_FAILURES_PER_IP: '10000',
    // The delivery API's CORS is tested with this origin (tests/int/delivery.test.ts).
    DELIVERY_CORS_ORIGINS: 'https://partner.example.org',
    PORT: String(await freePort()),
  } as NodeJS.ProcessEnv
  const seeded = runScript('setup', [], env)
  if (seeded.status !== 0) throw new Error(`setup failed (${seeded.error?.message ?? seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`)

  const seededAt = new Date().toISOString()

  const server = startServerProcess(env)
  // The server's own log is kept for the tests (nothing internal may ever appear in it) and for debugging.
  const logFile = path.join(root, 'tmp', 'test-server.log')
  mkdirSync(path.dirname(logFile), { recursive: true })
  const log = createWriteStream(logFile)
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  const baseUrl = await waitForUrl(server)
  project.provide('baseUrl', baseUrl)
  project.provide('dbFile', path.join(dir, 'test.db'))
  project.provide('mediaDir', path.join(dir, 'media'))
  project.provide('publicationsDir', path.join(dir, 'publications'))
  project.provide('password', testPassword)
  project.provide('testEnv', env as Record<string, string>)
  project.provide('serverLog', logFile)
  project.provide('seededAt', seededAt)

  return async () => {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}
