// The server's backstop for survivor safety: every WITHDRAWAL_SWEEP_SECONDS it takes down any
// edition on disk that printed a quote which may no longer be printed, and queues its rebuild.
// The quote hooks do this at once on every save; the sweep covers what bypassed them (a build
// that raced a withdrawal, a write straight to the database, a crash between two steps).
import { createLocalReq, type Payload } from 'payload'
import { queueRebuildOfFacilitatorGuides, queueRebuildOfGuides } from '../hooks/queuePublishing'
import { snapshotQuotes, withdrawQuotesFromSnapshots } from '../delivery/snapshots'
import { onlineQuotes, withdrawUnprintableEditions } from '../publishing/withdrawal'
import { announceWithdrawal } from '../webhooks/withdrawal'

/** Delivery snapshots that deliver a quote which may no longer be shown online are rewritten without it. */
async function sweepDelivery(payload: Payload) {
  const delivered = await snapshotQuotes(payload)
  const online = await onlineQuotes(payload, [...delivered.values()])
  const gone = [...delivered.entries()].filter(([key]) => !online.has(key)).map(([, id]) => id)
  return gone.length ? withdrawQuotesFromSnapshots(payload, gone) : []
}

export async function sweepWithdrawals(payload: Payload, publicationsDir: string): Promise<number> {
  const delivered = await sweepDelivery(payload)
  const withdrawn = await withdrawUnprintableEditions(payload, publicationsDir)
  if (withdrawn.length || delivered.length) {
    payload.logger.warn({ msg: `Withdrawal sweep took down ${withdrawn.length} edition file(s) and rewrote ${delivered.length} delivery snapshot(s) that held a quote which may no longer be shown` })
    const req = await createLocalReq({}, payload)
    await queueRebuildOfGuides(req, [...withdrawn.map((w) => w.guide), ...delivered.map((d) => d.guide)])
    await queueRebuildOfFacilitatorGuides(req, withdrawn.map((w) => w.facilitatorGuide))
    await announceWithdrawal(payload, withdrawn, delivered, req)
  }
  return withdrawn.length + delivered.length
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
