// Samples, every 100 ms, the RSS of the benchmark's process and the PSS of all its Chromium
// descendants (PSS counts pages Chromium's processes share once). It runs in its own process so
// that reading /proc (smaps_rollup walks every mapping) never pauses the pipeline being measured.
// Sends the peaks since the previous request when the parent sends 'take'.
import { readdirSync, readFileSync } from 'node:fs'

const parent = Number(process.argv[2])
const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
const kb = (text: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024
const children = (pid: number): number[] => {
  let tasks: string[] = []
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    return []
  }
  return tasks.flatMap((task) => read(`/proc/${pid}/task/${task}/children`).split(' ').filter(Boolean).map(Number))
}
const descendants = (pid: number): number[] => children(pid).flatMap((child) => [child, ...descendants(child)])

let peak = { node: 0, chromium: 0 }
setInterval(() => {
  const node = kb(read(`/proc/${parent}/status`), 'VmRSS')
  const chromium = descendants(parent)
    .filter((pid) => read(`/proc/${pid}/comm`).startsWith('chrom'))
    .reduce((sum, pid) => sum + kb(read(`/proc/${pid}/smaps_rollup`), 'Pss'), 0)
  peak = { node: Math.max(peak.node, node), chromium: Math.max(peak.chromium, chromium) }
}, 100)

process.on('message', (message) => {
  if (message !== 'take') return
  process.send!(peak)
  peak = { node: 0, chromium: 0 }
})
process.on('disconnect', () => process.exit(0))
process.send!('ready')
