// Work the server must stop before it exits (the jobs cron, the publishing job's Chromium).
// Payload and the jobs run inside Next's bundle, which has its own copies of our modules, so
// the list lives on globalThis where the server and the bundle both see it.
const key = Symbol.for('guidepress.shutdown')
type Stopper = () => Promise<unknown> | unknown

const stoppers = (): Set<Stopper> => ((globalThis as Record<symbol, Set<Stopper>>)[key] ??= new Set())

/** Registers something to stop when the server shuts down. */
export function onShutdown(stop: Stopper): void {
  stoppers().add(stop)
}

/** Stops everything registered, in parallel; a stopper that fails or hangs past the deadline is left behind. */
export async function stopAll(deadlineMs: number): Promise<void> {
  const all = [...stoppers()].map(async (stop) => {
    try {
      await stop()
    } catch (error) {
      console.error('shutdown: a stopper failed:', error)
    }
  })
  stoppers().clear()
  await Promise.race([Promise.all(all), new Promise((resolve) => setTimeout(resolve, deadlineMs).unref())])
}
