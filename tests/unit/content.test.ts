// The demo content: six guides and the guidance note, five parts each, every string really translated.
import { describe, expect, it } from 'vitest'
import { partsOf } from '../../src/fields/options'
import { translationLocales } from '../../src/i18n/locales'
import { loadDemoContent } from '../../src/seed'

const { guides, library } = await loadDemoContent()

function texts(value: unknown, out: Record<string, string>[] = []): Record<string, string>[] {
  if (value && typeof value === 'object') {
    if ('en' in value && 'th' in value && typeof (value as Record<string, unknown>).en === 'string') out.push(value as Record<string, string>)
    else for (const v of Object.values(value)) texts(v, out)
  }
  return out
}

const englishWords = (guide: unknown) => texts(guide).reduce((n, t) => n + t.en.split(/\s+/).filter(Boolean).length, 0)

describe('demo content', () => {
  it('has the six guides of the series in order, each with the five standard parts, then the guidance note with its own', () => {
    expect(guides.map((g) => [g.seriesNumber, g.kind])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 'practitioner-guide']).concat([[7, 'guidance-note']]))
    for (const g of guides) {
      expect(g.chapters.map((c) => c.part)).toEqual(partsOf(g.kind).map((p) => p.value).filter((p) => p !== 'other'))
      expect(englishWords(g), g.slug).toBeGreaterThanOrEqual(1500)
      expect(g.quotes.length).toBeGreaterThanOrEqual(3)
      expect(g.exercises.length).toBeGreaterThanOrEqual(2)
      expect(g.chapters.some((c) => c.body.some((b) => b.type === 'notepad'))).toBe(true)
    }
  })

  it('translates every string: no locale copies the English', () => {
    for (const source of [...guides, library]) {
      for (const text of texts(source)) {
        for (const locale of translationLocales) {
          // Proper names (e.g. "ACTIP") may stay; sentences may not.
          if (text.en.split(' ').length > 3) expect(text[locale], `${locale}: ${text.en.slice(0, 60)}`).not.toBe(text.en)
        }
        expect(text.th).toMatch(/[\u0E00-\u0E7F]/)
      }
    }
  })

  it('includes one withdrawn-consent quote and a print-only quote in a guide and in the note, all quotes marked illustrative', () => {
    const quotes = guides.flatMap((g) => g.quotes)
    expect(quotes.filter((q) => q.consent === 'withdrawn')).toHaveLength(1)
    expect(guides.map((g) => g.quotes.filter((q) => q.consent === 'print-only').length)).toEqual([0, 1, 0, 0, 0, 0, 1])
    for (const q of quotes) expect(q.editorialNotes).toMatch(/illustrative/i)
    expect(new Set(quotes.map((q) => q.slug)).size).toBe(quotes.length)
  })

  it('refers only to legal instruments in the library', () => {
    const known = new Set(library.instruments.map((i) => i.slug))
    for (const g of guides) for (const slug of g.legalInstruments) expect(known.has(slug), slug).toBe(true)
  })
})

describe('plain fields in the demo content', () => {
  it('refuses inline markup where it would print as typed, and keeps it where the seed converts it', async () => {
    const { guideContent } = await import('../../src/seed/content/schema')
    const guide = structuredClone((await loadDemoContent()).guides[0]) as any
    const callout = guide.chapters.flatMap((c: any) => c.body).find((b: any) => b.type === 'callout')
    callout.text.en = 'This guide uses the word *victim* on purpose.'
    const refused = guideContent.safeParse(guide)
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0].message).toMatch(/plain text.*\*italic\*/)
    callout.text.en = 'This guide uses the word “victim” on purpose.'
    const paragraph = guide.chapters[0].body.find((b: any) => b.type === 'paragraph')
    paragraph.text.en = 'Rich text may say *victim* in italics and **this** in bold.'
    expect(guideContent.safeParse(guide).success).toBe(true)
  })

  it('refuses a chapter in a part of the other kind of guide', async () => {
    const { guideContent } = await import('../../src/seed/content/schema')
    const { guides } = await loadDemoContent()
    const guide = structuredClone(guides[0]) as any
    guide.chapters[1].part = 'directory-building'
    expect(guideContent.safeParse(guide).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`)).toEqual([
      'chapters.1.part is not a part of a practitioner-guide; use one of introduction, legal-obligations, key-concepts, issues-and-challenges, guidance, other',
    ])
    const note = structuredClone(guides.find((g) => g.kind === 'guidance-note')) as any
    note.chapters[4].part = 'guidance'
    expect(guideContent.safeParse(note).success).toBe(false)
  })
})

describe('cross-references in the demo content', () => {
  it('point at a notepad or exercise anchored in the same guide', () => {
    let references = 0
    for (const g of guides) {
      const blocks = g.chapters.flatMap((c) => c.body)
      const anchors = new Set(blocks.flatMap((b) => ('anchor' in b && b.anchor ? [b.anchor] : [])))
      for (const b of blocks) if (b.type === 'callout' && b.refersTo) {
        references += 1
        expect(anchors, `${g.slug}: ${b.refersTo}`).toContain(b.refersTo)
      }
    }
    expect(references).toBeGreaterThan(0)
  })

  it('say nothing by hand about where in the guide something is', () => {
    for (const g of guides) for (const text of texts(g)) expect(text.en, g.slug).not.toMatch(/at the end of this guide|at the back of this guide|on page \d/i)
  })
})
