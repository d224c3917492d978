// A chapter's closing notepad, marked for the printer to fit (src/publishing/render/notepadFit.ts).
import { describe, expect, it } from 'vitest'
import { chapterAttributes, chapterEnd, markClosingNotepad } from '../../src/publishing/render/notepadFit'
import { exerciseBox, notepad } from '../../src/publishing/render/richText'
import { labels } from '../../src/publishing/render/labels'

const lines = (html: string) => html.match(/<div class="rule"[^>]*><\/div>/g) ?? []

describe('markClosingNotepad', () => {
  it('marks a notepad that ends the chapter: its name, the lines written and an id for each line', () => {
    const html = `<p>Text.</p>\n${notepad(8, 'Write the contacts here.')}\n`
    const marked = markClosingNotepad(html, 'chapter-four')
    expect(marked).toContain('data-fit="chapter-four" data-lines="8"')
    expect(lines(marked)).toHaveLength(8)
    expect(marked).toContain('<div class="rule" id="fit-chapter-four-1"></div>')
    expect(marked).toContain('<div class="rule" id="fit-chapter-four-8"></div>')
    expect(marked.startsWith('<p>Text.</p>\n<div class="notepad"')).toBe(true)
    expect(marked).toContain('<p class="prompt">Write the contacts here.</p>')
  })

  it('marks the notepad that ends an exercise ending the chapter, and keeps the exercise whole', () => {
    const exercise = exerciseBox({ kind: 'reflection', title: 'Think', questions: ['Why?'], notepadLines: 6 } as never, 1, { labels: labels.en, pageNumbers: {}, anchors: new Set(), references: new Set() } as never)
    const marked = markClosingNotepad(`<p>Before.</p>\n${exercise}`, 'chapter-two')
    expect(marked).toContain('data-fit="chapter-two" data-lines="6"')
    expect(marked.trimEnd().endsWith('</div></div>\n</aside>')).toBe(true)
    expect(lines(marked)).toHaveLength(6)
  })

  it('prints as many lines as a previous build fitted to the foot of a page, never fewer than written', () => {
    const html = notepad(10)
    const fitted = markClosingNotepad(html, 'c', { 'fit:c': 27, 'fit-page:c': 12 })
    expect(lines(fitted)).toHaveLength(27)
    expect(fitted).toContain('data-lines="10" data-fit-page="12"')
    expect(lines(markClosingNotepad(html, 'c', { 'fit:c': 4, 'fit-page:c': 12 }))).toHaveLength(10)
    expect(lines(markClosingNotepad(html, 'c', { 'fit:c': 27 }))).toHaveLength(10)
    // Fitted to the chapter's first page (page 0 counted from it).
    expect(lines(markClosingNotepad(html, 'c', { 'fit:c': 21, 'fit-page:c': 0 }))).toHaveLength(21)
    expect(markClosingNotepad(html, 'c', { 'fit:c': 21, 'fit-page:c': 0 })).toContain('data-fit-page="0"')
    expect(lines(markClosingNotepad(html, 'c', { 'fit:other': 30, 'fit-page:other': 3 }))).toHaveLength(10)
  })

  it('leaves a chapter that does not end with a notepad as it is', () => {
    const html = `${notepad(5)}\n<p>Text after the notepad.</p>`
    expect(markClosingNotepad(html, 'c')).toBe(html)
    expect(markClosingNotepad('<p>Only text.</p>', 'c')).toBe('<p>Only text.</p>')
  })

  it('puts an end mark after a chapter, but not after one that ends with its fitted notepad', () => {
    expect(chapterEnd('<p>Text.</p>', 'chapter-one')).toBe('<div class="chapter-end" id="end-chapter-one" data-measure=""></div>')
    expect(chapterEnd(markClosingNotepad(notepad(5), 'chapter-one'), 'chapter-one')).toBe('')
  })

  it('sets a chapter or an annex tighter or looser, or marks it tried in vain, as a previous build recorded', () => {
    expect(chapterAttributes('chapter-one')).toBe('class="chapter"')
    expect(chapterAttributes('chapter-one', { 'tight:chapter-one': 1 })).toBe('class="chapter tight"')
    expect(chapterAttributes('chapter-one', { 'tight:chapter-one': 0 })).toBe('class="chapter" data-tight-tried=""')
    expect(chapterAttributes('chapter-one', { 'tight:chapter-two': 1 })).toBe('class="chapter"')
    expect(chapterAttributes('chapter-one', { 'tight:chapter-one': -1 })).toBe('class="chapter loose"')
    expect(chapterAttributes('annex-glossary', { 'tight:annex-glossary': -1 }, 'annex')).toBe('class="annex loose"')
    expect(chapterAttributes('annex-glossary', {}, 'annex')).toBe('class="annex"')
    // With the pages it spanned when that was decided: decided again when it spans others.
    expect(chapterAttributes('chapter-one', { 'tight:chapter-one': 0, 'span:chapter-one': 2 })).toBe('class="chapter" data-tight-tried="" data-span="2"')
  })
})
