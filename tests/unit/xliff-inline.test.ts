// Inline formatting through XLIFF and back, and the XML reader's refusals, without a server.
import { describe, expect, it } from 'vitest'
import { inlineToXliff, xliffToInline, type InlineRefs } from '../../src/translation/xliff/inline'
import { readXml, XmlRejected } from '../../src/translation/xliff/xml'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 })
const bytes = (s: string) => new TextEncoder().encode(s)
const parseSource = (xml: string) => readXml(bytes(`<source>${xml}</source>`), 1e6).children

describe('inline formatting in XLIFF', () => {
  const nodes = [
    text('Call '),
    text('only', 1 | 2),
    { type: 'linebreak', version: 1 },
    { type: 'link', fields: { linkType: 'custom', url: 'https://example.org/a', newTab: true }, children: [text('the '), text('hotline', 1)], version: 3 },
    text(' & wait.', 8),
  ]

  it('writes bold+italic as nested <g>, links and line breaks by id, and reads them back unchanged', () => {
    const refs: InlineRefs = new Map()
    const xml = inlineToXliff(nodes, refs)
    expect(xml).toBe('Call <g id="f2" ctype="bold"><g id="f1" ctype="italic">only</g></g><x id="x1" ctype="lb"/><g id="l2" ctype="link">the <g id="f3" ctype="bold">hotline</g></g><g id="f4" ctype="underlined"> &amp; wait.</g>')
    expect(xliffToInline(parseSource(xml), refs)).toEqual(nodes)
  })

  it('matches a translation\'s link to the source link with the same URL and its bold to a source bold, whatever the order', () => {
    const refs: InlineRefs = new Map()
    inlineToXliff(nodes, refs)
    const translated = [nodes[3], text(' ก่อน ')]
    expect(inlineToXliff(translated, new Map(), refs)).toBe('<g id="l2" ctype="link">the <g id="f2" ctype="bold">hotline</g></g> ก่อน ')
  })

  it('refuses tags that are not in the source, or that guidepress cannot store', () => {
    const refs: InlineRefs = new Map()
    inlineToXliff(nodes, refs)
    expect(() => xliffToInline(parseSource('<g id="l7" ctype="link">x</g>'), refs)).toThrow(/not in the source/)
    expect(() => xliffToInline(parseSource('<bpt id="1">[b]</bpt>'), refs)).toThrow(/<bpt> is not allowed/)
    expect(() => xliffToInline(parseSource('<g id="9" ctype="x-blink">x</g>'), refs)).toThrow(/x-blink/)
  })
})

describe('reading untrusted XML', () => {
  it.each([
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>', /DOCTYPE/],
    ['an HTML entity', '<a>&nbsp;</a>', /not an XML entity/],
    ['a mismatched tag', '<a><b></a>', /line 1/],
    ['another encoding', '<?xml version="1.0" encoding="ISO-8859-1"?><a/>', /UTF-8/],
  ])('refuses %s', (_, xml, message) => {
    expect(() => readXml(bytes(xml), 1e6)).toThrow(message)
  })

  it('refuses a file over the size limit with 413', () => {
    const error = (() => {
      try {
        readXml(bytes('<a>0123456789</a>'), 10)
      } catch (e) {
        return e as XmlRejected
      }
    })()
    expect(error?.status).toBe(413)
  })

  it('decodes character references and CDATA', () => {
    expect(readXml(bytes('<a>&#x0E01;&amp;<![CDATA[<b>]]></a>'), 1e6).children.join('')).toBe('ก&<b>')
  })
})
