// A second guidepress server on the integration tests' database, for tests that need other
// settings than the shared one (real login limits, short deadlines) or that stop it (SIGTERM).
import type { ChildProcess } from 'node:child_process'
import { inject } from 'vitest'
import { startServerProcess } from './scripts'
import { freePort, waitForUrl } from './server.setup'

export interface OwnServer {
  url: string
  child: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  /** Sends SIGTERM and resolves with the seconds until the process exited. */
  stop: () => Promise<number>
}

/** `overrides` replace the shared server's settings; `undefined` removes one, so its default applies. */
export async function startOwnServer(overrides: Record<string, string | undefined>): Promise<OwnServer> {
  const port = await freePort()
  const merged: Record<string, string | undefined> = { ...inject('testEnv'), PORT: String(port), JOBS_AUTORUN: 'false', WEBHOOKS_AUTORUN: 'false', ...overrides }
  const env = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined))
  const child = startServerProcess(env)
  let output = ''
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const url = await waitForUrl(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      const started = performance.now()
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      return (performance.now() - started) / 1000
    },
  }
}
