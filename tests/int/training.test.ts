// Facilitator guides over HTTP: training sessions whose timings must add up (a clear 400 when
// they do not, nothing stored), the agenda of a one-day and a two-day course, survivor quotes
// referenced by activities that follow the quotes' own consent rules, translators' drafts and the
// XLIFF exchange of a facilitator guide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, baseUrl, graphql, tokenFor } from '../helpers/api'

let guides: any[] = []
let sessions: any[] = []
const created: [string, number][] = []

beforeAll(async () => {
  guides = (await api('editor', '/api/facilitator-guides?limit=10&depth=0&sort=slug')).body.docs
  sessions = (await api('editor', '/api/training-sessions?limit=100&depth=0&sort=order')).body.docs
})

afterAll(async () => {
  for (const [collection, id] of created.reverse()) await api('admin', `/api/${collection}/${id}`, { method: 'DELETE' })
})

const minutes = (session: any) => session.activities.reduce((n: number, a: any) => n + a.minutes, 0)

describe('the demo facilitator guides', () => {
  it('train on two practitioner guides, each with at least three sessions making about a day, whose timings add up', () => {
    expect(guides.length).toBeGreaterThanOrEqual(2)
    expect(new Set(guides.map((g) => g.guide)).size).toBe(guides.length)
    for (const guide of guides) {
      const own = sessions.filter((s) => s.facilitatorGuide === guide.id)
      expect(own.length, guide.slug).toBeGreaterThanOrEqual(3)
      for (const s of own) expect(minutes(s), s.slug).toBe(s.durationMinutes)
      const day = own.reduce((n, s) => n + s.durationMinutes, 0)
      expect(day, guide.slug).toBeGreaterThanOrEqual(300)
      expect(day, guide.slug).toBeLessThanOrEqual(480)
      const activities = own.flatMap((s) => s.activities)
      expect(activities.some((a: any) => a.handout === 'exercise' && a.drawsOn.exercise)).toBe(true)
      expect(activities.some((a: any) => a.handout === 'case-study' && a.drawsOn.caseStudy)).toBe(true)
      expect(activities.some((a: any) => a.drawsOn.quotes?.length)).toBe(true)
    }
  })
})

describe('a session whose timings do not add up', () => {
  it('is refused with a 400 that gives the sum, and nothing changes', async () => {
    const session = sessions[0]
    const wrong = session.durationMinutes + 25
    const res = await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { durationMinutes: wrong } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(`lasts ${wrong} minutes but its activities add up to ${session.durationMinutes}`)
    expect((await api('editor', `/api/training-sessions/${session.id}?depth=0`)).body.durationMinutes).toBe(session.durationMinutes)
  })

  it('is refused when an activity is lengthened without the duration, and accepted when both change', async () => {
    const session = sessions[1]
    const activities = session.activities.map((a: any, i: number) => (i === 0 ? { ...a, minutes: a.minutes + 10 } : a))
    const alone = await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities } })
    expect(alone.status).toBe(400)
    expect(JSON.stringify(alone.body)).toContain(`activities add up to ${session.durationMinutes + 10}`)
    const both = await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities, durationMinutes: session.durationMinutes + 10 } })
    expect(both.status).toBe(200)
    const back = await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities: session.activities, durationMinutes: session.durationMinutes } })
    expect(back.status).toBe(200)
  })

  it('refuses a handout without the exercise it hands out, and a group size upside down', async () => {
    const before = (await api('editor', '/api/training-sessions?limit=0')).body.totalDocs
    const base = {
      slug: `bad-session-${Date.now()}`,
      facilitatorGuide: guides[0].id,
      order: 999,
      title: 'Bad session',
      participants: 'Anyone',
      materials: 'Paper',
      roomSetup: 'Chairs',
      preparation: 'None',
      groupSize: { min: 10, max: 20 },
      objectives: [{ objective: 'Learn' }],
    }
    const handout = await api('editor', '/api/training-sessions', {
      method: 'POST',
      json: { ...base, durationMinutes: 30, activities: [{ title: 'Hand out', method: 'group-work', minutes: 30, steps: [{ step: 'Do it' }], handout: 'exercise', drawsOn: {} }] },
    })
    expect(handout.status).toBe(400)
    expect(JSON.stringify(handout.body)).toMatch(/hands out an exercise: choose the exercise/)
    const size = await api('editor', '/api/training-sessions', {
      method: 'POST',
      json: { ...base, groupSize: { min: 20, max: 8 }, durationMinutes: 30, activities: [{ title: 'Talk', method: 'discussion', minutes: 30, steps: [{ step: 'Talk' }], handout: 'none', drawsOn: {} }] },
    })
    expect(size.status).toBe(400)
    expect(JSON.stringify(size.body)).toMatch(/largest group \(8\) is smaller than the smallest \(20\)/)
    expect((await api('editor', '/api/training-sessions?limit=0')).body.totalDocs).toBe(before)
  })
})

describe('the agenda', () => {
  it('times a one-day course from 09:00 with breaks and lunch, every activity inside its session', async () => {
    const guide = guides[0]
    const res = await api('public', `/api/facilitator-guides/${guide.id}/agenda?days=1&locale=th`)
    expect(res.status).toBe(200)
    const rows = res.body.rows
    const own = sessions.filter((s) => s.facilitatorGuide === guide.id)
    const sessionRows = rows.filter((r: any) => r.kind === 'session')
    expect(sessionRows.length).toBe(own.length)
    expect(sessionRows[0].start).toBe('09:00')
    expect(rows.filter((r: any) => r.kind === 'lunch').length).toBe(1)
    expect(new Set(rows.map((r: any) => r.day))).toEqual(new Set([1]))
    const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
    for (const [i, session] of sessionRows.entries()) {
      expect(toMinutes(session.end) - toMinutes(session.start)).toBe(own[i].durationMinutes)
      const activities = rows.filter((r: any) => r.kind === 'activity' && r.session === session.session)
      expect(activities[0].start).toBe(session.start)
      expect(activities[activities.length - 1].end).toBe(session.end)
    }
    // In the language asked for.
    expect(sessionRows[0].title).toMatch(/[\u0E00-\u0E7F]/)
  })

  it('splits a two-day course between the days, each starting at 09:00', async () => {
    const res = await api('public', `/api/facilitator-guides/${guides[1].id}/agenda?days=2`)
    expect(res.status).toBe(200)
    const starts = res.body.rows.filter((r: any) => r.kind === 'session')
    expect(new Set(starts.map((r: any) => r.day))).toEqual(new Set([1, 2]))
    expect(starts.filter((r: any) => r.start === '09:00').length).toBe(2)
  })

  it('answers 400 for a course of three days or an unknown language, and 404 for an unknown guide', async () => {
    const days = await api('public', `/api/facilitator-guides/${guides[0].id}/agenda?days=3`)
    expect(days.status).toBe(400)
    expect(days.body.errors[0].message).toMatch(/days must be 1 or 2/)
    expect((await api('public', `/api/facilitator-guides/${guides[0].id}/agenda?locale=xx`)).status).toBe(400)
    expect((await api('public', '/api/facilitator-guides/999999/agenda')).status).toBe(404)
    expect((await api('public', '/api/facilitator-guides/not-an-id/agenda')).status).toBe(404)
  })
})

describe('survivor quotes in an activity', () => {
  it('are shown to the public only while the quote itself may be, at any depth and in GraphQL', async () => {
    const secret = `Words of a test survivor ${Date.now()}`
    const quote = await api('editor', '/api/quotes', { method: 'POST', json: { slug: `training-quote-${Date.now()}`, text: secret, attribution: 'Test person', consent: 'granted', _status: 'published' } })
    expect(quote.status).toBe(201)
    created.push(['quotes', quote.body.doc.id])
    const session = sessions[0]
    const activities = session.activities.map((a: any, i: number) => (i === 0 ? { ...a, drawsOn: { ...a.drawsOn, quotes: [...(a.drawsOn.quotes ?? []), quote.body.doc.id] } } : a))
    expect((await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities } })).status).toBe(200)
    try {
      expect(JSON.stringify((await api('public', `/api/training-sessions/${session.id}?depth=2`)).body)).toContain(secret)
      expect((await api('editor', `/api/quotes/${quote.body.doc.id}`, { method: 'PATCH', json: { consent: 'withdrawn', _status: 'published' } })).status).toBe(200)
      for (const path of [`/api/training-sessions/${session.id}?depth=2`, `/api/training-sessions?depth=3&limit=100&locale=all`, `/api/training-sessions/${session.id}?depth=2&draft=true`]) {
        const res = await api('public', path)
        expect(res.status, path).toBe(200)
        expect(JSON.stringify(res.body), path).not.toContain(secret)
      }
      const gql = await graphql('public', `{ TrainingSessions(limit: 50) { docs { activities { drawsOn { quotes { text } } } } } }`)
      expect(JSON.stringify(gql.body)).not.toContain(secret)
    } finally {
      await api('editor', `/api/training-sessions/${session.id}`, { method: 'PATCH', json: { activities: session.activities } })
    }
  })
})

describe('translating a facilitator guide', () => {
  it('lets the Thai translator save a Thai draft of a session, but not change its timings', async () => {
    const session = sessions[2]
    const title = `ทดสอบ ${Date.now()}`
    const draft = await api('translator-th', `/api/training-sessions/${session.id}?locale=th&draft=true`, { method: 'PATCH', json: { title } })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    expect((await api('editor', `/api/training-sessions/${session.id}?locale=th&draft=true&depth=0`)).body.title).toBe(title)
    const timing = await api('translator-th', `/api/training-sessions/${session.id}?locale=th&draft=true`, { method: 'PATCH', json: { durationMinutes: session.durationMinutes + 5 } })
    expect(timing.status).toBeGreaterThanOrEqual(400)
    expect((await api('editor', `/api/training-sessions/${session.id}?depth=0`)).body.durationMinutes).toBe(session.durationMinutes)
  })

  it('goes out as one XLIFF file with the guide, its sessions and its case studies', async () => {
    const guide = guides[0]
    const res = await fetch(`${baseUrl()}/api/xliff/export?guide=${guide.slug}&locale=vi`, { headers: { authorization: `JWT ${await tokenFor('translator-vi')}` } })
    expect(res.status).toBe(200)
    const xml = await res.text()
    const originals = [...xml.matchAll(/<file original="([a-z-]+)\/\d+"/g)].map((m) => m[1])
    expect(originals.filter((c) => c === 'facilitator-guides').length).toBe(1)
    expect(originals.filter((c) => c === 'training-sessions').length).toBe(sessions.filter((s) => s.facilitatorGuide === guide.id).length)
    expect(originals).toContain('case-studies')
  })
})

describe('translation progress', () => {
  it('counts each facilitator guide (with its sessions and case studies) and the directory of services, beside the guides', async () => {
    const staff = (await api('editor', '/api/translation-progress')).body
    const rows = staff.guides as any[]
    for (const guide of guides) {
      const row = rows.find((r) => r.kind === 'facilitator-guide' && r.slug === guide.slug)
      expect(row, guide.slug).toBeDefined()
      const own = sessions.filter((s) => s.facilitatorGuide === guide.id)
      const studies = new Set(own.flatMap((s: any) => s.activities.map((a: any) => a.drawsOn.caseStudy).filter(Boolean)))
      expect(row.locales.th.items).toBe(1 + own.length + studies.size)
      expect(row.locales.th.work.map((w: any) => w.collection)).toEqual(expect.arrayContaining(['training-sessions']))
    }
    const directory = rows.find((r) => r.kind === 'directory')
    const services = (await api('editor', '/api/services?limit=0&draft=true')).body.totalDocs
    expect(directory.locales.vi.items).toBe(services)
    // The public: figures only, and only the services it may read (verified ones).
    const publicRows = (await api('public', '/api/translation-progress')).body.guides as any[]
    const publicDirectory = publicRows.find((r) => r.kind === 'directory')
    expect(publicDirectory.locales.vi.items).toBe((await api('public', '/api/services?limit=0')).body.totalDocs)
    expect(publicDirectory.locales.vi.items).toBeLessThan(services)
    for (const row of publicRows) for (const l of Object.values<any>(row.locales)) expect(l).not.toHaveProperty('work')
  })
})
