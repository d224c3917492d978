// Lap times for the stages of a piece of work, in whole milliseconds (the benchmark's breakdown).
export function lapTimer(start = performance.now()): { laps: Record<string, number>; lap: (name: string) => void } {
  const laps: Record<string, number> = {}
  let mark = start
  return {
    laps,
    lap: (name) => {
      const now = performance.now()
      laps[name] = Math.round(now - mark)
      mark = now
    },
  }
}
