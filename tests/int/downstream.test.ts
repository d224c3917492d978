// Acts as a downstream website: lists guides in Thai, then reads one guide with its chapters,
// quotes and exercises resolved, over REST and GraphQL.
import { describe, expect, it } from 'vitest'
import { api, graphql } from '../helpers/api'

const internalKeys = ['internal', 'interviewCode', 'sourceReference', 'editorialNotes', 'consentRecord', 'consent']

function collectBlocks(node: any, out: any[] = []): any[] {
  if (node && typeof node === 'object') {
    if (node.type === 'block') out.push(node.fields)
    for (const child of node.children ?? node.root?.children ?? []) collectBlocks(child, out)
  }
  return out
}

const thai = /[\u0E00-\u0E7F]/

describe('downstream site, Thai edition', () => {
  it('lists the six guides and the guidance note in series order with Thai titles', async () => {
    const { status, body } = await api('public', '/api/guides?locale=th&sort=seriesNumber&limit=20&depth=0')
    expect(status).toBe(200)
    expect(body.docs.map((g: any) => g.seriesNumber)).toEqual([1, 2, 3, 4, 5, 6, 7])
    for (const guide of body.docs) {
      expect(guide.title).toMatch(thai)
      expect(guide._status).toBe('published')
    }
  })

  it('reads one guide with its chapters in order and quotes and exercises resolved, without internal fields', async () => {
    const guides = await api('public', '/api/guides?locale=th&where[slug][equals]=victim-identification&depth=1')
    expect(guides.status).toBe(200)
    const guide = guides.body.docs[0]
    expect(guide.legalInstruments.length).toBeGreaterThan(0)
    expect(guide.legalInstruments[0].name).toMatch(thai)
    expect(guide.coverImage.url).toMatch(/\/api\/media\/file\//)

    const chapters = await api('public', `/api/chapters?locale=th&where[guide][equals]=${guide.id}&sort=order&depth=2&limit=50`)
    expect(chapters.status).toBe(200)
    expect(chapters.body.docs.map((c: any) => c.part)).toEqual(['introduction', 'legal-obligations', 'key-concepts', 'issues-and-challenges', 'guidance'])
    for (const chapter of chapters.body.docs) expect(chapter.title).toMatch(thai)

    const blocks: any[] = chapters.body.docs.flatMap((c: any) => collectBlocks(c.body))
    const quotes = blocks.filter((b: any) => b.blockType === 'survivorQuote')
    const exercises = blocks.filter((b: any) => b.blockType === 'exercise')
    const resolvedQuotes = quotes.filter((b: any) => b.quote && typeof b.quote === 'object')
    expect(resolvedQuotes.length).toBe(3)
    for (const q of resolvedQuotes) {
      expect(q.quote.text).toMatch(thai)
      expect(q.quote.attribution).toMatch(thai)
      for (const key of internalKeys) expect(q.quote).not.toHaveProperty(key)
    }
    // The withdrawn quote is placed in the text, but the public gets no trace of it: not even its block.
    const unresolved = quotes.filter((b: any) => !b.quote || typeof b.quote !== 'object')
    expect(unresolved).toEqual([])
    expect(JSON.stringify(chapters.body)).not.toMatch(/DEMO-G1|interview set|Demo field study/)
    expect(exercises.length).toBe(2)
    for (const e of exercises) {
      expect(e.exercise.title).toMatch(thai)
      expect(e.exercise.questions[0].question).toMatch(thai)
    }
  })

  it('serves the same guide over GraphQL in Thai with English fallback on', async () => {
    const { status, body } = await graphql(
      'public',
      `{ Guides(locale: th, sort: "seriesNumber") { docs { seriesNumber title legalInstruments { shortName name } } } }`,
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Guides.docs).toHaveLength(7)
    expect(body.data.Guides.docs[0].title).toMatch(thai)
  })
})
