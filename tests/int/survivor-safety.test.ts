// Survivor safety at the API: internal quote fields, withdrawn and print-only quotes, drafts.
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { api, graphql } from '../helpers/api'

const internalValues = /DEMO-G\d|interview set|Demo field study|Invented for guidepress demo content|no consent form/

let withdrawnId: number | string
let printOnlyId: number | string
let grantedId: number | string

beforeAll(async () => {
  const all = await api('editor', '/api/quotes?limit=100&depth=0&draft=true')
  const bySlug = (slug: string) => all.body.docs.find((q: any) => q.slug === slug).id
  withdrawnId = bySlug('withdrawn-testimony-g1')
  printOnlyId = bySlug('g2-called-a-criminal')
  grantedId = bySlug('g1-afraid-of-police')
})

describe('survivor quotes through the public API', () => {
  it('shows published, consent-granted quotes without any internal field', async () => {
    const { status, body } = await api('public', '/api/quotes?limit=100&depth=0&locale=all')
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThanOrEqual(15)
    expect(JSON.stringify(body)).not.toMatch(internalValues)
    for (const q of body.docs) {
      expect(q).not.toHaveProperty('internal')
      expect(q).not.toHaveProperty('consent')
    }
  })

  it('never returns a withdrawn or print-only quote, by id, list, draft flag or locale=all', async () => {
    for (const id of [withdrawnId, printOnlyId]) {
      expect((await api('public', `/api/quotes/${id}`)).status).toBe(404)
      expect((await api('public', `/api/quotes/${id}?draft=true`)).status).toBe(404)
      expect((await api('public', `/api/quotes/${id}/versions`)).status).toBeGreaterThanOrEqual(400)
    }
    const list = await api('public', '/api/quotes?limit=200&draft=true&locale=all')
    const ids = list.body.docs.map((q: any) => q.id)
    expect(ids).toContain(grantedId)
    expect(ids).not.toContain(withdrawnId)
    expect(ids).not.toContain(printOnlyId)
  })

  it('cannot be used as an oracle on internal fields through where or sort', async () => {
    const where = await api('public', '/api/quotes?where[internal.interviewCode][like]=DEMO')
    expect([400, 403]).toContain(where.status)
    expect(JSON.stringify(where.body)).not.toMatch(internalValues)
    const consent = await api('public', '/api/quotes?where[consent][equals]=withdrawn')
    expect([400, 403]).toContain(consent.status)
    // Sorting by a hidden field must not reveal its order: refused, or the same order as without it.
    const ids = async (query: string) => (await api('public', `/api/quotes?${query}&limit=100&depth=0`)).body.docs?.map((d: any) => d.id)
    for (const field of ['internal.interviewCode', '-internal.interviewCode', 'internal.sourceReference']) {
      const sorted = await api('public', `/api/quotes?sort=${field}&limit=100&depth=0`)
      if (sorted.status === 200) expect(sorted.body.docs.map((d: any) => d.id)).toEqual(await ids('sort=createdAt'))
      else expect([400, 403]).toContain(sorted.status)
    }
  })

  it('hides internal fields and withdrawn quotes from GraphQL', async () => {
    const fields = await graphql('public', `{ Quotes(limit: 100) { docs { id text internal { interviewCode } } } }`)
    expect(JSON.stringify(fields.body)).not.toMatch(internalValues)
    const list = await graphql('public', `{ Quotes(limit: 100, draft: true) { docs { id slug } } }`)
    expect(list.body.data.Quotes.docs.map((d: any) => d.slug)).not.toContain('withdrawn-testimony-g1')
    const byId = await graphql('public', `query ($id: Int!) { Quote(id: $id) { id text } }`, { id: Number(withdrawnId) })
    expect(byId.body.data?.Quote ?? null).toBeNull()
  })

  it('lets an editor read the internal fields; translators do not see them', async () => {
    const editor = await api('editor', `/api/quotes/${grantedId}?depth=0`)
    expect(editor.body.internal.interviewCode).toMatch(/^DEMO-G1/)
    expect(editor.body.consent).toBe('granted')
    const translator = await api('translator-th', `/api/quotes/${grantedId}?depth=0`)
    expect(translator.status).toBe(200)
    expect(translator.body).not.toHaveProperty('internal')
  })

  it('unpublishes a quote when its consent is withdrawn', async () => {
    const created = await api('editor', '/api/quotes', {
      method: 'POST',
      json: { slug: 'consent-test', text: 'Words to be withdrawn.', attribution: 'Test person', consent: 'granted', _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api('public', `/api/quotes/${id}`)).status).toBe(200)
    const withdrawn = await api('editor', `/api/quotes/${id}`, { method: 'PATCH', json: { consent: 'withdrawn', _status: 'published' } })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.doc._status).toBe('draft')
    expect((await api('public', `/api/quotes/${id}`)).status).toBe(404)
    await api('admin', `/api/quotes/${id}`, { method: 'DELETE' })
  })
})

describe('drafts and versions', () => {
  it('never shows a draft to the public, even with ?draft=true', async () => {
    const guide = (await api('editor', '/api/guides?limit=1&depth=0&sort=seriesNumber')).body.docs[0]
    const draft = await api('editor', `/api/guides/${guide.id}?draft=true`, { method: 'PATCH', json: { subtitle: 'Unpublished draft subtitle' } })
    expect(draft.status).toBe(200)
    const pub = await api('public', `/api/guides/${guide.id}?draft=true`)
    expect(JSON.stringify(pub.body)).not.toContain('Unpublished draft subtitle')
    const list = await api('public', '/api/guides?draft=true&limit=20')
    expect(JSON.stringify(list.body)).not.toContain('Unpublished draft subtitle')
    const gql = await graphql('public', `{ Guides(draft: true) { docs { subtitle } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('Unpublished draft subtitle')
    const versions = await api('public', `/api/guides/versions?limit=50`)
    expect(versions.status).toBe(403)
    // Restore: publish the original subtitle again.
    const restored = await api('editor', `/api/guides/${guide.id}`, { method: 'PATCH', json: { subtitle: guide.subtitle, _status: 'published' } })
    expect(restored.body.doc._status).toBe('published')
  })

  it('does not leak unpublished guides through a relationship filter', async () => {
    const created = await api('editor', '/api/guides?draft=true', {
      method: 'POST',
      json: { slug: 'secret-draft-guide', seriesNumber: 77, title: 'Secret draft guide', year: 2026, phase: 'two', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const chapter = await api('editor', '/api/chapters', {
      method: 'POST',
      json: { slug: 'secret-chapter', guide: created.body.doc.id, order: 1, part: 'other', title: 'Public chapter of a draft guide', _status: 'published' },
    })
    expect(chapter.status).toBe(201)
    // A published chapter of an unpublished guide is not public: it follows its guide.
    expect((await api('public', `/api/chapters/${chapter.body.doc.id}`)).status).toBe(404)
    const listed = await api('public', '/api/chapters?limit=200&depth=0&where[slug][equals]=secret-chapter')
    expect(listed.body.totalDocs).toBe(0)
    const gql = await graphql('public', `{ Chapters(where: { slug: { equals: "secret-chapter" } }) { docs { title } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('Public chapter of a draft guide')
    const probe = await api('public', '/api/chapters?where[guide.title][like]=Secret&depth=0')
    const control = await api('public', '/api/chapters?where[guide.title][like]=NoSuchTitle&depth=0')
    // The filter must not distinguish a matching hidden title from a non-matching one.
    expect(probe.status === 200 ? probe.body.totalDocs : probe.status).toEqual(control.status === 200 ? control.body.totalDocs : control.status)
    await api('admin', `/api/chapters/${chapter.body.doc.id}`, { method: 'DELETE' })
    await api('admin', `/api/guides/${created.body.doc.id}`, { method: 'DELETE' })
  })
})

describe('logs', () => {
  it('never write internal quote fields to the server log, even when the database refuses a write', async () => {
    const secret = 'SECRET-INTERVIEW-CODE-4711'
    const duplicate = await api('editor', '/api/quotes', {
      method: 'POST',
      json: { slug: 'g1-afraid-of-police', text: 'Duplicate slug', attribution: 'Test', consent: 'granted', internal: { interviewCode: secret, editorialNotes: secret } },
    })
    expect(duplicate.status).toBe(400)
    expect(JSON.stringify(duplicate.body)).toMatch(/slug/)
    const badRelation = await api('editor', '/api/chapters', {
      method: 'POST',
      json: { slug: 'x', guide: 987654, order: 1, part: 'other', title: secret },
    })
    expect(badRelation.status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const log = readFileSync(inject('serverLog'), 'utf8')
    expect(log.length).toBeGreaterThan(0)
    expect(log).not.toContain(secret)
    expect(log).not.toMatch(internalValues)
  })
})

describe('what translators may read and write', () => {
  it('never shows a translator a withdrawn or pending quote: by id, list, draft, versions, GraphQL or a populated chapter', async () => {
    const pending = await api('editor', '/api/quotes', {
      method: 'POST',
      json: { slug: 'pending-for-translators', text: 'Pending words Wrenvale not yet confirmed.', attribution: 'Test person', consent: 'pending' },
    })
    expect(pending.status).toBe(201)
    const hidden = [withdrawnId, pending.body.doc.id]
    for (const id of hidden) {
      expect((await api('translator-th', `/api/quotes/${id}`)).status).toBe(404)
      expect((await api('translator-th', `/api/quotes/${id}?draft=true&locale=th`)).status).toBe(404)
      const versions = await api('translator-th', `/api/quotes/versions?where[parent][equals]=${id}&limit=100`)
      expect(versions.body.totalDocs ?? 0).toBe(0)
    }
    const withdrawnText = (await api('editor', `/api/quotes/${withdrawnId}?locale=en`)).body.text
    const everything = [
      await api('translator-th', '/api/quotes?limit=200&locale=all&draft=true'),
      await api('translator-th', '/api/quotes/versions?limit=200&locale=all'),
      await api('translator-th', '/api/chapters?limit=200&locale=all&depth=2'),
      await graphql('translator-th', `{ Quotes(limit: 200, draft: true) { docs { text } } }`),
      await api('translator-th', '/api/translation-progress'),
    ]
    for (const res of everything) {
      expect(JSON.stringify(res.body)).not.toContain(withdrawnText.slice(0, 40))
      expect(JSON.stringify(res.body)).not.toContain('Wrenvale')
    }
    // Print-only and granted quotes stay open for translation.
    expect((await api('translator-th', `/api/quotes/${printOnlyId}`)).status).toBe(200)
    expect((await api('translator-th', `/api/quotes/${grantedId}`)).status).toBe(200)
    await api('admin', `/api/quotes/${pending.body.doc.id}`, { method: 'DELETE' })
  })

  it('shows a translator a placed withdrawn quote as "quote hidden", and saving the body back keeps the placement', async () => {
    const blocksOf = (body: any): any[] => {
      const out: any[] = []
      const walk = (n: any) => {
        if (n?.type === 'block') out.push(n.fields)
        for (const c of n?.children ?? []) walk(c)
      }
      walk(body?.root)
      return out
    }
    const placing = (await api('editor', `/api/chapters?limit=200&depth=0&locale=th&draft=true`)).body.docs.find((c: any) =>
      blocksOf(c.body).some((b) => b.blockType === 'survivorQuote' && String(b.quote) === String(withdrawnId)),
    )
    expect(placing, 'a chapter placing the withdrawn quote').toBeDefined()
    const read = await api('translator-th', `/api/chapters/${placing.id}?locale=th&draft=true&depth=1`)
    const quotes = blocksOf(read.body.body).filter((b) => b.blockType === 'survivorQuote')
    const hidden = quotes.filter((b) => b.quoteHidden === true)
    expect(hidden).toHaveLength(1)
    expect(typeof hidden[0].quote).not.toBe('object')
    expect(quotes.filter((b) => b.quoteHidden === undefined).every((b) => typeof b.quote === 'object')).toBe(true)

    // The admin sends the body back as it read it (ids, not populated quotes), marker included.
    const asRead = (await api('translator-th', `/api/chapters/${placing.id}?locale=th&draft=true&depth=0`)).body.body
    expect(JSON.stringify(asRead)).toContain('"quoteHidden":true')
    const saved = await api('translator-th', `/api/chapters/${placing.id}?locale=th&draft=true`, { method: 'PATCH', json: { body: asRead } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const stored = (await api('editor', `/api/chapters/${placing.id}?locale=th&draft=true&depth=0`)).body
    expect(JSON.stringify(stored.body)).not.toContain('quoteHidden')
    expect(blocksOf(stored.body).some((b) => b.blockType === 'survivorQuote' && String(b.quote) === String(withdrawnId))).toBe(true)
  })

  it('refuses a translator\'s Thai text for a withdrawn quote, and changes nothing', async () => {
    const before = await api('editor', `/api/quotes/${withdrawnId}?locale=th&draft=true`)
    const res = await api('translator-th', `/api/quotes/${withdrawnId}?locale=th&draft=true`, { method: 'PATCH', json: { text: 'ข้อความใหม่ที่ไม่ควรถูกบันทึก' } })
    expect([403, 404]).toContain(res.status)
    const after = await api('editor', `/api/quotes/${withdrawnId}?locale=th&draft=true`)
    expect(after.body.text).toBe(before.body.text)
  })

  it('leaves pending and withdrawn quotes out of the XLIFF export', async () => {
    const pending = await api('editor', '/api/quotes', { method: 'POST', json: { slug: 'pending-xliff', text: 'Pending words Larkspur in a chapter.', attribution: 'Test person', consent: 'pending' } })
    const guide = (await api('editor', '/api/guides?where[slug][equals]=victim-identification&depth=0')).body.docs[0]
    const chapter = await api('editor', '/api/chapters?locale=en&draft=true', {
      method: 'POST',
      json: {
        slug: 'xliff-pending-probe', guide: guide.id, order: 960, part: 'other', title: 'Probe', _status: 'draft',
        body: { root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [{ type: 'block', format: '', version: 2, fields: { id: '0000000000000000000000aa', blockName: '', blockType: 'survivorQuote', quote: pending.body.doc.id } }] } },
      },
    })
    expect(chapter.status, JSON.stringify(chapter.body)).toBe(201)
    const xliff = await api('translator-th', '/api/xliff/export?guide=victim-identification&locale=th')
    expect(xliff.status).toBe(200)
    // The probe chapter that places the pending quote is in the file; the quote is not.
    expect(String(xliff.body)).toContain(`chapters/${chapter.body.doc.id}`)
    expect(String(xliff.body)).not.toContain('Larkspur')
    await api('admin', `/api/chapters/${chapter.body.doc.id}`, { method: 'DELETE' })
    await api('admin', `/api/quotes/${pending.body.doc.id}`, { method: 'DELETE' })
  })

  it('keeps the translation record (English snapshot, fingerprint, who and when) from the public, and translators cannot write it', async () => {
    const guide = (await api('editor', '/api/guides?where[slug][equals]=recovery-and-reintegration&depth=0')).body.docs[0]
    const chapter = (await api('editor', `/api/chapters?limit=1&depth=0&where[guide][equals]=${guide.id}&where[part][equals]=key-concepts&locale=th`)).body.docs[0]
    // An editor approves the Thai chapter: guidepress records the English it was approved against.
    const approved = await api('editor', `/api/chapters/${chapter.id}?locale=th`, { method: 'PATCH', json: { translation: { status: 'approved' }, _status: 'published' } })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const staff = await api('editor', `/api/chapters/${chapter.id}?locale=th&depth=0`)
    expect(staff.body.translation.sourceSnapshot).toBeTruthy()
    expect(staff.body.translation.changedBy).toMatch(/@/)
    const pub = await api('public', `/api/chapters/${chapter.id}?locale=all&depth=0`)
    expect(pub.status).toBe(200)
    for (const locale of Object.values(pub.body.translation ?? {}) as any[]) {
      for (const field of ['sourceSnapshot', 'sourceFingerprint', 'changedBy', 'changedAt']) expect(locale ?? {}).not.toHaveProperty(field)
    }
    expect(JSON.stringify(pub.body)).not.toContain('@guidepress.local')
    for (const where of ['translation.sourceSnapshot', 'translation.changedBy', 'translation.sourceFingerprint']) {
      const probe = await api('public', `/api/chapters?locale=th&where[${where}][like]=a`)
      expect([400, 403], where).toContain(probe.status)
    }
    const gql = await graphql('public', `{ Chapters(limit: 5, locale: th) { docs { translation { changedBy sourceSnapshot } } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('@guidepress.local')

    const forged = await api('translator-th', `/api/chapters/${chapter.id}?locale=th&draft=true`, {
      method: 'PATCH',
      json: { translation: { status: 'in-progress', changedBy: 'forged@example.org', sourceFingerprint: { title: 'forged' }, sourceSnapshot: { title: 'forged' } } },
    })
    expect(forged.status, JSON.stringify(forged.body)).toBe(200)
    const stored = (await api('editor', `/api/chapters/${chapter.id}?locale=th&draft=true&depth=0`)).body.translation
    expect(stored.changedBy).toBe('translator.th@guidepress.local')
    expect(JSON.stringify(stored)).not.toContain('forged')
  })
})

describe('the public cannot tell a hidden quote from a missing one', () => {
  it('finds no trace of a hidden quote in public chapter bodies, and cannot search bodies', async () => {
    const chapters = await api('public', '/api/chapters?limit=200&depth=2&locale=all')
    expect(chapters.status).toBe(200)
    const text = JSON.stringify(chapters.body)
    for (const id of [withdrawnId, printOnlyId]) expect(text).not.toMatch(new RegExp(`"quote":(${id}|\\{"id":${id})\\b`))
    expect(text).toMatch(new RegExp(`"quote":(${grantedId}|\\{"id":${grantedId})\\b`))
    const search = await api('public', `/api/chapters?where[body][contains]=${withdrawnId}`)
    expect(search.status).toBe(400)
    expect(JSON.stringify(search.body)).toMatch(/body/)
    expect((await api('public', `/api/chapters?where[body.root.children][contains]=block`)).status).toBe(400)
  })

  it('answers POST /access/:id the same for a hidden and a missing quote', async () => {
    const hidden = await api('public', `/api/quotes/access/${withdrawnId}`, { method: 'POST', json: {} })
    const missing = await api('public', '/api/quotes/access/987654', { method: 'POST', json: {} })
    const visible = await api('public', `/api/quotes/access/${grantedId}`, { method: 'POST', json: {} })
    expect(hidden.status).toBe(missing.status)
    expect(hidden.body).toEqual(missing.body)
    expect(visible.body).toEqual(missing.body)
  })

  it('counts only what each reader may read in the translation progress', async () => {
    const items = async (role: 'public' | 'translator-th' | 'editor') =>
      (await api(role, '/api/translation-progress')).body.guides.find((g: any) => g.slug === 'victim-identification').locales.th.items as number
    // Editors count guide 1's withdrawn quote; translators (who see every chapter, drafts too) do not.
    const [editor, translator] = [await items('editor'), await items('translator-th')]
    expect(editor - translator, `editor ${editor}, translator ${translator}`).toBe(1)
    expect(await items('public')).toBeLessThanOrEqual(await items('translator-th'))
  })
})
