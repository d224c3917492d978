// The access matrix: every role × collection × operation over HTTP against the running server.
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Role } from '../helpers/api'
import { mediaForm, newDoc } from '../helpers/fixtures'

type Op = 'read' | 'create' | 'update' | 'delete'
const collections = ['guides', 'chapters', 'quotes', 'exercises', 'legal-instruments', 'glossary-terms', 'media', 'users'] as const
type Collection = (typeof collections)[number]
const roles: Role[] = ['public', 'translator-th', 'editor', 'admin']
const drafts = new Set(['guides', 'chapters', 'quotes', 'exercises'])

/** What each role may do. Translators update in their own locale only (tested separately per locale). */
function allowed(role: Role, collection: Collection, op: Op): boolean {
  if (role === 'admin') return true
  // Staff may read (and update) their own account only; the sample user is someone else.
  if (collection === 'users') return op === 'read' && role !== 'public'
  if (op === 'read') return true
  if (role === 'editor') return true
  if (role === 'translator-th') return op === 'update'
  return false
}

const refs: { guideId: number | string; sample: Record<string, number | string> } = { guideId: 0, sample: {} }

async function createAsAdmin(collection: Collection): Promise<number | string> {
  const res =
    collection === 'media'
      ? await api('admin', '/api/media', { method: 'POST', form: await mediaForm() })
      : await api('admin', `/api/${collection}`, { method: 'POST', json: newDoc(collection, refs) })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id
}

beforeAll(async () => {
  const guides = await api('admin', '/api/guides?limit=1&depth=0&sort=seriesNumber')
  refs.guideId = guides.body.docs[0].id
  for (const c of collections) {
    // The newest item of the demo content: never one another test file created (and may change).
    const list = await api('admin', `/api/${c}?limit=1&depth=0&sort=-id&where[createdAt][less_than_equal]=${inject('seededAt')}`)
    refs.sample[c] = list.body.docs[0].id
  }
  const admin = await api('admin', '/api/users?where[email][equals]=admin@guidepress.local&depth=0')
  refs.sample.users = admin.body.docs[0].id
})

const cases = roles.flatMap((role) =>
  collections.flatMap((collection) => (['read', 'create', 'update', 'delete'] as Op[]).map((op) => ({ role, collection, op }))),
)

describe('access matrix over HTTP', () => {
  it.each(cases)('$role $op $collection', async ({ role, collection, op }) => {
    const expected = allowed(role, collection, op)
    const locale = role === 'translator-th' ? 'th' : 'en'
    const draft = role === 'translator-th' && drafts.has(collection) ? '&draft=true' : ''
    let status: number
    if (op === 'read') {
      const res = await api(role, `/api/${collection}?limit=100&depth=0`)
      expect(res.status).toBe(expected ? 200 : 403)
      if (collection === 'users' && role !== 'admin' && expected) expect(res.body.docs).toHaveLength(1)
      return
    }
    if (op === 'create') {
      const res =
        collection === 'media'
          ? await api(role, '/api/media', { method: 'POST', form: await mediaForm() })
          : await api(role, `/api/${collection}`, { method: 'POST', json: newDoc(collection, refs) })
      expect(res.status, JSON.stringify(res.body)).toBe(expected ? 201 : 403)
      if (res.status === 201) await api('admin', `/api/${collection}/${res.body.doc.id}`, { method: 'DELETE' })
      return
    }
    if (op === 'update') {
      // Write back what is there (in the role's locale), so the test proves permission without changing content.
      const id = collection === 'users' ? refs.sample.users : refs.sample[collection]
      const current = await api('admin', `/api/${collection}/${id}?locale=${locale}&depth=0${drafts.has(collection) ? '&draft=true' : ''}`)
      const field = { guides: 'title', chapters: 'title', quotes: 'text', exercises: 'title', 'legal-instruments': 'name', 'glossary-terms': 'term', media: 'alt', users: 'name' }[collection]
      // Editors publish explicitly: without _status, a save on top of a translator's draft stays a draft.
      const publish = drafts.has(collection) && !draft ? { _status: 'published' } : {}
      const res = await api(role, `/api/${collection}/${id}?locale=${locale}${draft}`, { method: 'PATCH', json: { [field]: current.body[field] ?? 'x', ...publish } })
      status = res.status
      if (expected) expect(status, JSON.stringify(res.body)).toBe(200)
      else expect([401, 403, 404]).toContain(status)
      return
    }
    const victim = await createAsAdmin(collection)
    const res = await api(role, `/api/${collection}/${victim}`, { method: 'DELETE' })
    if (expected) expect(res.status, JSON.stringify(res.body)).toBe(200)
    else {
      expect([401, 403, 404]).toContain(res.status)
      expect((await api('admin', `/api/${collection}/${victim}?depth=0`)).status).toBe(200)
      await api('admin', `/api/${collection}/${victim}`, { method: 'DELETE' })
    }
  })
})

describe('translators and locales', () => {
  it('lets a translator save a draft translation in their own locale only', async () => {
    const id = refs.sample.chapters
    const own = await api('translator-th', `/api/chapters/${id}?locale=th&draft=true`, { method: 'PATCH', json: { title: 'ชื่อบททดสอบ' } })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    const other = await api('translator-th', `/api/chapters/${id}?locale=vi&draft=true`, { method: 'PATCH', json: { title: 'Tiêu đề thử' } })
    expect(other.status).toBe(403)
    expect(JSON.stringify(other.body)).toContain('You translate into th, not \\"vi\\"')
    const english = await api('translator-th', `/api/chapters/${id}?locale=en&draft=true`, { method: 'PATCH', json: { title: 'Test' } })
    expect(english.status).toBe(403)
    expect(JSON.stringify(english.body)).toContain('English (en) is the source text')
    // The public still sees the published Thai title, not the draft.
    const published = await api('public', `/api/chapters/${id}?locale=th&depth=0`)
    expect(published.body.title).not.toBe('ชื่อบททดสอบ')
  })

  it('lets a translator save a draft of a published chapter as the admin panel sends it (every field, _status: draft)', async () => {
    const id = refs.sample.chapters
    const form = (await api('translator-th', `/api/chapters/${id}?locale=th&depth=0&draft=true`)).body
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = form
    const res = await api('translator-th', `/api/chapters/${id}?locale=th&draft=true`, { method: 'PATCH', json: { ...fields, title: 'ชื่อบทจากแผงผู้ดูแล', _status: 'draft' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await api('admin', `/api/chapters/${id}?locale=th&depth=0&draft=true`)).body.title).toBe('ชื่อบทจากแผงผู้ดูแล')
    // Still published for everyone else: a Thai draft does not unpublish the chapter.
    expect((await api('public', `/api/chapters/${id}?locale=en&depth=0`)).status).toBe(200)
    const publish = await api('translator-th', `/api/chapters/${id}?locale=th&draft=true`, { method: 'PATCH', json: { ...fields, _status: 'published' } })
    expect(publish.status).toBe(403)
  })

  it('lets a translator translate fields inside groups and lists', async () => {
    const exercise = (await api('admin', `/api/exercises/${refs.sample.exercises}?locale=th&depth=0&draft=true`)).body
    const questions = exercise.questions.map((q: any, i: number) => ({ id: q.id, question: `คำถามที่ ${i + 1}` }))
    const res = await api('translator-th', `/api/exercises/${refs.sample.exercises}?locale=th&draft=true`, { method: 'PATCH', json: { questions } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const saved = (await api('admin', `/api/exercises/${refs.sample.exercises}?locale=th&depth=0&draft=true`)).body
    expect(saved.questions.map((q: any) => q.question)).toEqual(questions.map((q: any) => q.question))
    const guide = await api('translator-th', `/api/guides/${refs.guideId}?locale=th&draft=true`, { method: 'PATCH', json: { colophon: { translatorCredit: 'แปลโดยทีมทดสอบ' } } })
    expect(guide.status, JSON.stringify(guide.body)).toBe(200)
    expect((await api('admin', `/api/guides/${refs.guideId}?locale=th&depth=0&draft=true`)).body.colophon.translatorCredit).toBe('แปลโดยทีมทดสอบ')
  })

  it('refuses a translator publishing or changing non-localized fields, naming the field', async () => {
    const id = refs.sample.chapters
    const publish = await api('translator-th', `/api/chapters/${id}?locale=th`, { method: 'PATCH', json: { title: 'ชื่อ' } })
    expect(publish.status).toBe(403)
    expect(JSON.stringify(publish.body)).toMatch(/draft/i)
    const order = await api('translator-th', `/api/chapters/${id}?locale=th&draft=true`, { method: 'PATCH', json: { order: 1 } })
    expect(order.status).toBe(403)
    expect(JSON.stringify(order.body)).toContain('order is shared by every language')
    const before = (await api('admin', `/api/quotes/${refs.sample.quotes}?depth=0`)).body.consent
    expect(['granted', 'print-only']).toContain(before)
    const consent = await api('translator-th', `/api/quotes/${refs.sample.quotes}?locale=th&draft=true`, { method: 'PATCH', json: { consent: 'withdrawn' } })
    expect(consent.status).toBe(403)
    expect((await api('admin', `/api/quotes/${refs.sample.quotes}?depth=0`)).body.consent).toBe(before)
  })

  it('does not let a translator manage users or change their own roles', async () => {
    const me = await api('translator-th', '/api/users/me')
    const res = await api('translator-th', `/api/users/${me.body.user.id}`, { method: 'PATCH', json: { roles: ['admin'], languages: ['th', 'vi'] } })
    const after = await api('admin', `/api/users/${me.body.user.id}?depth=0`)
    expect(after.body.roles).toEqual(['translator'])
    expect(after.body.languages).toEqual(['th'])
    expect([200, 403]).toContain(res.status)
  })
})
