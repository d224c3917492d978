// npm run bench:delivery [-- --connections 64 --seconds 20 --locale th]: one guide for a downstream
// site, the delivery API's single request against the two Payload REST requests it replaces, in
// one run on one server, plus the 304 path. Prints requests/s, guides/s, latency p50/p99/max,
// errors and the server's RSS, and the ratios. A benchmark, never pass/fail.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startBenchServer } from './server'

const { values } = parseArgs({ options: { connections: { type: 'string', default: '64' }, seconds: { type: 'string', default: '20' }, locale: { type: 'string', default: 'th' }, guide: { type: 'string', default: 'victim-identification' } } })
const connections = Number(values.connections)
const seconds = Number(values.seconds)
const { locale, guide } = values as { locale: string; guide: string }
console.log(`guidepress delivery benchmark (${os.cpus().length} cores, Node ${process.version}): ${connections} connections × ${seconds} s per case, guide ${guide} in ${locale}`)
console.log('preparing: migrate, seed and publish every edition …')
const server = await startBenchServer('delivery', {
  // Setup publishes every edition, which makes the delivery snapshots; nothing publishes during the run.
  PUBLISH_ON_START: 'true',
  JOBS_AUTORUN: 'false',
  // One address sends everything here; the public limit would answer 429.
  DELIVERY_REQUESTS_PER_MINUTE: '0',
})
const { url } = server

const rssMb = (field: 'VmRSS' | 'VmHWM') => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1]) / 1024

const guideId = (await (await fetch(`${url}/api/guides?where[slug][equals]=${guide}&depth=0&locale=${locale}`)).json()).docs[0].id
const restGuide = `/api/guides?where[slug][equals]=${guide}&locale=${locale}&depth=1`
const restChapters = `/api/chapters?where[guide][equals]=${guideId}&locale=${locale}&sort=order&depth=2&limit=100`
const deliveryPath = `/delivery/v1/guides/${guide}?locale=${locale}`
const sizeOf = async (p: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}${p}`, { headers: { 'accept-encoding': 'identity', ...headers } })
  if (res.status !== 200) throw new Error(`${p} answered ${res.status}`)
  return { bytes: (await res.arrayBuffer()).byteLength, etag: res.headers.get('etag') ?? '' }
}
const delivered = await sizeOf(deliveryPath)
const sizes = { guide: (await sizeOf(restGuide)).bytes, chapters: (await sizeOf(restChapters)).bytes, delivery: delivered.bytes }

interface Case {
  label: string
  path: string
  headers?: Record<string, string>
}
const cases: Case[] = [
  { label: 'Payload REST: the guide (depth 1)', path: restGuide },
  { label: 'Payload REST: its chapters (depth 2)', path: restChapters },
  { label: 'delivery API: the whole guide', path: deliveryPath },
  { label: 'delivery API: the whole guide, brotli', path: deliveryPath, headers: { 'accept-encoding': 'br' } },
  { label: 'delivery API: 304 (If-None-Match)', path: deliveryPath, headers: { 'if-none-match': delivered.etag } },
]

interface Measured {
  label: string
  rps: number
  p50: number
  p99: number
  max: number
  errors: number
  non2xx: number
  rss: number
}
const results: Measured[] = []
for (const c of cases) {
  // A short warm-up so the first case does not pay for compiling routes and filling caches.
  await autocannon({ url: `${url}${c.path}`, connections: 8, duration: 2, headers: c.headers })
  const r = await autocannon({ url: `${url}${c.path}`, connections, duration: seconds, timeout: 30, headers: c.headers })
  const expected = c.headers?.['if-none-match'] ? r['3xx'] : r['2xx']
  const answered = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx']
  results.push({ label: c.label, rps: r.requests.mean, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.timeouts, non2xx: answered - expected, rss: rssMb('VmRSS') })
}

const row = (cells: (string | number)[]) => console.log(`  ${String(cells[0]).padEnd(40)} ${cells.slice(1).map((c) => String(c).padStart(9)).join(' ')}`)
console.log(`\nresponse bytes (uncompressed): REST guide ${sizes.guide}, REST chapters ${sizes.chapters}, delivery ${sizes.delivery}`)
console.log('')
row(['case', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'unexpect', 'RSS MB'])
for (const r of results) row([r.label, r.rps.toFixed(0), r.p50, r.p99, r.max, r.errors, r.non2xx, r.rss.toFixed(0)])
const [guideRest, chaptersRest, whole, brotli, notModified] = results
// A site needs both REST answers for one guide: its guides per second is the harmonic combination.
const restGuides = 1 / (1 / guideRest.rps + 1 / chaptersRest.rps)
console.log('')
console.log(`  guides/s: Payload REST (2 requests) ${restGuides.toFixed(1)}, delivery ${whole.rps.toFixed(0)} (${(whole.rps / restGuides).toFixed(1)}×), brotli ${brotli.rps.toFixed(0)} (${(brotli.rps / restGuides).toFixed(1)}×), 304 ${notModified.rps.toFixed(0)} (${(notModified.rps / restGuides).toFixed(1)}×)`)
console.log(`  server RSS now ${rssMb('VmRSS').toFixed(0)} MB, peak ${rssMb('VmHWM').toFixed(0)} MB`)

await server.stop()
