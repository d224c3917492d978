// The delivery API's pure parts: building a guide's JSON and HTML from what an edition printed,
// taking a withdrawn quote out, parsing requests, and the OpenAPI document and its generated types.
import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { chapterBlocks } from '../../src/blocks'
import { deliveredQuotes, deliverySource, guideBody, mediaLinks, withoutChapters, withoutQuotes } from '../../src/delivery/build'
import { encodingFor, notModified } from '../../src/delivery/cache'
import { bodyHtml, webBlockConverters } from '../../src/delivery/html'
import { openApiDocument } from '../../src/delivery/openapi'
import { parseDeliveryRequest } from '../../src/delivery/routes'
import { deliveryTypes, deliveryTypesFile } from '../../src/delivery/types'
import type { GuideDocument } from '../../src/publishing/document'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, version: 1, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1, direction: 'ltr', format: '', indent: 0 })
const block = (fields: object) => ({ type: 'block', version: 2, format: '', fields })
const state = (...children: object[]) => ({ root: { type: 'root', children, version: 1, direction: 'ltr', format: '', indent: 0 } }) as never

function sampleDoc(): GuideDocument {
  const image = { file: '/srv/media/uploads/map.png', alt: 'A map of the region', caption: 'Where shelters are', width: 1200, height: 800 }
  return {
    locale: 'th',
    guide: { id: 1, slug: 'victim-identification', kind: 'practitioner-guide', seriesNumber: 1, title: 'การคัดแยก', subtitle: 'คู่มือ', summary: 'สรุป', year: 2021, edition: 'First', cover: image },
    chapters: [
      {
        id: 10,
        slug: 'introduction',
        part: 'introduction',
        title: 'บทนำ',
        body: state(
          paragraph(text('Hello '), text('world', 1)),
          block({ id: 'b1', blockType: 'survivorQuote', blockName: 'internal label', quote: 7 }),
          block({ id: 'b2', blockType: 'survivorQuote', quote: 8 }),
          block({ id: 'b3', blockType: 'exercise', exercise: 3 }),
          block({ id: 'b4', blockType: 'figure', image: 5, width: 'half' }),
          block({ id: 'b5', blockType: 'callout', tone: 'warning', title: 'Careful', text: '<script>alert(1)</script>' }),
          block({ id: 'b6', blockType: 'notepad', lines: 4, prompt: 'Write here' }),
          paragraph({ type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [text('bad link')], version: 3, direction: 'ltr', format: '', indent: 0 }),
        ),
      },
      { id: 11, slug: 'concepts', part: 'key-concepts', title: 'แนวคิด', body: state(paragraph(text('Second chapter'))) },
    ],
    quotes: {
      '7': { text: 'I was afraid to speak.', attribution: 'Woman, 24', illustrative: false, online: true },
      '8': { text: 'Printed with consent for print only.', attribution: 'Man, 31', illustrative: true, online: false },
    },
    exercises: { '3': { title: 'Spot the signs', kind: 'reflection', instructions: state(paragraph(text('Read the case.'))), questions: ['What do you see?'], notepadLines: 5 } },
    images: { '5': image },
    instruments: [{ shortName: 'ACTIP', name: 'ASEAN Convention', year: 2015, articles: [{ number: '14', summary: 'Protection' }] }],
    glossary: [{ term: 'Referral', definition: 'Sending a person to a service.' }],
    fallbacks: ['chapter concepts: body'],
    omissions: ['1 survivor quote(s) not printed: unpublished or without print consent'],
    unapproved: [],
  }
}

const media = mediaLinks([{ id: 5, url: '/api/media/file/map.png', mimeType: 'image/png', sizes: { thumbnail: { url: '/api/media/file/map-400x300.png', width: 400, height: 300, mimeType: 'image/png' }, print: { url: null } } }], 'https://guides.example.org')
const pdf = { locale: 'th' as const, url: 'https://guides.example.org/publications/victim-identification/x.pdf', bytes: 1000, pages: 40, sha256: 'a'.repeat(64), translationComplete: false, builtAt: '2026-11-30T10:00:00.000Z' }
const source = () => deliverySource(sampleDoc(), media, pdf, '2026-11-30T10:00:01.000Z')

describe('a guide as the delivery API serves it', () => {
  it('resolves a placed quote to its public fields only and drops one that is not printable', () => {
    const guide = guideBody(source())
    const blocks = (guide.chapters[0].body!.root as any).children.filter((n: any) => n.type === 'block')
    const quotes = blocks.filter((b: any) => b.fields.blockType === 'survivorQuote')
    expect(quotes).toHaveLength(1)
    expect(quotes[0].fields).toEqual({ id: 'b1', blockType: 'survivorQuote', quote: { text: 'I was afraid to speak.', attribution: 'Woman, 24', illustrative: false } })
    expect(guide.chapters[0].html).toContain('<blockquote><p>I was afraid to speak.</p></blockquote>')
    expect(JSON.stringify(guide)).not.toContain('internal label')
  })

  it('never delivers a print-only quote: it is in the PDF, not online', () => {
    const delivered = source()
    expect(Object.keys(delivered.doc.quotes)).toEqual(['7'])
    expect(JSON.stringify(guideBody(delivered))).not.toContain('consent for print only')
    expect(deliveredQuotes(delivered)).toEqual(['7'])
  })

  it('takes a withdrawn quote out of the JSON and the HTML without a rebuild', () => {
    const guide = guideBody(withoutQuotes(source(), [7]))
    expect(JSON.stringify(guide)).not.toContain('afraid to speak')
    expect(guide.chapters[0].html).not.toContain('blockquote')
    expect(guide.chapters[0].html).toContain('Spot the signs')
  })

  it('takes an unpublished chapter out', () => {
    expect(guideBody(withoutChapters(source(), [11])).chapters.map((c) => c.slug)).toEqual(['introduction'])
  })

  it('resolves exercises with their questions and figures with renditions and alt text', () => {
    const guide = guideBody(source())
    const fields = (type: string) => (guide.chapters[0].body!.root as any).children.find((n: any) => n.fields?.blockType === type).fields
    expect(fields('exercise').exercise).toMatchObject({ title: 'Spot the signs', questions: ['What do you see?'], instructionsHtml: '<p>Read the case.</p>' })
    expect(fields('figure').image).toEqual({
      alt: 'A map of the region',
      caption: 'Where shelters are',
      width: 1200,
      height: 800,
      url: 'https://guides.example.org/api/media/file/map.png',
      renditions: [{ name: 'thumbnail', url: 'https://guides.example.org/api/media/file/map-400x300.png', width: 400, height: 300, mimeType: 'image/png' }],
    })
    expect(guide.chapters[0].html).toContain('alt="A map of the region"')
    expect(guide.cover?.alt).toBe('A map of the region')
  })

  it('never carries a path on the server disk', () => {
    expect(JSON.stringify(source())).not.toContain('/srv/media')
    expect(JSON.stringify(guideBody(source()))).not.toContain('/srv/media')
  })

  it('serves sanitized HTML: text is escaped and javascript: links lose their href', () => {
    const html = guideBody(source()).chapters[0].html
    expect(html).toContain('<strong>world</strong>')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('javascript:')
    expect(bodyHtml(state(paragraph(text('x')), { type: 'unknown-node', version: 1 }))).toBe('<p>x</p>')
  })

  it('says which fields fell back to English and whether the translation is complete', () => {
    const guide = guideBody(source())
    expect(guide.fellBackToEnglish).toEqual(['chapter concepts: body'])
    expect(guide.translationComplete).toBe(false)
  })

  it('has a web converter for every block the editor offers', () => {
    expect(Object.keys(webBlockConverters).sort()).toEqual(chapterBlocks.map((b) => b.slug).sort())
  })
})

describe('delivery requests', () => {
  const parse = (url: string, acceptLanguage?: string) => {
    const u = new URL(url, 'http://x')
    return parseDeliveryRequest(u.pathname, u.searchParams, acceptLanguage)
  }

  it('takes the locale from ?locale=, else Accept-Language, else English', () => {
    expect(parse('/delivery/v1/guides/child-victims?locale=vi', 'th')).toMatchObject({ route: 'guide', slug: 'child-victims', locale: 'vi', localeFrom: 'query' })
    expect(parse('/delivery/v1/guides', 'th-TH,th;q=0.9,en;q=0.5')).toMatchObject({ route: 'guides', locale: 'th', localeFrom: 'accept-language' })
    expect(parse('/delivery/v1/glossary', 'fr-FR')).toMatchObject({ locale: 'en', localeFrom: 'default' })
    expect(parse('/delivery/v1/legal-instruments')).toMatchObject({ locale: 'en', localeFrom: 'default' })
  })

  it('refuses an unknown locale with 400 and a bad slug or path with 404, naming what to do', () => {
    expect(parse('/delivery/v1/guides?locale=fr')).toMatchObject({ status: 400, code: 'UnknownLocale', message: expect.stringContaining('en, id, ms, vi, th') })
    expect(parse('/delivery/v1/guides?locale=th&locale=vi')).toMatchObject({ status: 400, code: 'UnknownLocale' })
    expect(parse('/delivery/v1/guides/..%2Fetc')).toMatchObject({ status: 404, code: 'GuideNotFound' })
    expect(parse('/delivery/v1/chapters')).toMatchObject({ status: 404, code: 'NotFound', message: expect.stringContaining('openapi.json') })
  })

  it('keys answers by route, slug and locale, with purge keys for a CDN', () => {
    expect(parse('/delivery/v1/guides/child-victims?locale=th')).toMatchObject({ key: 'guide-child-victims:th', surrogateKeys: ['delivery', 'delivery-guide-child-victims', 'delivery-guide-child-victims-th'] })
  })

  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(encodingFor('gzip, deflate, br')).toBe('br')
    expect(encodingFor('gzip')).toBe('gzip')
    expect(encodingFor('br;q=0, gzip')).toBe('gzip')
    expect(encodingFor(undefined)).toBe('identity')
  })

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(notModified('"a", "b"', '"b"')).toBe(true)
    expect(notModified('W/"b"', '"b"')).toBe(true)
    expect(notModified('"c"', '"b"')).toBe(false)
    expect(notModified(undefined, '"b"')).toBe(false)
  })
})

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(openApiDocument) as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('is caught when broken (the check can fail)', async () => {
    const broken = structuredClone(openApiDocument) as any
    broken.paths['/guides'].get.responses = 'none'
    expect((await new Validator().validate(broken)).valid).toBe(false)
  })

  it('has generated TypeScript types that are current (npm run generate:delivery-types)', async () => {
    expect(readFileSync(deliveryTypesFile, 'utf8')).toBe(await deliveryTypes())
  })
})
