// The agenda of a course, from plain sessions: start times, breaks, lunch, one day or two.
import { describe, expect, it } from 'vitest'
import { agenda, splitIntoDays, timingProblem } from '../../src/training/agenda'

const session = (title: string, ...minutes: number[]) => ({ title, durationMinutes: minutes.reduce((a, b) => a + b, 0), activities: minutes.map((m, i) => ({ title: `${title}.${i + 1}`, minutes: m })) })
const day = [session('A', 30, 60), session('B', 45, 45, 30), session('C', 90, 60)]

describe('agenda', () => {
  it('runs a one-day course from 09:00, a break between sessions and lunch before the first session from noon', () => {
    const rows = agenda(day, { days: 1 })
    const brief = rows.filter((r) => r.kind !== 'activity').map((r) => `${r.start}-${r.end} ${r.kind} ${r.kind === 'session' ? r.title : ''}`.trim())
    expect(brief).toEqual(['09:00-10:30 session A', '10:30-10:45 break', '10:45-12:45 session B', '12:45-13:45 lunch', '13:45-16:15 session C'])
    expect(rows.filter((r) => r.kind === 'activity' && r.session === 1).map((r) => r.start)).toEqual(['10:45', '11:30', '12:15'])
  })

  it('splits a two-day course where the longer day is shortest, each day from 09:00', () => {
    expect(splitIntoDays(day, 2).map((d) => d.map((s) => s.title))).toEqual([['A', 'B'], ['C']])
    const rows = agenda(day, { days: 2 })
    expect(rows.filter((r) => r.kind === 'session').map((r) => `${r.day} ${r.start}`)).toEqual(['1 09:00', '1 10:45', '2 09:00'])
  })

  it('says what to change when a session and its activities disagree', () => {
    expect(timingProblem(90, [{ minutes: 30 }, { minutes: 60 }])).toBeUndefined()
    expect(timingProblem(100, [{ minutes: 30 }, { minutes: 60 }])).toBe('The session lasts 100 minutes but its activities add up to 90 (30 + 60): change the duration to 90 or the activities\' minutes so they add up to 100.')
    expect(timingProblem(undefined, [])).toMatch(/duration/)
  })
})
