// The browser publishing jobs share inside the server. Jobs run often a few in a row as an editor
// works; the browser closes after PRINT_BROWSER_IDLE_SECONDS without printing (a minute by
// default; launching one costs 0.3–0.7 s, idle it holds ≈ 0.3 GB). Loaded on a job's first run.
import type { Env } from '../env'
import { Printer } from '../publishing/print'
import { printerSettings } from '../publishing/settings'
import { onShutdown } from '../shutdown'

let printer: Printer | undefined

export function jobPrinter(env: Env): Printer {
  if (!printer) {
    const opened = new Printer(printerSettings(env, { keepOpen: true }))
    onShutdown(() => opened.close())
    printer = opened
  }
  return printer
}
