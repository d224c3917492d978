// The directory of services over HTTP: a service's location never reaches anyone but editors
// (REST, GraphQL, where, sort, locale=all, drafts, versions, the delivery API, the server log);
// services not verified recently are flagged to editors and hidden from the public; bad input
// is refused with a message and changes nothing.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { api, baseUrl, graphql, tokenFor } from '../helpers/api'
import { fillTargets } from '../helpers/xliff'

interface Service {
  id: number
  slug: string
  country: string
  lastVerified: string
  verificationOverdue: boolean
  location?: { address?: string; notes?: string }
}

let all: Service[] = []
/** Every address and location note of the demo directory, as editors see them. */
let secrets: string[] = []
const leaks = (body: unknown) => secrets.filter((secret) => JSON.stringify(body).includes(secret))

beforeAll(async () => {
  const res = await api('editor', '/api/services?limit=100&depth=0&draft=true')
  expect(res.status).toBe(200)
  all = res.body.docs
  secrets = all.flatMap((s) => [s.location?.address, s.location?.notes]).filter((v): v is string => Boolean(v && v.length > 8))
})

describe('the demo directory', () => {
  it('has at least 15 fictitious services in the six member countries, each with a location editors can read', () => {
    expect(all.length).toBeGreaterThanOrEqual(15)
    expect(new Set(all.map((s) => s.country))).toEqual(new Set(['AU', 'ID', 'MY', 'PH', 'TH', 'VN']))
    expect(secrets.length).toBeGreaterThanOrEqual(15)
  })

  it('flags services not verified within SERVICE_VERIFICATION_DAYS to editors', () => {
    const overdue = all.filter((s) => s.verificationOverdue)
    expect(overdue.length).toBeGreaterThanOrEqual(1)
    for (const s of overdue) expect(new Date(s.lastVerified).getTime()).toBeLessThan(Date.now() - 365 * 24 * 3600 * 1000)
    for (const s of all.filter((x) => !x.verificationOverdue)) expect(new Date(s.lastVerified).getTime()).toBeGreaterThanOrEqual(Date.now() - 366 * 24 * 3600 * 1000)
  })
})

describe('a service location through the public API', () => {
  it('is in no public answer: list, by id, locale=all, draft=true, depth', async () => {
    for (const path of ['/api/services?limit=100', '/api/services?limit=100&locale=all', '/api/services?limit=100&draft=true&depth=2', `/api/services/${all[0].id}?locale=all`]) {
      const res = await api('public', path)
      expect(res.status, path).toBe(200)
      expect(leaks(res.body), path).toEqual([])
      for (const doc of res.body.docs ?? [res.body]) {
        expect(doc).not.toHaveProperty('location')
        expect(doc).not.toHaveProperty('verificationOverdue')
      }
    }
  })

  it('cannot be found out through where or sort', async () => {
    const address = secrets[0]
    for (const where of [`where[location.address][like]=${encodeURIComponent(address.slice(0, 12))}`, 'where[location.address][exists]=true', 'where[location.notes][exists]=true']) {
      const res = await api('public', `/api/services?${where}&limit=100`)
      expect([400, 403], where).toContain(res.status)
      expect(leaks(res.body)).toEqual([])
    }
    const ids = async (query: string) => (await api('public', `/api/services?${query}&limit=100&depth=0`)).body.docs?.map((d: any) => d.id)
    for (const sort of ['location.address', '-location.address', 'location.notes']) {
      const sorted = await api('public', `/api/services?sort=${sort}&limit=100&depth=0`)
      if (sorted.status === 200) expect(sorted.body.docs.map((d: any) => d.id), sort).toEqual(await ids('sort=createdAt'))
      else expect([400, 403]).toContain(sorted.status)
    }
  })

  it('is hidden from GraphQL', async () => {
    const res = await graphql('public', '{ Services(limit: 100) { docs { id name location { address notes } } } }')
    expect(leaks(res.body)).toEqual([])
    const names = await graphql('public', '{ Services(limit: 100, draft: true) { docs { id slug } } }')
    expect(names.body.data?.Services.docs.length).toBeGreaterThan(0)
  })

  it('is not in the versions, which the public cannot read at all', async () => {
    const res = await api('public', `/api/services/versions?limit=100`)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(leaks(res.body)).toEqual([])
    const one = await api('public', `/api/services/${all[0].id}/versions`)
    expect(one.status).toBeGreaterThanOrEqual(400)
  })

  it('is not shown to translators, in the document or its versions', async () => {
    const doc = await api('translator-th', `/api/services/${all[0].id}?locale=th&depth=0`)
    expect(doc.status).toBe(200)
    expect(doc.body.name).toBeTruthy()
    expect(doc.body).not.toHaveProperty('location')
    const versions = await api('translator-th', `/api/services/versions?limit=100&depth=0`)
    expect(versions.status).toBe(200)
    expect(leaks(versions.body)).toEqual([])
  })

  it('is not in the delivery API, nor in the server log', async () => {
    const guides = (await api('public', '/api/guides?limit=1&depth=0&sort=seriesNumber')).body.docs
    const delivery = await api('public', `/delivery/v1/guides/${guides[0].slug}?locale=en`)
    expect(delivery.status).toBe(200)
    expect(leaks(delivery.body)).toEqual([])
    expect(leaks(readFileSync(inject('serverLog'), 'utf8'))).toEqual([])
  })
})

describe('services not verified recently', () => {
  it('are hidden from the public by list, id and GraphQL, and shown to editors', async () => {
    const stale = all.filter((s) => s.verificationOverdue)
    const listed = (await api('public', '/api/services?limit=100&depth=0')).body.docs.map((d: any) => d.id)
    for (const s of stale) {
      expect(listed).not.toContain(s.id)
      expect((await api('public', `/api/services/${s.id}`)).status).toBe(404)
      expect((await api('editor', `/api/services/${s.id}`)).status).toBe(200)
    }
    const fresh = all.filter((s) => !s.verificationOverdue)
    expect(listed.sort()).toEqual(fresh.map((s) => s.id).sort())
    const gql = await graphql('public', '{ Services(limit: 100) { docs { slug } } }')
    expect(gql.body.data?.Services.docs.map((d: any) => d.slug).sort()).toEqual(fresh.map((s) => s.slug).sort())
  })
})

describe('bad input to a service', () => {
  const valid = () => ({
    slug: `bad-input-${Date.now()}`,
    name: 'Test referral desk',
    country: 'TH',
    areaServed: 'Test province',
    description: 'A service that exists only in this test.',
    serviceTypes: ['medical'],
    serves: { groups: ['women'], languages: ['th'] },
    referral: { phone: '+66 000 1234 5678', hours: 'Mondays', cost: 'free' },
    lastVerified: new Date().toISOString(),
  })
  const count = async () => (await api('editor', '/api/services?limit=0&draft=true')).body.totalDocs

  it.each([
    ['an upper age below the lower one', { serves: { groups: ['girls'], languages: ['th'], minimumAge: 12, maximumAge: 6 } }, /maximum age \(6\) is below the minimum age \(12\)/],
    ['a last-verified date in the future', { lastVerified: '2099-01-01T00:00:00.000Z' }, /in the future/],
    ['a nationality that is no country code', { serves: { groups: ['women'], languages: ['th'], nationalities: ['Thailand'] } }, /Thailand\W+is not two capital letters/],
    ['a language that is no language code', { serves: { groups: ['women'], languages: ['Thai language'] } }, /is not a language code/],
    ['an unknown country', { country: 'XX' }, /country/i],
    ['a phone number in words', { referral: { phone: 'call the front desk', hours: 'Mondays', cost: 'free' } }, /digits/],
  ])('refuses %s with a 400 that says what to fix, and stores nothing', async (_, change, message) => {
    const before = await count()
    const res = await api('editor', '/api/services', { method: 'POST', json: { ...valid(), ...change } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(message)
    expect(await count()).toBe(before)
  })

  it('lets a translator change only the texts of their language, never the location', async () => {
    const target = all.find((s) => !s.verificationOverdue)!
    const before = await api('editor', `/api/services/${target.id}?depth=0`)
    const res = await api('translator-th', `/api/services/${target.id}?locale=th&draft=true`, { method: 'PATCH', json: { location: { address: 'Somewhere else' } } })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const after = await api('editor', `/api/services/${target.id}?depth=0`)
    expect(after.body.location).toEqual(before.body.location)
    expect((await api('translator-th', '/api/services', { method: 'POST', json: valid() })).status).toBe(403)
  })
})

describe('translating the directory', () => {
  it('goes out as XLIFF without any location, and a translator\'s file comes back as Thai drafts of their language only', async () => {
    const exported = await fetch(`${baseUrl()}/api/xliff/export?guide=directory-of-services&locale=th`, { headers: { authorization: `JWT ${await tokenFor('translator-th')}` } })
    expect(exported.status).toBe(200)
    const xml = await exported.text()
    expect(leaks(xml)).toEqual([])
    const files = [...xml.matchAll(/<file original="(services\/\d+)"/g)].map((m) => m[1])
    expect(files.length).toBe(all.length)
    const target = all.find((s) => !s.verificationOverdue)!
    const english = (await api('editor', `/api/services/${target.id}?locale=en&depth=0`)).body
    const filled = fillTargets(xml, [`services/${target.id}`], (text) => `ทดสอบ ${text}`)
    const res = await fetch(`${baseUrl()}/api/xliff/import`, {
      method: 'POST',
      headers: { authorization: `JWT ${await tokenFor('translator-th')}`, 'content-type': 'application/x-xliff+xml' },
      body: filled,
    })
    const report = (await res.json()) as any
    expect(res.status, JSON.stringify(report)).toBe(200)
    const thai = (await api('editor', `/api/services/${target.id}?locale=th&draft=true&depth=0&fallback-locale=none`)).body
    expect(thai.name).toBe(`ทดสอบ ${english.name}`)
    expect(thai.referral.hours).toBe(`ทดสอบ ${english.referral.hours}`)
    expect(thai.location).toEqual(english.location)
    // A draft: the published Thai text is what the public and the printed directory still read.
    const published = (await api('public', `/api/services/${target.id}?locale=th&depth=0`)).body
    expect(published.name).not.toMatch(/^ทดสอบ/)
    expect((await fetch(`${baseUrl()}/api/xliff/export?guide=directory-of-services&locale=vi`, { headers: { authorization: `JWT ${await tokenFor('translator-th')}` } })).status).toBe(403)
  })
})
