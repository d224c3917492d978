// The translation workflow over HTTP: statuses per locale, who may set them, fingerprints,
// outdated on English changes (not on minor edits), the diff of the English, progress and audit.
import { beforeAll, describe, expect, it } from 'vitest'
import { adminPage, api, baseUrl, tokenFor } from '../helpers/api'

let chapter: any
let guideSlug: string

const setStatus = (role: 'translator-th' | 'editor', locale: string, status: string, draft = true) =>
  api(role, `/api/chapters/${chapter.id}?locale=${locale}${draft ? '&draft=true' : ''}`, { method: 'PATCH', json: { translation: { status } } })

const read = async (locale: string) => (await api('editor', `/api/chapters/${chapter.id}?locale=${locale}&depth=0&draft=true&fallback-locale=none`)).body

beforeAll(async () => {
  const guide = (await api('editor', '/api/guides?where[slug][equals]=access-to-remedies&depth=0')).body.docs[0]
  guideSlug = guide.slug
  chapter = (await api('editor', `/api/chapters?where[guide][equals]=${guide.id}&where[part][equals]=key-concepts&depth=0&locale=en`)).body.docs[0]
})

describe('translation statuses', () => {
  it('lets a translator move their locale up to needs review, but not approve', async () => {
    expect((await setStatus('translator-th', 'th', 'in-progress')).status).toBe(200)
    expect((await setStatus('translator-th', 'th', 'needs-review')).status).toBe(200)
    const approve = await setStatus('translator-th', 'th', 'approved')
    expect(approve.status).toBe(403)
    expect(JSON.stringify(approve.body)).toMatch(/translation\.status.*editor approves/)
    expect((await setStatus('translator-th', 'vi', 'needs-review')).status).toBe(403)
    expect((await read('th')).translation.status).toBe('needs-review')
    // Status changes write the translator's locale only: the English is untouched.
    expect((await read('en')).title).toBe(chapter.title)
  })

  it('records the English fingerprint when an editor approves', async () => {
    const res = await setStatus('editor', 'th', 'approved', false)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const th = await read('th')
    expect(th.translation.status).toBe('approved')
    expect(Object.keys(th.translation.sourceFingerprint).length).toBeGreaterThan(3)
    expect(th.translation.changedBy).toBe('editor@guidepress.local')
  })

  it('keeps translations approved after a minor English edit', async () => {
    const en = await read('en')
    const res = await api('editor', `/api/chapters/${chapter.id}?locale=en`, { method: 'PATCH', json: { title: en.title, minorEdit: true, _status: 'published' } })
    expect(res.status).toBe(200)
    expect((await read('th')).translation.status).toBe('approved')
    expect((await read('en')).minorEdit).toBe(false)
  })

  it('marks reviewed translations outdated when the English changes, and shows what changed', async () => {
    const vi = await api('translator-vi', `/api/chapters/${chapter.id}?locale=vi&draft=true`, { method: 'PATCH', json: { translation: { status: 'in-progress' } } })
    expect(vi.status).toBe(200)
    const en = await read('en')
    const body = structuredClone(en.body)
    const paragraph = body.root.children.find((n: any) => n.type === 'paragraph')
    const before = paragraph.children.map((c: any) => c.text).join('')
    paragraph.children = [{ type: 'text', text: `${before} Practitioners should also record the date of each contact.`, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }]
    const versions = async (where = '') => (await api('editor', `/api/chapters/versions?where[parent][equals]=${chapter.id}${where}&limit=1&depth=0`)).body.totalDocs as number
    const [allBefore, ownBefore] = [await versions(), await versions('&where[snapshot][not_equals]=true')]
    const publishedThai = async () => (await api('editor', `/api/chapters/${chapter.id}?locale=th&depth=0&fallback-locale=none`)).body.translation.status
    const publishedThaiBefore = await publishedThai()
    const res = await api('editor', `/api/chapters/${chapter.id}?locale=en`, { method: 'PATCH', json: { body, _status: 'published' } })
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    expect((await read('th')).translation.status).toBe('outdated')
    // Turning two languages outdated added no version of its own: the publish is one version, and
    // Payload's snapshot keeps the other languages' drafts (the admin does not list it as a change).
    expect(await versions('&where[snapshot][not_equals]=true')).toBe(ownBefore + 1)
    expect(await versions()).toBe(allBefore + 2)
    // The published Thai keeps the status it was published with until Thai is published again.
    expect(await publishedThai()).toBe(publishedThaiBefore)
    expect(publishedThaiBefore).not.toBe('outdated')
    // Reviewed translations (approved or awaiting review) turn outdated; work in progress stays as it was.
    expect((await read('id')).translation.status).toBe('outdated')
    expect((await read('vi')).translation.status).toBe('in-progress')

    const diff = await api('translator-th', `/api/chapters/${chapter.id}/translation-diff?locale=th`)
    expect(diff.status, JSON.stringify(diff.body).slice(0, 300)).toBe(200)
    expect(diff.body.status).toBe('outdated')
    expect(diff.body.changes).toHaveLength(1)
    expect(diff.body.changes[0].unit).toMatch(/^body\.\d+$/)
    expect(diff.body.changes[0].diff.slice(-90)).toMatch(/\{\+\s*Practitioners should also record the date of each contact\.\s*\+\}$/)
    expect(diff.body.changes[0].diff).not.toContain('[-')
    expect((await api('public', `/api/chapters/${chapter.id}/translation-diff?locale=th`)).status).toBe(401)
  })
})

describe('statuses in the admin list views', () => {
  it('shows each item\'s status in the viewed language as a column, and filters on it', async () => {
    const th = await read('th')
    expect(th.translation.status).toBe('outdated')
    const other = (await api('editor', `/api/chapters?where[translation.status][equals]=needs-review&locale=th&depth=0&limit=1`)).body.docs[0]
    expect(other.title).not.toBe(th.title)
    const filtered = await adminPage('editor', `/admin/collections/chapters?locale=th&limit=100&where[or][0][and][0][translation.status][equals]=outdated`)
    expect(filtered.status).toBe(200)
    expect(filtered.html).toContain(th.title)
    expect(filtered.html).not.toContain(other.title)
    expect(filtered.html).toMatch(/<td class="cell-translation__status"><span class="selected--outdated">/)
    expect(filtered.html).not.toMatch(/<td class="cell-translation__status"><span class="selected--needs-review">/)
    // Unfiltered, the column shows each chapter's own status in the viewed language.
    const all = await adminPage('editor', '/admin/collections/chapters?locale=th&limit=100')
    expect(all.html).toContain('id="heading-translation__status"')
    expect(all.html).toContain(other.title)
    expect(all.html).toMatch(/<td class="cell-translation__status"><span class="selected--needs-review">/)
  })
})

describe('progress and audit', () => {
  it('reports guides × locales with percent approved, outdated and missing counts and links', async () => {
    const publicView = await api('public', '/api/translation-progress')
    expect(publicView.status).toBe(200)
    // The public gets figures only: no item titles, so nothing unpublished or withdrawn is named.
    for (const g of publicView.body.guides) for (const l of Object.values<any>(g.locales)) expect(l).not.toHaveProperty('work')
    const withdrawn = (await api('editor', '/api/quotes?where[slug][equals]=withdrawn-testimony-g1&depth=0&draft=true&locale=en')).body.docs[0]
    expect(JSON.stringify(publicView.body)).not.toContain(withdrawn.attribution)
    const res = await api('editor', '/api/translation-progress')
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).toContain(withdrawn.attribution)
    expect(res.body.locales).toEqual(['id', 'ms', 'vi', 'th'])
    // Staff see every guide (other tests add drafts); the six demo guides are among them.
    expect(res.body.guides.map((g: any) => g.slug)).toEqual(expect.arrayContaining(['victim-identification', 'protection-and-support', 'recovery-and-reintegration', 'child-victims', 'victim-witnesses', 'access-to-remedies']))
    const guide = res.body.guides.find((g: any) => g.slug === guideSlug)
    const th = guide.locales.th
    expect(th.items).toBeGreaterThanOrEqual(1 + 5 + 3 + 2)
    expect(th.outdated).toBe(1)
    expect(th.work.some((w: any) => w.collection === 'chapters' && w.status === 'outdated' && w.adminUrl.includes(`/admin/collections/chapters/${chapter.id}?locale=th`))).toBe(true)
    expect(guide.locales.id.needsReview).toBe(th.items - 0 - (guide.locales.id.missing + guide.locales.id.approved + guide.locales.id.outdated + guide.locales.id.inProgress))
  })

  it('shows the same matrix to editors in the admin panel, with links to the items to work on', async () => {
    const { status, html } = await adminPage('editor', '/admin/translation-progress')
    expect(status).toBe(200)
    expect(html).toContain('Translation progress')
    // Work-list links are for logged-in staff only: their presence shows the page saw the editor.
    expect(html).toMatch(/\/admin\/collections\/(chapters|quotes|exercises|guides)\/\d+\?locale=/)
    expect(html).toContain('Access to Remedies')
    // At least one guide shows an outdated item (rendered as HTML or in the RSC payload).
    expect(html).toMatch(/>[1-9]\d*(<!-- -->)? outdated<|\[[1-9]\d*,\\?" outdated\\?"\]/)
  })

  it('keeps an audit trail of status changes that editors can read', async () => {
    const events = await api('editor', `/api/translation-events?where[docId][equals]=${chapter.id}&where[collection][equals]=chapters&sort=at&limit=50`)
    expect(events.status).toBe(200)
    const steps = events.body.docs.filter((e: any) => e.locale === 'th' && e.user !== 'system').map((e: any) => `${e.locale}:${e.from}->${e.to}`)
    expect(steps).toEqual(['th:needs-review->in-progress', 'th:in-progress->needs-review', 'th:needs-review->approved', 'th:approved->outdated'])
    const th = events.body.docs.filter((e: any) => e.locale === 'th' && e.user !== 'system')
    expect(th[0].user).toBe('translator.th@guidepress.local')
    expect(th[3].note).toMatch(/English changed: body\.\d+/)
    expect((await api('translator-th', '/api/translation-events')).status).toBe(403)
    expect((await api('public', '/api/translation-events')).status).toBe(403)
  })
})
