// The Guidance Note on Developing a Directory of Services: a guide of kind 'guidance-note', written,
// translated and printed like a practitioner guide, with its own five parts. Its chapters can only be
// in its parts (and a practitioner guide's only in theirs), its cover and citation say "Guidance note"
// instead of a guide number, and no facilitator guide can belong to it.
import { describe, expect, it } from 'vitest'
import { guidanceNoteParts } from '../../src/fields/options'
import { localeCodes } from '../../src/i18n/locales'
import { labels } from '../../src/publishing/render/labels'
import { api, errorText, graphql } from '../helpers/api'
import { readBook, structureOf } from '../helpers/book'
import { downloadEdition, fonts, outlineAndLang, pdfInfo, readingText, squash } from '../helpers/pdf'

const SLUG = 'guidance-note-directory-of-services'
const internalValues = /DEMO-GN|Demo content: no real person|no consent form/

async function theNote(locale = 'en') {
  const res = await api('public', `/api/guides?where[slug][equals]=${SLUG}&locale=${locale}&depth=0`)
  expect(res.status).toBe(200)
  expect(res.body.docs, 'the demo guidance note is published').toHaveLength(1)
  return res.body.docs[0]
}

/** The error messages of a refused request, as the editor reads them. */
const messages = (body: unknown) => errorText(body).replace(/\\"/g, '"')

const chaptersOf = async (guideId: number, locale: string) =>
  (await api('public', `/api/chapters?where[guide][equals]=${guideId}&sort=order&locale=${locale}&depth=0&limit=20`)).body.docs as { id: number; part: string; title: string }[]

describe('the guidance note in the API', () => {
  it('is a guide of kind guidance-note with its own five parts, in REST, GraphQL and the delivery API', async () => {
    const note = await theNote()
    expect(note.kind).toBe('guidance-note')
    expect((await chaptersOf(note.id, 'en')).map((c) => c.part)).toEqual(guidanceNoteParts.map((p) => p.value))

    const gql = await graphql('public', `{ Guides(where: { slug: { equals: "${SLUG}" } }) { docs { kind } } }`)
    expect(gql.body.data.Guides.docs).toEqual([{ kind: 'guidance_note' }])

    const list = await api('public', '/delivery/v1/guides?locale=th')
    expect(list.status).toBe(200)
    const kinds = Object.fromEntries(list.body.guides.map((g: any) => [g.slug, g.kind]))
    expect(kinds[SLUG]).toBe('guidance-note')
    expect(kinds['victim-identification']).toBe('practitioner-guide')
    const one = await api('public', `/delivery/v1/guides/${SLUG}?locale=vi`)
    expect(one.status).toBe(200)
    expect(one.body.kind).toBe('guidance-note')
    expect(one.body.chapters.map((c: any) => c.part)).toEqual(guidanceNoteParts.map((p) => p.value))
  })

  it('keeps its internal quote fields and its print-only quote out of the public API', async () => {
    const note = await theNote()
    const body = JSON.stringify((await api('public', `/delivery/v1/guides/${SLUG}?locale=en`)).body)
    expect(body).not.toMatch(internalValues)
    const chapters = await api('public', `/api/chapters?where[guide][equals]=${note.id}&depth=2&locale=all&limit=20`)
    expect(JSON.stringify(chapters.body)).not.toMatch(internalValues)
    const printOnly = (await api('editor', '/api/quotes?where[slug][like]=gn-&where[consent][equals]=print-only&depth=0')).body.docs
    expect(printOnly.length, 'the demo note has a print-only quote').toBe(1)
    expect((await api('public', `/api/quotes/${printOnly[0].id}`)).status).toBe(404)
    expect(body).not.toContain(printOnly[0].text.slice(0, 40))
  })
})

describe('a quote of the note narrowed to print only', () => {
  it('leaves the delivery API at once and stays in the PDF; back to granted, the rebuild delivers it again', async () => {
    const [quote] = (await api('editor', '/api/quotes?where[slug][equals]=gn-office-to-office&depth=0&locale=en')).body.docs
    expect(quote.consent).toBe('granted')
    const words = quote.text.slice(0, 50)
    const delivered = async () => JSON.stringify((await api('public', `/delivery/v1/guides/${SLUG}?locale=en`)).body)
    expect(await delivered()).toContain(words)
    const { record: pdfBefore } = await downloadEdition(SLUG, 'en')
    try {
      expect((await api('editor', `/api/quotes/${quote.id}`, { method: 'PATCH', json: { consent: 'print-only' } })).status).toBe(200)
      // No queue run: the snapshot was rewritten by the save itself.
      expect(await delivered()).not.toContain(words)
      expect((await api('public', `/api/quotes/${quote.id}`)).status).toBe(404)
      const pdfNow = (await api('public', `/api/publications/${pdfBefore.id}?depth=0`)).body
      expect(pdfNow.status, 'the printed edition may keep a print-only quote').toBe('current')
      const { file } = await downloadEdition(SLUG, 'en')
      expect(squash(readingText(file))).toContain(squash(words))
    } finally {
      expect((await api('editor', `/api/quotes/${quote.id}`, { method: 'PATCH', json: { consent: 'granted' } })).status).toBe(200)
      expect((await api('editor', '/api/payload-jobs/run?queue=publishing&limit=50')).status).toBe(200)
    }
    expect(await delivered()).toContain(words)
  })
})

describe('parts that fit the guide', () => {
  it('refuse a chapter in a part of the other kind, on create and on update, with the parts that fit, writing nothing', async () => {
    const note = await theNote()
    const guide = (await api('public', '/api/guides?where[slug][equals]=victim-identification&depth=0')).body.docs[0]
    const before = (await api('editor', '/api/chapters?limit=0&draft=true')).body.totalDocs

    const intoGuide = await api('editor', '/api/chapters?locale=en', { method: 'POST', json: { guide: guide.id, order: 900, part: 'directory-safety', slug: 'misfiled', title: 'Misfiled' } })
    expect(intoGuide.status).toBe(400)
    expect(messages(intoGuide.body)).toMatch(/"directory-safety" is not a part of a practitioner guide\. Choose one of: Introduction \(introduction\), Legal obligations \(legal-obligations\)/)

    const intoNote = await api('editor', '/api/chapters?locale=en', { method: 'POST', json: { guide: note.id, order: 900, part: 'legal-obligations', slug: 'misfiled', title: 'Misfiled' } })
    expect(intoNote.status).toBe(400)
    expect(messages(intoNote.body)).toMatch(/"legal-obligations" is not a part of a guidance note\. Choose one of: .*Building the directory \(directory-building\)/)
    expect((await api('editor', '/api/chapters?limit=0&draft=true')).body.totalDocs).toBe(before)

    const [first] = await chaptersOf(note.id, 'en')
    const moved = await api('editor', `/api/chapters/${first.id}?locale=en`, { method: 'PATCH', json: { part: 'key-concepts' } })
    expect(moved.status).toBe(400)
    expect((await api('public', `/api/chapters/${first.id}?depth=0`)).body.part).toBe('introduction')
  })

  it('accept Part 1 and Other in either kind, and refuse a facilitator guide for the guidance note', async () => {
    const note = await theNote()
    const other = await api('editor', '/api/chapters?locale=en', { method: 'POST', json: { guide: note.id, order: 990, part: 'other', slug: `aside-${Date.now()}`, title: 'An aside', _status: 'draft' } })
    expect(other.status, errorText(other.body)).toBe(201)
    expect((await api('editor', `/api/chapters/${other.body.doc.id}`, { method: 'DELETE' })).status).toBe(200)

    const facilitator = await api('editor', '/api/facilitator-guides?locale=en', { method: 'POST', json: { slug: 'note-training', guide: note.id, title: 'Training on the note', introduction: 'x' } })
    expect(facilitator.status).toBe(400)
    expect(errorText(facilitator.body)).toMatch(/guide/i)
  })
})

describe('the printed guidance note', () => {
  it.each(localeCodes.map((l) => [l]))('in %s: "Guidance note" on the cover and in the citation, its parts numbered in the contents, fonts embedded, tagged, nothing internal', async (locale) => {
    const note = await theNote(locale)
    const { file } = await downloadEdition(SLUG, locale)
    const label = labels[locale]
    const book = readBook(file)
    const front = squash(book.pages.slice(0, 3).join('\n'))
    expect(front).toContain(squash(label.guidanceNote))
    // No guide number: a practitioner guide's cover reads "<series> · 3", its citation "guide 3".
    expect(front).not.toContain(squash(`${label.series} · ${note.seriesNumber}`))
    expect(front).not.toContain(squash(label.guideNumber(note.seriesNumber)))

    const chapters = await chaptersOf(note.id, locale)
    const { titles, lang } = outlineAndLang(file)
    expect(lang).toBe(locale)
    const contents = squash(book.pages.slice(0, 4).join('\n'))
    chapters.forEach((chapter, i) => {
      expect(titles.map(squash), `bookmark for ${chapter.title}`).toContain(squash(chapter.title))
      expect(contents).toContain(squash(`${label.part(i + 1)}. ${chapter.title}`).slice(0, 40))
    })
    expect(pdfInfo(file).Tagged).toBe('yes')
    for (const font of fonts(file)) expect(font.embedded, font.name).toBe(true)
    const { types } = structureOf(file)
    expect(types).toContain('TOC')
    expect(types).toContain('BlockQuote')
    expect(readingText(file)).not.toMatch(internalValues)
  })
})
