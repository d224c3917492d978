// npm run bench:load [-- --connections 64 --seconds 60]: the public API under load while the
// publishing queue rebuilds every PDF, then SIGTERM. Prints requests/s, latency p50/p99, errors,
// requests never answered (the goal is 0) and how long the server took to stop. Never pass/fail.
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { createClient } from '@libsql/client'
import autocannon from 'autocannon'
import { BENCH_PASSWORD, startBenchServer } from './server'

const { values } = parseArgs({ options: { connections: { type: 'string', default: '64' }, seconds: { type: 'string', default: '60' } } })
const connections = Number(values.connections)
const seconds = Number(values.seconds)

function pgrep(args: string[]): number[] {
  const run = spawnSync('pgrep', args, { encoding: 'utf8' })
  return run.stdout.split('\n').filter(Boolean).map(Number)
}

console.log(`guidepress load benchmark (${os.cpus().length} cores, Node ${process.version}): ${connections} connections × ${seconds} s`)
const bench = await startBenchServer('load', { PUBLISH_ON_START: 'false', JOBS_AUTORUN: 'true' })
const server = bench.process
const { url } = bench

// An admin publishes a quote: the queue rebuilds every guide in every language (30 PDFs).
const login = await (await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@guidepress.local', password: BENCH_PASSWORD }) })).json()
const auth = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
const quote = (await (await fetch(`${url}/api/quotes?limit=1&depth=0`, { headers: auth })).json()).docs[0]
const edited = await fetch(`${url}/api/quotes/${quote.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ attribution: `${quote.attribution} (load bench)`, _status: 'published' }) })
// The jobs and editions are read from the database file: the API does not show jobs.
const db = createClient({ url: `file:${bench.dbFile}` })
const count = async (sql: string) => Number((await db.execute(sql)).rows[0].n)
const jobs = () => count('SELECT COUNT(*) AS n FROM payload_jobs WHERE completed_at IS NULL')
const editions = () => count("SELECT COUNT(*) AS n FROM publications WHERE status = 'current'")
console.log(`quote published (${edited.status}); publishing jobs waiting: ${await jobs()}; current editions: ${await editions()}`)

const graphqlBody = JSON.stringify({ query: '{ Guides(locale: vi, sort: "seriesNumber") { docs { seriesNumber title summary legalInstruments { shortName name } } } }' })
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  // Longer than the server's own 30 s budget: a request without an answer by then was never going to get one.
  timeout: 45,
  requests: [
    { method: 'GET', path: '/api/guides?locale=th&sort=seriesNumber&depth=0' },
    { method: 'GET', path: '/api/chapters?locale=th&where[guide][equals]=1&sort=order&depth=2' },
    { method: 'GET', path: '/api/quotes?limit=20&locale=vi' },
    { method: 'GET', path: '/api/glossary-terms?limit=50&locale=id' },
    { method: 'GET', path: '/api/publications?depth=0' },
    { method: 'POST', path: '/api/graphql', headers: { 'content-type': 'application/json' }, body: graphqlBody },
  ],
})

const [jobsLeft, editionsBuilt] = [await jobs(), await editions()]
const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
// The publishing job's Chromium, started by the server: it must be gone once the server has stopped.
const chromiums = () => pgrep(['-P', String(server.pid), 'chromium'])
const browsers = chromiums()
const stopping = performance.now()
server.kill('SIGTERM')
const code = await bench.exited
const shutdownSeconds = (performance.now() - stopping) / 1000
await new Promise((r) => setTimeout(r, 1000))
const leftBehind = browsers.filter((pid) => pgrep(['-f', 'chromium']).includes(pid))

const row = (label: string, value: string | number) => console.log(`  ${label.padEnd(42)} ${value}`)
console.log('\nload on the public API (REST + GraphQL), publishing queue running:')
row('requests/s (mean)', result.requests.mean.toFixed(1))
row('latency p50 / p99 / max (ms)', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max}`)
row('requests sent / answered', `${result.requests.sent} / ${answered}`)
row('answers 2xx / 4xx / 5xx', `${result['2xx']} / ${result['4xx']} / ${result['5xx']}`)
row('connection errors', result.errors - result.timeouts)
row('never answered (timeouts at 45 s; goal 0)', result.timeouts)
row('in flight when the bench stopped', Math.max(0, result.requests.sent - answered - result.errors))
row('current editions built during the run', editionsBuilt)
row('publishing jobs not finished at SIGTERM', jobsLeft)
row('shutdown after SIGTERM (s)', `${shutdownSeconds.toFixed(1)} (exit code ${code})`)
row('jobs Chromium running at SIGTERM / left after', `${browsers.length} / ${leftBehind.length}`)
await bench.stop()
