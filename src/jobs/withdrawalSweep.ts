// The server's backstop for survivor safety: every WITHDRAWAL_SWEEP_SECONDS it takes down any
// edition on disk that printed a quote which may no longer be printed, and queues its rebuild.
// The quote hooks do this at once on every save; the sweep covers what bypassed them (a build
// that raced a withdrawal, a write straight to the database, a crash between two steps).
import { createLocalReq, type Payload } from 'payload'
import { queueRebuildOfGuides } from '../hooks/queuePublishing'
import { withdrawUnprintableEditions } from '../publishing/withdrawal'

export async function sweepWithdrawals(payload: Payload, publicationsDir: string): Promise<number> {
  const withdrawn = await withdrawUnprintableEditions(payload, publicationsDir)
  if (withdrawn.length) {
    payload.logger.warn({ msg: `Withdrawal sweep took down ${withdrawn.length} edition file(s) that printed a quote which may no longer be printed` })
    await queueRebuildOfGuides(await createLocalReq({}, payload), withdrawn.map((w) => w.guide))
  }
  return withdrawn.length
}

/** Runs the sweep on a timer in the server process; one sweep at a time, errors logged, never thrown. */
export function scheduleWithdrawalSweep(payload: Payload, publicationsDir: string, everySeconds: number): () => void {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    sweepWithdrawals(payload, publicationsDir)
      .catch((error) => payload.logger.error({ msg: `Withdrawal sweep failed: ${(error as Error).message}` }))
      .finally(() => (running = false))
  }, everySeconds * 1000)
  timer.unref()
  return () => clearInterval(timer)
}
