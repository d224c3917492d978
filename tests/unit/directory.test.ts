// The directory of services from plain data: which services a country's directory lists, in which
// words, and how the print HTML places each one (in full once, "see page" under its other types).
import { describe, expect, it } from 'vitest'
import { directoryDocument, type ServiceSource } from '../../src/publishing/directory/load'
import { renderDirectory } from '../../src/publishing/render/directory'

const all = (en: string, th?: string) => ({ en, id: `${en} (id)`, ms: `${en} (ms)`, vi: `${en} (vi)`, th: th ?? null })
const service = (slug: string, over: Partial<ServiceSource> = {}): ServiceSource => ({
  id: slug,
  slug,
  country: 'TH',
  name: all(`Name of ${slug}`, `ชื่อ ${slug}`),
  areaServed: all('Chiang Mai'),
  description: all('Helps people.'),
  serviceTypes: ['shelter', 'medical'],
  serves: { groups: ['women'], nationalities: [], languages: ['th', 'my'] },
  referral: { phone: '+66 000 1111 2222', hours: all('Always'), requirements: all('A referral form'), steps: [{ step: all('Call first') }, { step: all('Send the form') }], cost: 'free' },
  lastVerified: '2026-10-01',
  fictitious: true,
  translation: { th: { status: 'approved' } },
  ...over,
})
const now = new Date('2026-11-30T12:00:00Z')

describe('a country directory document', () => {
  it('lists the country\'s services verified within the limit, and names the ones left out', () => {
    const doc = directoryDocument([service('a'), service('b', { lastVerified: '2024-03-15' }), service('c', { country: 'VN' })], 'TH', 'en', { verificationDays: 365, now })
    expect(doc.services.map((s) => s.slug)).toEqual(['a'])
    expect(doc.leftOut).toEqual(['b'])
    expect(doc.verifiedSince).toBe('2025-11-30')
  })

  it('falls back to English where a language has no text, recording where, and names unapproved translations', () => {
    const doc = directoryDocument([service('a', { translation: { th: { status: 'needs-review' } } })], 'TH', 'th', { verificationDays: 365, now })
    expect(doc.services[0].name).toBe('ชื่อ a')
    expect(doc.services[0].areaServed).toBe('Chiang Mai')
    expect(doc.fallbacks).toContain('a.areaServed')
    expect(doc.unapproved).toEqual(['service a: needs-review'])
  })
})

describe('a printed directory', () => {
  it('prints each service in full under its first type and refers to that page under its others', () => {
    const doc = directoryDocument([service('a'), service('b', { serviceTypes: ['medical'] })], 'TH', 'en', { verificationDays: 365, now })
    const { html, toc, references } = renderDirectory(doc)
    expect(toc.map((t) => t.target)).toEqual(['type-shelter', 'type-medical'])
    expect(html.match(/id="service-a"/g)).toHaveLength(1)
    expect(html.match(/id="service-b"/g)).toHaveLength(1)
    expect(references).toEqual(['service-a'])
    const medical = html.slice(html.indexOf('id="type-medical"'))
    expect(medical).toMatch(/Name of a <a class="page-ref"|Name of a <a href="#service-a">\(see page/)
    // Countries and languages by name, in the directory's language.
    expect(html).toContain('Thailand')
    expect(html).toContain('Burmese')
  })
})
