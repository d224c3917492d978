// Lexical inline content ↔ XLIFF 1.2 inline markup. Bold, italic and the other text formats become
// <g ctype="…"> runs, links <g ctype="link"> (the URL stays in guidepress, found again by the id),
// line breaks and other inline nodes <x/> placeholders. Pure: no Payload, no XML parser.
import { escapeXml } from './xml'

type Node = Record<string, any>

/** Lexical text format bits and the XLIFF ctype each travels as. */
const formats: [bit: number, ctype: string][] = [
  [1, 'bold'],
  [2, 'italic'],
  [4, 'x-strikethrough'],
  [8, 'underlined'],
  [16, 'x-code'],
  [32, 'x-subscript'],
  [64, 'x-superscript'],
  [128, 'x-highlight'],
]

/**
 * The source's inline tags by the ids they carry in the XLIFF: links and placeholders as their
 * nodes, format runs as `{ type: 'format', ctype }` (so a translation can be written back with the
 * source's ids, which is what the import compares).
 */
export type InlineRefs = Map<string, Node>

/** An XML element as the reader hands it over: name, attributes, ordered children. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlContent[]
}
export type XmlContent = string | XmlElement

export class InlineMarkupError extends Error {
  override name = 'InlineMarkupError'
}

/**
 * Serializes inline nodes. For a source, ids are handed out in order and recorded in `refs`; for a
 * target, `match` gives each link the id of the source link with the same URL, and each format run
 * the id of an unused source run of the same format.
 */
export function inlineToXliff(nodes: Node[], refs: InlineRefs, match?: InlineRefs): string {
  let formatRuns = 0
  let placed = 0
  const used = new Set<string>()
  const matching = (prefix: string, same: (ref: Node) => boolean): string | undefined => {
    for (const [id, ref] of match ?? []) {
      if (!used.has(id) && id.startsWith(prefix) && same(ref)) {
        used.add(id)
        return id
      }
    }
  }
  const idFor = (node: Node, prefix: string): string => {
    const matched = matching(prefix, (ref) => sameRef(ref, node))
    if (matched) return matched
    // A target node with no counterpart in the source gets an id the import will report.
    const id = match ? `${prefix}-unmatched-${++placed}` : `${prefix}${++placed}`
    refs.set(id, node)
    return id
  }
  const formatId = (ctype: string): string => {
    if (!match) {
      const id = `f${++formatRuns}`
      refs.set(id, { type: 'format', ctype })
      return id
    }
    return matching('f', (ref) => ref.type === 'format' && ref.ctype === ctype) ?? `f-unmatched-${++formatRuns}`
  }
  const walk = (list: Node[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') {
          let xml = escapeXml(String(node.text ?? ''))
          for (const [bit, ctype] of [...formats].reverse()) {
            if ((node.format ?? 0) & bit) xml = `<g id="${formatId(ctype)}" ctype="${ctype}">${xml}</g>`
          }
          return xml
        }
        if (node.type === 'link' || node.type === 'autolink') return `<g id="${idFor(node, 'l')}" ctype="link">${walk(node.children ?? [])}</g>`
        const ctype = node.type === 'linebreak' ? 'lb' : `x-${String(node.type).replace(/[^A-Za-z0-9-]/g, '')}`
        return `<x id="${idFor(node, 'x')}" ctype="${ctype}"/>`
      })
      .join('')
  return walk(nodes)
}

const sameRef = (a: Node, b: Node) => a.type === b.type && JSON.stringify(a.fields ?? null) === JSON.stringify(b.fields ?? null)

const textNode = (text: string, format: number): Node => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 })

/** Rebuilds inline nodes from a translated target, taking links and placeholders from the source. */
export function xliffToInline(content: XmlContent[], refs: InlineRefs): Node[] {
  const walk = (items: XmlContent[], format: number): Node[] =>
    items.flatMap((item): Node[] => {
      if (typeof item === 'string') return item ? [textNode(item.normalize('NFC'), format)] : []
      const { name, attributes, children } = item
      if (name === 'mrk') return walk(children, format)
      if (name === 'g') {
        const ctype = attributes.ctype ?? ''
        if (ctype === 'link') {
          const link = refs.get(attributes.id ?? '')
          if (!link || (link.type !== 'link' && link.type !== 'autolink')) throw new InlineMarkupError(`the target has a link (<g id="${attributes.id}">) that is not in the source; keep the source's link tags`)
          return [{ ...structuredClone(link), children: walk(children, format) }]
        }
        const bit = formats.find(([, c]) => c === ctype)?.[0]
        if (bit === undefined) throw new InlineMarkupError(`<g ctype="${ctype}"> is not a formatting guidepress knows (bold, italic, underlined, link)`)
        return walk(children, format | bit)
      }
      if (name === 'x') {
        const placeholder = refs.get(attributes.id ?? '')
        if (!placeholder || ['format', 'link', 'autolink'].includes(placeholder.type)) throw new InlineMarkupError(`the target has a placeholder (<x id="${attributes.id}"/>) that is not in the source`)
        return [structuredClone(placeholder)]
      }
      throw new InlineMarkupError(`<${name}> is not allowed in a target here; use the inline tags of the source (<g>, <x/>)`)
    })
  return mergeText(walk(content, 0))
}

/** Joins neighbouring text nodes of the same format, as the Lexical editor would. */
function mergeText(nodes: Node[]): Node[] {
  const merged: Node[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format) last.text = (last.text + node.text).normalize('NFC')
    else merged.push(node.type === 'link' ? { ...node, children: mergeText(node.children ?? []) } : node)
  }
  return merged
}

/** Plain text of XML content (for plain-text fields, where no inline tags are allowed). */
export function plainText(content: XmlContent[]): string {
  return content
    .map((item) => {
      if (typeof item === 'string') return item
      if (item.name === 'mrk') return plainText(item.children)
      throw new InlineMarkupError(`<${item.name}> is not allowed in a plain-text field`)
    })
    .join('')
    .normalize('NFC')
}
