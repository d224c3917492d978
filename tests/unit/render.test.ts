// The renderer is pure: plain documents in, HTML out, in milliseconds.
import { describe, expect, it } from 'vitest'
import { chapterBlocks } from '../../src/blocks'
import type { GuideDocument } from '../../src/publishing/document'
import { PublishingError } from '../../src/publishing/errors'
import { headingTexts, renderGuide } from '../../src/publishing/render/html'
import { blockConverters } from '../../src/publishing/render/richText'
import { block, editorState, heading, paragraph } from '../../src/seed/lexical'

const doc = (body: ReturnType<typeof editorState>, extra: Partial<GuideDocument> = {}): GuideDocument => ({
  locale: 'vi',
  guide: { id: 1, slug: 'g', kind: 'practitioner-guide', seriesNumber: 1, title: 'Xác định nạn nhân', subtitle: 'Phụ đề', summary: 'Tóm tắt', year: 2021, edition: 'Ấn bản thứ nhất' },
  chapters: [{ id: 1, slug: 'introduction', part: 'introduction', title: 'Giới thiệu', body: body as never }],
  quotes: { '7': { text: 'Tôi đã sợ.', attribution: 'Phụ nữ Việt Nam', illustrative: true, online: true } },
  exercises: { '9': { title: 'Suy ngẫm', kind: 'reflection', instructions: null, questions: ['Câu hỏi một?'], notepadLines: 3 } },
  images: {},
  instruments: [],
  glossary: [],
  fallbacks: [],
  omissions: [],
  unapproved: [],
  ...extra,
})

describe('print renderer', () => {
  it('has a print converter for every rich-text block guidepress defines', () => {
    expect(Object.keys(blockConverters).sort()).toEqual(chapterBlocks.map((b) => b.slug).sort())
  })

  it('renders quotes, exercises with ruled lines, notepads and callouts; drops quotes not in the document', () => {
    const body = editorState([
      heading('Vì sao'),
      paragraph('Nội dung **đậm**.'),
      block('survivorQuote', { quote: 7 }),
      block('survivorQuote', { quote: 8 }),
      block('exercise', { exercise: 9 }),
      block('notepad', { lines: 4, prompt: 'Ghi chú' }),
      block('callout', { tone: 'tip', title: 'Mẹo', text: 'Hãy lắng nghe.' }),
    ])
    const { html, toc, headings } = renderGuide(doc(body), {})
    expect(html).toContain('<html lang="vi"')
    expect(html).toContain('Tôi đã sợ.')
    expect(html.match(/<blockquote class="[^"]*\bquote\b/g)).toHaveLength(1)
    // Headings tie their last two words with a no-break space.
    expect(html).toContain('Bài tập 1. Suy\u00A0ngẫm')
    expect(html.match(/class="rule"/g)).toHaveLength(3 + 4)
    expect(html).toContain('callout-tip')
    expect(toc.map((t) => t.target)).toEqual(['chapter-introduction'])
    expect(headings).toEqual(['Mục lục', 'Giới thiệu', 'Vì sao', 'Bài tập 1. Suy ngẫm'])
  })

  it('resolves a callout\'s cross-reference to the anchored block\'s page, measured like the table of contents', () => {
    const body = editorState([
      block('callout', { tone: 'tip', title: 'Mẹo', text: 'Ghi vào trang ghi chép.', refersTo: 'lien-he' }),
      block('notepad', { lines: 2, prompt: 'Liên hệ', anchor: 'lien-he' }),
    ])
    const first = renderGuide(doc(body), {})
    expect(first.references).toEqual(['ref-lien-he'])
    expect(first.html).toContain('<div class="notepad" id="ref-lien-he"')
    expect(first.html).toContain('Ghi vào trang ghi chép <a class="page-ref" href="#ref-lien-he">(xem trang&nbsp;<span data-target="ref-lien-he">000</span>)</a>.')
    expect(renderGuide(doc(body), {}, { 'ref-lien-he': 11 }).html).toContain('<span data-target="ref-lien-he">11</span>')
  })

  it('refuses a cross-reference to an anchor the guide does not have, naming it', () => {
    const body = editorState([block('callout', { tone: 'tip', title: 'Mẹo', text: 'Xem trang ghi chép.', refersTo: 'khong-co' })])
    expect(() => renderGuide(doc(body), {})).toThrow(/refers to "khong-co".*no notepad or exercise/)
  })

  it('numbers a guidance note by its own parts and names it "Guidance note" where a guide shows its number', () => {
    const body = editorState([paragraph('Nội dung.')])
    const note = doc(body, {
      guide: { ...doc(body).guide, kind: 'guidance-note', seriesNumber: 7 },
      chapters: [
        { id: 1, slug: 'introduction', part: 'introduction', title: 'Giới thiệu', body: body as never },
        { id: 2, slug: 'safety', part: 'directory-safety', title: 'Giữ an toàn', body: body as never },
        { id: 3, slug: 'aside', part: 'other', title: 'Phụ lục', body: body as never },
      ],
    })
    const { html, toc } = renderGuide(note, {})
    expect(toc.map((t) => t.title)).toEqual(['Phần 1. Giới thiệu', 'Phần 4. Giữ an toàn', 'Phụ lục'])
    expect(html).toContain('· Ghi chú hướng dẫn</p>')
    expect(html).not.toContain('· 7</p>')
    expect(html).not.toContain('cẩm nang số 7')
    const guide = renderGuide(doc(body), {}).html
    expect(guide).toContain('· 1</p>')
    expect(guide).toContain('cẩm nang số 1')
  })

  it('normalises text to NFC', () => {
    const decomposed = 'Nghi\u0303a vu\u0323'
    const { html } = renderGuide(doc(editorState([paragraph(decomposed)])), {})
    expect(html).toContain('Nghĩa vụ')
    expect(html).not.toContain(decomposed)
  })

  it('refuses a block type without a converter with a named error', () => {
    expect(() => renderGuide(doc(editorState([block('carousel', {})])), {})).toThrow(PublishingError)
    expect(() => renderGuide(doc(editorState([block('carousel', {})])), {})).toThrow(/No print converter.*carousel/)
  })

  it('prints a figure with its number, its key under the image, caption and translated credit', () => {
    const images = { '3': { file: '/x.png', alt: 'Sơ đồ bốn ô', credit: 'Sơ đồ: bản minh họa guidepress', key: ['1 Nhận biết ban đầu', '2 Sàng lọc', 'Không có số'], width: 10, height: 5 } }
    const { html } = renderGuide(doc(editorState([block('figure', { image: 3, caption: 'Bốn giai đoạn.' })]), { images }), { '3': 'data:image/png;base64,AA==' })
    expect(html).toContain('<ul class="figure-key"><li><span class="figure-key-mark">1</span> Nhận biết ban đầu</li><li><span class="figure-key-mark">2</span> Sàng lọc</li><li>Không có số</li></ul>')
    expect(html).toMatch(/<span class="figure-number">Hình 1\.<\/span> Bốn giai đoạn\. <span class="credit">Sơ đồ: bản minh họa guidepress<\/span>/)
    expect(html.indexOf('<ul class="figure-key"')).toBeLessThan(html.indexOf('<p class="figure-caption"'))
  })

  it('refuses a figure whose image file is missing with a named error', () => {
    expect(() => renderGuide(doc(editorState([block('figure', { image: 3 })])), {})).toThrow(/Figure image 3 has no file/)
  })

  it('extracts heading texts without markup', () => {
    expect(headingTexts('<body><h1 id="x">A &amp; <em>B</em></h1><h2>C</h2></body>')).toEqual(['A & B', 'C'])
  })
})
