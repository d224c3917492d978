// A guidepress server for a benchmark: a fresh SQLite file and media in a temp folder, prepared by
// the real setup script, served the way scripts/start.sh serves it (one Node process, so SIGTERM
// reaches the server itself). `env` adds to or overrides the defaults below.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

export const BENCH_PASSWORD = 'bench-password-123'

export interface BenchServer {
  url: string
  dir: string
  /** The database file (benchmarks read jobs and editions from it). */
  dbFile: string
  process: ChildProcess
  exited: Promise<number | null>
  /** SIGTERM, wait for the exit, remove the temp folder. */
  stop: () => Promise<number | null>
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

export async function startBenchServer(name: string, env: Record<string, string>): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `guidepress-${name}-`))
  const port = await freePort()
  const dbFile = path.join(dir, 'bench.db')
  const fullEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'bench-secret-not-for-production',
    DATABASE_URL: `file:${dbFile}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PUBLICATIONS_DIR: path.join(dir, 'publications'),
    DEMO_PASSWORD: BENCH_PASSWORD,
    MALLOC_ARENA_MAX: '2',
    PORT: String(port),
    ...env,
  } as NodeJS.ProcessEnv
  const setup = spawnSync(tsx, ['--conditions=production', 'scripts/setup.ts'], { cwd: root, env: fullEnv, encoding: 'utf8' })
  if (setup.status !== 0) throw new Error(`setup failed:\n${setup.stdout}\n${setup.stderr}`)

  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { cwd: root, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  server.stdout.on('data', (c: Buffer) => (log += c.toString()))
  server.stderr.on('data', (c: Buffer) => (log += c.toString()))
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  for (let i = 0; !/serving at/.test(log); i++) {
    if (i > 900) throw new Error(`server did not start:\n${log}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url: `http://localhost:${port}`,
    dir,
    dbFile,
    process: server,
    exited,
    stop: async () => {
      server.kill('SIGTERM')
      const code = await exited
      rmSync(dir, { recursive: true, force: true })
      return code
    },
  }
}
