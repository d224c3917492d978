// The demo content: six guides, five parts each, every string really translated.
import { describe, expect, it } from 'vitest'
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
  it('has the six guides of the series in order, each with the five standard parts', () => {
    expect(guides.map((g) => g.seriesNumber)).toEqual([1, 2, 3, 4, 5, 6])
    for (const g of guides) {
      expect(g.chapters.map((c) => c.part)).toEqual(['introduction', 'legal-obligations', 'key-concepts', 'issues-and-challenges', 'guidance'])
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

  it('includes one withdrawn-consent quote and one print-only quote, all quotes marked illustrative', () => {
    const quotes = guides.flatMap((g) => g.quotes)
    expect(quotes.filter((q) => q.consent === 'withdrawn')).toHaveLength(1)
    expect(quotes.filter((q) => q.consent === 'print-only')).toHaveLength(1)
    for (const q of quotes) expect(q.editorialNotes).toMatch(/illustrative/i)
    expect(new Set(quotes.map((q) => q.slug)).size).toBe(quotes.length)
  })

  it('refers only to legal instruments in the library', () => {
    const known = new Set(library.instruments.map((i) => i.slug))
    for (const g of guides) for (const slug of g.legalInstruments) expect(known.has(slug), slug).toBe(true)
  })
})
