// The agenda of a facilitator guide's course: its sessions in order with the start time of each
// session and activity, over one day or two. Pure: plain sessions in, plain rows out.

export interface AgendaActivity {
  title: string
  minutes: number
}

export interface AgendaSession {
  title: string
  durationMinutes: number
  activities: AgendaActivity[]
}

export interface AgendaRow {
  day: number
  /** "09:00" */
  start: string
  end: string
  kind: 'session' | 'activity' | 'break' | 'lunch'
  title: string
  /** Index of the session (0-based) the row belongs to. */
  session?: number
}

export interface AgendaOptions {
  days: 1 | 2
  /** Minutes after midnight the day starts: 9:00 by default. */
  dayStart?: number
  breakMinutes?: number
  lunchMinutes?: number
  /** Lunch goes before the first session that would start at or after this time (12:00 by default). */
  lunchFrom?: number
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Sessions split into `days` consecutive groups, the longest day as short as it can be. */
export function splitIntoDays<T extends { durationMinutes: number }>(sessions: T[], days: 1 | 2): T[][] {
  if (days === 1 || sessions.length < 2) return [sessions]
  const total = sessions.reduce((n, s) => n + s.durationMinutes, 0)
  let best = 1
  let bestLongest = Infinity
  for (let cut = 1; cut < sessions.length; cut++) {
    const first = sessions.slice(0, cut).reduce((n, s) => n + s.durationMinutes, 0)
    const longest = Math.max(first, total - first)
    if (longest < bestLongest) [best, bestLongest] = [cut, longest]
  }
  return [sessions.slice(0, best), sessions.slice(best)]
}

export function agenda(sessions: AgendaSession[], { days, dayStart = 9 * 60, breakMinutes = 15, lunchMinutes = 60, lunchFrom = 12 * 60 }: AgendaOptions): AgendaRow[] {
  const rows: AgendaRow[] = []
  let index = 0
  splitIntoDays(sessions, days).forEach((daySessions, d) => {
    let now = dayStart
    let lunched = false
    daySessions.forEach((session, i) => {
      if (i > 0) {
        const lunch = !lunched && now >= lunchFrom
        const pause = lunch ? lunchMinutes : breakMinutes
        rows.push({ day: d + 1, start: clock(now), end: clock(now + pause), kind: lunch ? 'lunch' : 'break', title: lunch ? 'lunch' : 'break' })
        now += pause
        lunched ||= lunch
      }
      rows.push({ day: d + 1, start: clock(now), end: clock(now + session.durationMinutes), kind: 'session', title: session.title, session: index })
      let at = now
      for (const activity of session.activities) {
        rows.push({ day: d + 1, start: clock(at), end: clock(at + activity.minutes), kind: 'activity', title: activity.title, session: index })
        at += activity.minutes
      }
      now += session.durationMinutes
      index += 1
    })
  })
  return rows
}

/** Why a session's timings do not add up, or undefined when they do. */
export function timingProblem(durationMinutes: number | null | undefined, activities: { minutes?: number | null; title?: unknown }[] | null | undefined): string | undefined {
  const sum = (activities ?? []).reduce((n, a) => n + (typeof a.minutes === 'number' ? a.minutes : 0), 0)
  if (typeof durationMinutes !== 'number') return 'Give the session a duration in minutes.'
  if (sum === durationMinutes) return undefined
  const list = (activities ?? []).map((a) => a.minutes ?? 0).join(' + ')
  return `The session lasts ${durationMinutes} minutes but its activities add up to ${sum} (${list || 'no activities'}): change the duration to ${sum} or the activities' minutes so they add up to ${durationMinutes}.`
}
