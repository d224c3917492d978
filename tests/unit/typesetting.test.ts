// Print typesetting on rendered HTML: quotes, soft hyphens, headings' last words tied, Thai terms kept together.
import { describe, expect, it } from 'vitest'
import { domainCompounds } from '../../src/publishing/render/typesetting/thaiCompounds'
import { curlQuotes, hyphenateText, joinThaiTerms, sideNotesBeside, thaiDictionary, tieLastWords, typesetHtml } from '../../src/publishing/render/typesetting'

/** Soft hyphens as |, word joiners as +, so expectations read. */
const show = (s: string) => s.replace(/\u00AD/g, '|').replace(/\u2060/g, '+')
const invisible = /[\u00AD\u2060]/g

describe('curly quotes and apostrophes', () => {
  it('turns apostrophes inside and after words into ’', () => {
    expect(curlQuotes("the victim's wishes, the victims' rights, don't")).toBe('the victim’s wishes, the victims’ rights, don’t')
  })
  it('opens and closes quotation marks by what comes before them', () => {
    expect(curlQuotes('she said "I was afraid" and (\'not safe\')')).toBe('she said “I was afraid” and (‘not safe’)')
    expect(curlQuotes('"Yes," she said.')).toBe('“Yes,” she said.')
  })
  it('keeps an elided start of a word as an apostrophe', () => {
    expect(curlQuotes("in the '90s")).toBe('in the ’90s')
  })
  it('carries the context of the text before an inline element', () => {
    expect(curlQuotes("'s rights", 'victim')).toBe('’s rights')
  })
})

describe('hyphenation', () => {
  it('puts soft hyphens in long English words, with at least 2 letters before and 3 after a break', () => {
    expect(show(hyphenateText('practitioners identification', 'en'))).toBe('prac|ti|tion|ers iden|ti|fic|a|tion')
    for (const word of hyphenateText('reintegration unaccompanied trafficking interpreter', 'en').split(' ')) {
      const parts = word.split('\u00AD')
      expect(parts[0].length).toBeGreaterThanOrEqual(2)
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3)
    }
  })
  it('hyphenates Indonesian and Malay with the Indonesian patterns', () => {
    expect(show(hyphenateText('perlindungan korban', 'id'))).toBe('per|lin|dungan korban')
    expect(show(hyphenateText('Mangsa memerlukan perlindungan', 'ms'))).toBe('Mangsa me|mer|lukan per|lin|dungan')
  })
  it('leaves Vietnamese and Thai alone: a syllable is never split', () => {
    expect(hyphenateText('Nhận diện nạn nhân bị mua bán người', 'vi')).toBe('Nhận diện nạn nhân bị mua bán người')
    expect(hyphenateText('ผู้เสียหาย', 'th')).toBe('ผู้เสียหาย')
  })
  it('never touches addresses, acronyms or short words', () => {
    const text = 'See https://example.org/identification, www.example.org/information or contact@protection.example and UNODC ACTIP forms'
    expect(hyphenateText(text, 'en')).toBe(text)
  })
})

describe('Thai terms', () => {
  const dictionary = thaiDictionary(['ผู้เสียหายจากการค้ามนุษย์', 'การคัดแยกผู้เสียหาย', 'ความยินยอมโดยได้รับข้อมูลครบถ้วน'])

  it('joins the parts of common compounds that ICU splits', () => {
    expect(show(joinThaiTerms('เจ้าหน้าที่ให้ความช่วยเหลือผู้เสียหาย', dictionary))).toBe('เจ้า+หน้าที่ให้ความ+ช่วย+เหลือผู้+เสีย+หาย')
  })
  it('joins glossary terms, longest first, and still breaks between two adjacent terms', () => {
    // Two overlapping glossary terms, too long to keep both: the longer (victim of trafficking) is kept whole.
    const joined = show(joinThaiTerms('การคัดแยกผู้เสียหายจากการค้ามนุษย์', dictionary))
    expect(joined).toBe('การ+คัด+แยก' + 'ผู้+เสีย+หาย+จาก+การ+ค้า+มนุษย์')
    expect(show(joinThaiTerms('ผู้เสียหายจากการค้ามนุษย์', dictionary))).toBe('ผู้+เสีย+หาย+จาก+การ+ค้า+มนุษย์')
  })
  it('keeps a term that overlaps the one before it whole with it, when the two are short enough', () => {
    // การกระทำ (the act) and กระทำผิด (commit an offence) overlap: ICU reads การก|ระ|ทำ|ผิด, and a line broke after ทำ.
    expect(show(joinThaiTerms('มีการกระทำผิดต่อตน', thaiDictionary([])))).toBe('มีการก+ระ+ทำ+ผิดต่อตน')
  })
  it('leaves a term too long for a narrow column breakable, but keeps its compounds', () => {
    expect(dictionary).not.toContain('ความยินยอมโดยได้รับข้อมูลครบถ้วน')
    expect(show(joinThaiTerms('ความยินยอมโดยได้รับข้อมูลครบถ้วน', dictionary))).toBe('ความ+ยินยอมโดยได้รับข้อมูลครบถ้วน')
  })
  it('changes nothing but the joiners', () => {
    const text = 'ผู้เสียหายได้รับความช่วยเหลือจากเจ้าหน้าที่ (ACTIP, 2015)'
    expect(joinThaiTerms(text, dictionary).replace(invisible, '')).toBe(text)
  })
})

describe('typesetHtml', () => {
  const page = (body: string) => `<!doctype html><html><head><title>It's</title><style>p > a::before { content: '"' }</style></head><body>${body}</body></html>`

  it('changes text nodes only: head, styles, attributes and URLs stay as they were', () => {
    const html = page(
      `<h1 id="x">Children&#39;s information</h1><p class="lead">The <em>victim</em>&#39;s representative &amp; the &quot;interpreter&quot; <a href="https://example.org/information" title="don't">https://example.org/information</a></p><img alt="identification's" src="data:image/png;base64,AAAA">`,
    )
    const out = typesetHtml(html, { locale: 'en' })
    expect(out.slice(0, out.indexOf('<body'))).toBe(html.slice(0, html.indexOf('<body')))
    expect(show(out)).toContain('<h1 id="x">Children’s information</h1>')
    expect(show(out)).toContain('<p class="lead">The <em>vic|tim</em>’s rep|res|ent|at|ive &amp; the “in|ter|preter” <a href="https://example.org/information" title="don\'t">https://example.org/information</a></p>')
    expect(out).toContain('<img alt="identification\'s" src="data:image/png;base64,AAAA">')
  })
  it('does not hyphenate headings, terms, labels or table-of-contents entries', () => {
    const out = typesetHtml(
      '<body><h2>Identification</h2><dl><dt>Reintegration</dt><dd>Reintegration</dd></dl><p class="part-label">Introduction</p><span class="entry-title">Identification</span></body>',
      { locale: 'en' },
    )
    expect(show(out)).toBe('<body><h2>Identification</h2><dl><dt>Reintegration</dt><dd>Re|in|teg|ra|tion</dd></dl><p class="part-label">Introduction</p><span class="entry-title">Identification</span></body>')
  })
  it('ties the last two words of headings, titles and contents entries, never of running text or in Thai', () => {
    const out = typesetHtml(
      '<body><h1>Menjaga keselamatan penyintas</h1><h2>Legal obligations</h2><span class="entry-title">Bảo vệ nạn nhân</span><p class="title">Keeping survivors safe</p><p>Keep survivors safe</p><p class="callout-title">Keep them safe</p></body>',
      { locale: 'en' },
    )
    expect(out.replace(/\u00AD/g, '').replace(/\u00A0/g, '_')).toBe(
      '<body><h1>Menjaga keselamatan_penyintas</h1><h2>Legal obligations</h2><span class="entry-title">Bảo vệ nạn_nhân</span><p class="title">Keeping survivors_safe</p><p>Keep survivors safe</p><p class="callout-title">Keep them safe</p></body>',
    )
    expect(typesetHtml('<body><h1>ภาคผนวก ก. ตราสาร</h1></body>', { locale: 'th' })).toBe('<body><h1>ภาคผนวก ก. ตราสาร</h1></body>')
  })
  it('ties only a pair of words short enough to share a line', () => {
    expect(tieLastWords('Referral and interinstitutional coordination')).toBe('Referral and interinstitutional coordination')
    expect(tieLastWords('Two words')).toBe('Two words')
    expect(tieLastWords('Annex A. Legal instruments cited ')).toBe('Annex A. Legal instruments\u00A0cited ')
  })
  it('starts quote context afresh in each block', () => {
    expect(typesetHtml(`<body><p>end.</p><p>'Yes'</p></body>`, { locale: 'en' })).toBe('<body><p>end.</p><p>‘Yes’</p></body>')
  })
  it('joins Thai glossary terms in the text and the headings, never in attributes', () => {
    const out = typesetHtml('<body><h1 title="ผู้เสียหาย">การคัดแยกผู้เสียหาย</h1><p>เจ้าหน้าที่ช่วยผู้เสียหาย</p></body>', { locale: 'th', terms: ['การคัดแยกผู้เสียหาย'] })
    expect(show(out)).toBe('<body><h1 title="ผู้เสียหาย">การ+คัด+แยก+ผู้+เสีย+หาย</h1><p>เจ้า+หน้าที่ช่วยผู้+เสีย+หาย</p></body>')
  })
  it('keeps every character of the text: removing soft hyphens and joiners gives the curled original', () => {
    const text = 'Practitioners should explain the victim\'s rights, including "informed consent", before any interview.'
    for (const locale of ['en', 'id', 'ms', 'vi']) {
      const out = typesetHtml(`<body><p>${text.replace(/'/g, '&#39;').replace(/"/g, '&quot;')}</p></body>`, { locale })
      expect(out.replace(invisible, '')).toBe(`<body><p>${curlQuotes(text)}</p></body>`)
    }
  })
})

describe('side column', () => {
  const long = '<p>' + 'Text that the note stands beside. '.repeat(30) + '</p>'
  it('moves a quote or callout before the paragraph it follows, so it floats beside that paragraph', () => {
    const html = `<section class="chapter"><h1>T</h1><p>First.</p><aside class="callout"><p>Note.</p></aside>${long}</section>`
    expect(sideNotesBeside(html)).toBe(`<section class="chapter"><h1>T</h1><aside class="callout"><p>Note.</p></aside>\n<p>First.</p>${long}</section>`)
  })
  it('keeps a note with too little text after it in the text column, where it is', () => {
    const html = '<section class="chapter"><h1>T</h1><p>Last words.</p><blockquote class="quote"><p class="words">A quote long enough to need room.</p></blockquote></section>'
    expect(sideNotesBeside(html)).toBe(html.replace('class="quote"', 'class="in-text quote"'))
  })
  it('moves a note at the end of a chapter up, beside enough text to stand beside', () => {
    const html = `<section class="chapter"><h1>T</h1>${long}<h2>End</h2><p>Last words.</p><aside class="callout"><p>Note.</p></aside></section>`
    expect(sideNotesBeside(html)).toBe(`<section class="chapter"><h1>T</h1><aside class="callout"><p>Note.</p></aside>\n${long}<h2>End</h2><p>Last words.</p></section>`)
  })
  it('leaves other sections alone', () => {
    const html = '<section class="annex"><p>x</p><aside class="callout">y</aside></section>'
    expect(sideNotesBeside(html)).toBe(html)
  })
})

describe('the Thai compounds kept together', () => {
  const segments = (term: string) => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(term)].length
  it('are each split by ICU (else keeping them changes nothing), Thai only, short enough and listed once', () => {
    const terms = domainCompounds.map(([term]) => term)
    expect(terms.length).toBeGreaterThan(150)
    expect(new Set(terms).size).toBe(terms.length)
    for (const [term, gloss] of domainCompounds) {
      expect(term, gloss).toMatch(/^[\u0E00-\u0E7F]+$/)
      expect(segments(term), term).toBeGreaterThan(1)
      expect(gloss.length, term).toBeGreaterThan(2)
    }
    const kept = thaiDictionary([])
    expect(terms.filter((t) => !kept.includes(t))).toEqual([])
  })
  it('keeps a referral and an agency together in running text', () => {
    expect(show(joinThaiTerms('ส่งต่อไปยังหน่วยงาน', thaiDictionary([])))).toBe('ส่ง+ต่อไปยังหน่วย+งาน')
  })
})

describe('Thai terms inside longer ICU words', () => {
  it('joins a compound even where ICU reads its first part as the end of another word', () => {
    expect(show(joinThaiTerms('เป็นการค้ามนุษย์', thaiDictionary([])))).toBe('เป็นการ+ค้า+มนุษย์')
  })
})
