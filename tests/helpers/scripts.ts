// Runs guidepress's own CLI scripts the way npm does, for tests that exercise them end to end.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const tsx = path.join(root, 'node_modules/.bin/tsx')

/**
 * Scripts that import the Payload config run with the `production` export condition: Lexical's
 * default Node entries use top-level await, which on Node 20 deadlocks module loading at random
 * (the process exits 13, or 0 under `payload run`, having done nothing).
 */
export const withPayloadConfig = ['--conditions=production']

/** Runs `scripts/<name>.ts` to completion. */
export function runScript(name: string, args: string[], env: Record<string, string | undefined>, timeout = 300_000) {
  return spawnSync(tsx, [...withPayloadConfig, `scripts/${name}.ts`, ...args], { cwd: root, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout })
}

/** Starts `scripts/<name>.ts` in the background. */
export function startScript(name: string, args: string[], env: Record<string, string | undefined>) {
  return spawn(tsx, [...withPayloadConfig, `scripts/${name}.ts`, ...args], { cwd: root, env: env as NodeJS.ProcessEnv })
}

/**
 * Starts the server the way production does: one Node process, so SIGTERM reaches it directly
 * (the tsx CLI relays signals and SIGKILLs a child that does not acknowledge within 60 ms).
 */
export function startServerProcess(env: Record<string, string | undefined>) {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { cwd: root, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
}
