// Chromium processes on this machine, for tests that check none is left behind.
import { execFileSync } from 'node:child_process'

export function chromiumPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', 'chromium'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/** The Chromium processes still running after up to 5 s (helper processes take a moment to exit). */
export async function chromiumLeftBehind(): Promise<number[]> {
  for (let i = 0; i < 50 && chromiumPids().length > 0; i++) await new Promise((r) => setTimeout(r, 100))
  return chromiumPids()
}
