// What Payload does when it starts: migrations everywhere; in the server, the withdrawal sweep too.
import type { Payload } from 'payload'
import { migrateDatabase } from './db'
import type { Env } from './env'
import { scheduleWithdrawalSweep } from './jobs/withdrawalSweep'
import { onShutdown } from './shutdown'

export const onInit =
  (env: Env) =>
  async (payload: Payload): Promise<void> => {
    await migrateDatabase(payload)
    onShutdown(payload.destroy)
    if (!env.GUIDEPRESS_SERVER) return
    const stopSweep = scheduleWithdrawalSweep(payload, env.PUBLICATIONS_DIR, env.WITHDRAWAL_SWEEP_SECONDS)
    onShutdown(stopSweep)
  }
