// Reading untrusted XML safely, and escaping what we write. fast-xml-parser resolves no external
// entities; on top of that any DTD is refused outright (XLIFF never needs one), which closes XXE
// and entity-expansion ("billion laughs") attacks before the parser sees the text.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { XmlContent, XmlElement } from './inline'

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export class XmlRejected extends Error {
  override name = 'XmlRejected'
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message)
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Only for numeric character references (&#x0E01;); named HTML entities are refused below.
  htmlEntities: true,
  commentPropName: '#comment',
})

/** Parses bytes into an element tree, or throws XmlRejected saying what is wrong and where. */
export function readXml(bytes: Uint8Array, maxBytes: number): XmlElement {
  if (bytes.byteLength > maxBytes) throw new XmlRejected(`The file is ${bytes.byteLength} bytes; the limit is ${maxBytes} (XLIFF_MAX_BYTES).`, 413)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new XmlRejected('The file is not UTF-8 text. Save the XLIFF as UTF-8.')
  }
  text = text.replace(/^\uFEFF/, '')
  const declared = /^<\?xml[^>]*encoding=["']([^"']+)["']/.exec(text)?.[1]
  if (declared && !/^utf-?8$/i.test(declared)) throw new XmlRejected(`The file declares encoding "${declared}"; save it as UTF-8.`)
  if (/<!DOCTYPE|<!ENTITY/.test(text)) {
    throw new XmlRejected('The file contains a DOCTYPE or entity declarations. XLIFF needs neither, and they are refused because they can read server files or expand without limit.')
  }
  const undefinedEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^;\s]{0,20};?/.exec(text)
  if (undefinedEntity) throw new XmlRejected(`The file is not well-formed XML: "${undefinedEntity[0]}" is not an XML entity (write & as &amp;).`)
  checkShape(text)
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new XmlRejected(`The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`)
  const root = toElements(parser.parse(text) as unknown[]).find((c): c is XmlElement => typeof c !== 'string')
  if (!root) throw new XmlRejected('The file has no root element.')
  return root
}

/** XLIFF nests a few levels deep; the parser and the tree walk recurse, so absurd nesting is refused first. */
export const XML_MAX_DEPTH = 64
export const XML_MAX_ELEMENTS = 200_000

/** Counts elements and their nesting with a plain scan, before any recursive parser sees the text. */
function checkShape(text: string): void {
  const tag = /<(\/?)[A-Za-z_][^\s/>]*[^>]*?(\/?)>/g
  let depth = 0
  let elements = 0
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    if (match[1]) {
      depth--
      continue
    }
    elements++
    if (!match[2]) depth++
    if (depth > XML_MAX_DEPTH) throw new XmlRejected(`The file nests elements more than ${XML_MAX_DEPTH} levels deep; an XLIFF file from guidepress nests fewer than 10. Export the guide again and translate that file.`)
    if (elements > XML_MAX_ELEMENTS) throw new XmlRejected(`The file has more than ${XML_MAX_ELEMENTS} elements; a guide's XLIFF has a few thousand. Export the guide again and translate that file.`)
  }
}

function toElements(items: unknown[]): XmlContent[] {
  const out: XmlContent[] = []
  for (const item of items as Record<string, unknown>[]) {
    if ('#text' in item) out.push(String(item['#text']))
    else if ('#comment' in item || '?xml' in item) continue
    else {
      const name = Object.keys(item).find((k) => k !== ':@')!
      const attributes = (item[':@'] ?? {}) as Record<string, string>
      out.push({ name: name.replace(/^[\w.-]+:/, ''), attributes, children: toElements(item[name] as unknown[]) })
    }
  }
  return out
}

/** Child elements by local name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name)

/** Inline markup guidepress wrote itself (a segment's source or current translation) as content. */
export const readInline = (markup: string): XmlContent[] => readXml(new TextEncoder().encode(`<inline>${markup}</inline>`), Number.POSITIVE_INFINITY).children
