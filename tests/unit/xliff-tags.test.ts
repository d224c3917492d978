// The import's inline-tag rule, without a server: a target keeps exactly the source's <g> and <x/>
// tags, in any order, and a translation is written back with the source's tag ids.
import { describe, expect, it } from 'vitest'
import { inlineToXliff, type InlineRefs } from '../../src/translation/xliff/inline'
import { tagMismatch, textOf } from '../../src/translation/xliff/tags'
import { readInline } from '../../src/translation/xliff/xml'

const source = readInline(
  'An interpreter must be <g id="f1" ctype="bold">independent</g> of the <g id="f2" ctype="italic">employer</g>,<x id="x1" ctype="lb"/>see <g id="l2" ctype="link">the <g id="f3" ctype="bold">guidance</g></g>.',
)
const check = (target: string) => tagMismatch(source, readInline(target))

describe('the inline-tag rule of an XLIFF import', () => {
  it('accepts the source tags around translated words, in another order and nesting', () => {
    expect(check('ล่ามต้อง<g id="f1" ctype="bold">เป็นอิสระ</g>จาก<g id="f2" ctype="italic">นายจ้าง</g><x id="x1" ctype="lb"/>ดู<g id="l2" ctype="link"><g id="f3" ctype="bold">แนวทาง</g></g>')).toBeUndefined()
    // Thai puts the link first and the bold runs the other way round; the bold leaves the link.
    expect(check('ดู<g id="l2" ctype="link">แนวทาง</g> <g id="f3" ctype="bold">ก่อน</g><x id="x1" ctype="lb"/><g id="f2" ctype="italic">นายจ้าง</g> <g id="f1" ctype="bold">อิสระ</g>')).toBeUndefined()
  })

  it('rejects a target whose tags were stripped, naming each missing tag', () => {
    expect(check('ล่ามต้องเป็นอิสระจากนายจ้าง ดูแนวทาง')).toBe(
      'the target\'s inline tags do not match the source: missing <g id="f1" ctype="bold">, <g id="f2" ctype="italic">, <x id="x1" ctype="lb"/>, <g id="l2" ctype="link">, <g id="f3" ctype="bold">. Keep every tag of the source, around the words it marks, and add none; nothing of this unit was applied',
    )
  })

  it('rejects an extra bold, and a bold given twice', () => {
    const extra = check('<g id="f9" ctype="bold">ล่าม</g><g id="f1" ctype="bold">อิสระ</g><g id="f2" ctype="italic">นายจ้าง</g><x id="x1" ctype="lb"/><g id="l2" ctype="link"><g id="f3" ctype="bold">แนวทาง</g></g>')
    expect(extra).toMatch(/: extra <g id="f9" ctype="bold">\. Keep/)
    const twice = check('<g id="f1" ctype="bold">ล่าม</g><g id="f1" ctype="bold">อิสระ</g><g id="f2" ctype="italic">นายจ้าง</g><x id="x1" ctype="lb"/><g id="l2" ctype="link"><g id="f3" ctype="bold">แนวทาง</g></g>')
    expect(twice).toMatch(/: extra <g id="f1" ctype="bold">\. Keep/)
  })

  it('rejects a changed ctype, and attributes a CAT tool added that change meaning', () => {
    expect(check('<g id="f1" ctype="italic">อิสระ</g><g id="f2" ctype="italic">นายจ้าง</g><x id="x1" ctype="lb"/><g id="l2" ctype="link"><g id="f3" ctype="bold">แนวทาง</g></g>')).toMatch(
      /missing <g id="f1" ctype="bold">; extra <g id="f1" ctype="italic">/,
    )
    expect(check('<g id="f1" ctype="bold">อิสระ</g><g id="f2" ctype="italic">นายจ้าง</g><x id="x1" ctype="lb"/><g id="l2" ctype="link" href="https://evil.example">แนวทาง</g><g id="f3" ctype="bold">!</g>')).toMatch(
      /missing <g id="l2" ctype="link">; extra <g id="l2" ctype="link" href="https:\/\/evil.example">/,
    )
    // equiv-text only changes what the CAT tool displays for the tag.
    expect(check('<g id="f1" ctype="bold" equiv-text="[b]">อิสระ</g><g id="f2" ctype="italic">นายจ้าง</g><x id="x1" ctype="lb" equiv-text="↵"/><g id="l2" ctype="link"><g id="f3" ctype="bold">แนวทาง</g></g>')).toBeUndefined()
  })

  it('counts line breaks <x/> like any tag: dropped, doubled, or another id', () => {
    const body = '<g id="f1" ctype="bold">อิสระ</g><g id="f2" ctype="italic">นายจ้าง</g><g id="l2" ctype="link"><g id="f3" ctype="bold">แนวทาง</g></g>'
    expect(check(body)).toMatch(/: missing <x id="x1" ctype="lb"\/>\. Keep/)
    expect(check(`${body}<x id="x1" ctype="lb"/><x id="x1" ctype="lb"/>`)).toMatch(/: extra <x id="x1" ctype="lb"\/>\. Keep/)
    expect(check(`${body}<x id="x2" ctype="lb"/>`)).toMatch(/missing <x id="x1" ctype="lb"\/>; extra <x id="x2" ctype="lb"\/>/)
    expect(check(`${body}<x id="x1" ctype="lb"></x>`)).toBeUndefined()
  })

  it('rejects a link inside another link and a tag emptied of its words, and looks through <mrk>', () => {
    const links = readInline('<g id="l1" ctype="link">a</g> and <g id="l2" ctype="link">b</g>')
    expect(tagMismatch(links, readInline('<g id="l1" ctype="link">ก <g id="l2" ctype="link">ข</g></g>'))).toMatch(/: <g id="l2" ctype="link"> inside another link\. Keep/)
    const bold = readInline('a <g id="f1" ctype="bold">b</g>')
    expect(tagMismatch(bold, readInline('ก ข<g id="f1" ctype="bold"></g>'))).toMatch(/missing <g id="f1" ctype="bold">; extra <g id="f1" ctype="bold"\/>/)
    expect(tagMismatch(bold, readInline('<mrk mtype="seg" mid="1">ก <g id="f1" ctype="bold">ข</g></mrk>'))).toBeUndefined()
  })

  it('treats a plain-text field\'s target with any tag as a mismatch', () => {
    expect(tagMismatch(readInline('Interpreters'), readInline('<g id="f1" ctype="bold">ล่าม</g>'))).toMatch(/: extra <g id="f1" ctype="bold">\. Keep/)
  })

  it('reads the words of a unit with its tags taken out, as translate-toolkit does', () => {
    expect(textOf(source)).toBe('An interpreter must be independent of the employer,see the guidance.')
    expect(textOf(readInline('cafe\u0301 &amp; <mrk mtype="seg">ok</mrk>'))).toBe('café & ok')
  })
})

describe('a translation written back to XLIFF', () => {
  const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 })
  const link = (url: string, children: unknown[]) => ({ type: 'link', fields: { linkType: 'custom', url }, children, version: 3 })

  it('carries the ids of the source tags, so a translator who keeps them passes the rule', () => {
    const refs: InlineRefs = new Map()
    const english = inlineToXliff([text('Ask '), text('only', 1), text(' in '), text('private', 2), text(', see '), link('https://a.example', [text('this', 1)]), { type: 'linebreak' }], refs)
    expect(english).toBe('Ask <g id="f1" ctype="bold">only</g> in <g id="f2" ctype="italic">private</g>, see <g id="l1" ctype="link"><g id="f3" ctype="bold">this</g></g><x id="x2" ctype="lb"/>')
    // Thai order: the link, then italic, then bold; each run takes a source id of its own format.
    const thai = inlineToXliff([{ type: 'linebreak' }, link('https://a.example', [text('นี่', 1)]), text('ใน'), text('ที่ลับ', 2), text('เท่านั้น', 1)], new Map(), refs)
    expect(thai).toBe('<x id="x2" ctype="lb"/><g id="l1" ctype="link"><g id="f1" ctype="bold">นี่</g></g>ใน<g id="f2" ctype="italic">ที่ลับ</g><g id="f3" ctype="bold">เท่านั้น</g>')
    expect(tagMismatch(readInline(english), readInline(thai))).toBeUndefined()
    // A translation with more bold than the source gets an id the rule reports.
    const bolder = inlineToXliff([text('ก', 1), text('ข', 1), text('ค', 1), text('ง', 2)], new Map(), refs)
    expect(tagMismatch(readInline(english), readInline(bolder))).toMatch(/missing <g id="l1" ctype="link">, <x id="x2" ctype="lb"\/>; extra <g id="f-unmatched-1" ctype="bold">/)
  })
})
