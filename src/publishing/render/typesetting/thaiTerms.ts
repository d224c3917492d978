// Thai has no spaces between words; Chromium breaks lines where ICU's dictionary finds word
// boundaries, which splits compounds and terms (ผู้เสีย|หาย). Inside a kept term, a WORD JOINER
// (U+2060, invisible, no width) goes at each boundary, so the line can only break around the term.

import { domainCompounds } from './thaiCompounds'

export const WORD_JOINER = '\u2060'

// Common compounds of the field that ICU splits (the first ones written here; the rest, with their
// glosses, in thaiCompounds.ts). Glossary terms are added per guide.
export const thaiCompounds = [
  'ผู้เสียหาย',
  'เจ้าหน้าที่',
  'ความช่วยเหลือ',
  'การค้ามนุษย์',
  'ค้ามนุษย์',
  'ผู้รอดชีวิต',
  'ผู้ปฏิบัติงาน',
  'นักสังคมสงเคราะห์',
  'ความยินยอม',
  'ความปลอดภัย',
  'ความเป็นส่วนตัว',
  'การคุ้มครอง',
  'การคัดแยก',
  'การส่งต่อ',
  'การสัมภาษณ์',
  'การแสวงประโยชน์',
  'การบังคับใช้กฎหมาย',
  'กระบวนการยุติธรรม',
  'ผู้ปกครอง',
  'ผู้กระทำความผิด',
  'ที่พักพิง',
  'ล่ามแปลภาษา',
  'แรงงานบังคับ',
  'การเยียวยา',
  'การคืนสู่สังคม',
  'ประโยชน์สูงสุด',
  ...domainCompounds.map(([term]) => term),
]

/**
 * Terms longer than this (in spacing characters, not counting vowel and tone marks above and below)
 * stay breakable between their parts: a longer unbreakable run would leave gaps in a narrow column.
 */
export const MAX_KEPT_LENGTH = 20

const thaiRun = /[\u0E00-\u0E7F]+/g

/** Length in spacing characters: without the vowel and tone marks above and below. */
export const spacingLength = (s: string) => s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length

let segmenter: Intl.Segmenter | undefined

/** Word boundaries inside `run` (ICU's Thai dictionary, the same kind Chromium breaks lines with). */
function boundaries(run: string): Set<number> {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' })
  const inside = new Set<number>()
  for (const { index } of segmenter.segment(run)) if (index > 0) inside.add(index)
  return inside
}

/** The terms worth keeping: Thai parts of the given terms (split at spaces), short enough, longest first. */
export function thaiDictionary(terms: string[]): string[] {
  const parts = terms.flatMap((term) => term.normalize('NFC').match(thaiRun) ?? [])
  return [...new Set([...parts, ...thaiCompounds])].filter((t) => t.length > 1 && spacingLength(t) <= MAX_KEPT_LENGTH).sort((a, b) => b.length - a.length)
}

/**
 * Text with word joiners inside each occurrence of a dictionary term, where ICU would let a line
 * break. Terms are matched longest first, left to right, so two adjacent terms still break between
 * them; a term that overlaps the one before is kept whole with it (up to MAX_KEPT_LENGTH in all),
 * or else the longer of the two is kept whole. A match may start inside an ICU word (ICU reads เป็นการ|ค้า|มนุษย์,
 * while Chromium's own copy of ICU may break เป็น|การ|ค้า): joining only removes break points.
 */
export function joinThaiTerms(text: string, dictionary: string[]): string {
  const terms = termPattern(dictionary)
  return text.replace(thaiRun, (run) => {
    // Leftmost match, first (longest) alternative: the terms in reading order, never overlapping.
    const found = [...run.matchAll(terms.global)]
    if (found.length === 0) return run
    // ICU's boundaries are read only for runs that hold a term (segmenting is most of the cost).
    const cuts = boundaries(run)
    const joins = new Set<number>()
    const join = (start: number, end: number) => {
      for (let i = start + 1; i < end; i++) if (cuts.has(i)) joins.add(i)
    }
    for (const { index: start, 0: term } of found) {
      const end = start + term.length
      // A term that begins inside this one and runs past it (การกระทำ and กระทำผิด in การกระทำผิด)
      // is kept with it when the two together are short enough; else the longer of the two is kept
      // whole, and the other may break where they meet.
      let overlap: { at: number; end: number } | undefined
      for (let at = start + 1; at < end && !overlap; at++) {
        terms.sticky.lastIndex = at
        const next = terms.sticky.exec(run)?.[0]
        if (next && at + next.length > end) overlap = { at, end: at + next.length }
      }
      if (!overlap) join(start, end)
      else if (spacingLength(run.slice(start, overlap.end)) <= MAX_KEPT_LENGTH) join(start, overlap.end)
      else if (overlap.end - overlap.at > term.length) {
        join(start, overlap.at)
        join(overlap.at, overlap.end)
      } else join(start, end)
    }
    if (joins.size === 0) return run
    let out = ''
    for (let i = 0; i < run.length; i++) out += (joins.has(i) ? WORD_JOINER : '') + run[i]
    return out
  })
}

/** The regular expressions of one dictionary (a guide's glossary and the compounds), kept for the guide's next edition. */
interface TermPattern {
  /** Every term, in reading order. */
  global: RegExp
  /** The longest term starting exactly at `lastIndex`. */
  sticky: RegExp
}

const patterns = new Map<string, TermPattern>()

function termPattern(dictionary: string[]): TermPattern {
  const key = dictionary.join('\n')
  let pattern = patterns.get(key)
  if (!pattern) {
    // A term that matches nothing when the dictionary is empty.
    const source = dictionary.length ? dictionary.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') : '(?!)'
    pattern = { global: new RegExp(source, 'g'), sticky: new RegExp(source, 'y') }
    if (patterns.size >= 32) patterns.delete(patterns.keys().next().value!)
    patterns.set(key, pattern)
  }
  return pattern
}
