// A document's translatable segments: one per localized text field and, for rich text, one per
// paragraph, heading, list item or block text. Segment ids are field paths ("title",
// "body.3", "body.4.1", "body.7.text", "questions.0.question") and stay stable between export and
// import as long as the English keeps its shape. Pure: fields config and plain documents in.
import type { Field } from 'payload'
import { blockTextFields, hashUnit, localizedLeaves } from '../units'
import { inlineToXliff, type InlineRefs } from './inline'
import { escapeXml } from './xml'

type Node = Record<string, any>
type Plain = Record<string, any>

export interface Segment {
  id: string
  kind: 'plain' | 'rich'
  /** The XLIFF <source> content: escaped text, or inline markup for rich text. */
  source: string
  refs: InlineRefs
  fingerprint: string
  location: Location
}

/** Where a segment lives in the English and how to write it back. */
export type Location =
  | { kind: 'plain'; path: (string | number)[]; maxLength?: number }
  | { kind: 'inline'; field: string; nodePath: number[] }
  | { kind: 'block-text'; field: string; nodeIndex: number; key: string }

/** Top-level fields that are localized or hold localized fields: where a unit id may start. */
export function translatableFieldNames(fields: Field[]): Set<string> {
  const names = new Set<string>()
  const holdsLocalized = (f: Field): boolean => ('localized' in f && Boolean(f.localized)) || ('fields' in f && f.fields.some(holdsLocalized))
  for (const field of fields) {
    if ('fields' in field && !('name' in field)) translatableFieldNames(field.fields).forEach((n) => names.add(n))
    else if ('name' in field && field.name !== 'translation' && holdsLocalized(field)) names.add(field.name)
  }
  return names
}

/** Rich-text nodes that carry a segment: [nodePath, node] for elements with inline children. */
export function* richNodes(children: Node[], prefix: number[] = []): Generator<[number[], Node]> {
  for (const [i, node] of children.entries()) {
    const path = [...prefix, i]
    if (node.type === 'list') for (const [j, item] of (node.children ?? []).entries()) yield* listItem(item, [...path, j])
    else if (node.type === 'block') yield [path, node]
    else if (Array.isArray(node.children)) yield [path, node]
  }
}

function* listItem(item: Node, path: number[]): Generator<[number[], Node]> {
  const nested = (item.children ?? []).find((c: Node) => c.type === 'list')
  if (nested) for (const [k, child] of (nested.children ?? []).entries()) yield* listItem(child, [...path, k])
  else yield [path, item]
}

const plainSegment = (id: string, text: string, location: Location): Segment => ({ id, kind: 'plain', source: escapeXml(text), refs: new Map(), fingerprint: hashUnit(text), location })

/** The segments of one document in one locale, in reading order, with where each lives. */
export function segmentsOf(fields: Field[], doc: Plain): Segment[] {
  const out: Segment[] = []
  for (const { field, path, value } of localizedLeaves(fields, doc)) {
    const id = path.join('.')
    const maxLength = 'maxLength' in field ? (field.maxLength as number | undefined) : undefined
    if (field.type !== 'richText') {
      if (typeof value === 'string' && value.trim()) out.push(plainSegment(id, value, { kind: 'plain', path, maxLength }))
      continue
    }
    for (const [nodePath, node] of richNodes(((value as Node | null)?.root?.children ?? []) as Node[])) {
      const nodeId = `${id}.${nodePath.join('.')}`
      if (node.type === 'block') {
        for (const key of blockTextFields) {
          const text = node.fields?.[key]
          if (typeof text === 'string' && text.trim()) out.push(plainSegment(`${nodeId}.${key}`, text, { kind: 'block-text', field: id, nodeIndex: nodePath[0], key }))
        }
        continue
      }
      const refs: InlineRefs = new Map()
      const source = inlineToXliff(node.children ?? [], refs)
      if (!source.replace(/<[^>]+>/g, '').trim()) continue
      out.push({ id: nodeId, kind: 'rich', source, refs, fingerprint: hashUnit(source), location: { kind: 'inline', field: id, nodePath } })
    }
  }
  return out
}

/** The node at a path of root children / list items, or undefined. */
export function nodeAt(state: Node | null | undefined, nodePath: number[]): Node | undefined {
  let node: Node | undefined = state?.root?.children?.[nodePath[0]]
  for (const index of nodePath.slice(1)) {
    if (node?.type === 'list') node = node.children?.[index]
    else if (node?.type === 'listitem') node = (node.children ?? []).find((c: Node) => c.type === 'list')?.children?.[index]
    else return undefined
  }
  return node
}

/** True when two rich-text values have the same shape: same nodes, lists and blocks in the same places. */
export function sameShape(a: Node | null | undefined, b: Node | null | undefined): boolean {
  const shape = (state: Node | null | undefined) => JSON.stringify([...richNodes((state?.root?.children ?? []) as Node[])].map(([p, n]) => [p, n.type, n.fields?.blockType ?? null]))
  return Boolean(a?.root && b?.root) && (a!.root.children ?? []).length === (b!.root.children ?? []).length && shape(a) === shape(b)
}

/** The current translation of a segment as XLIFF content, or undefined when there is none. */
export function translationOf(segment: Segment, english: Plain, target: Plain): string | undefined {
  const { location } = segment
  if (location.kind === 'plain') {
    const value = location.path.reduce<any>((v, k) => v?.[k], target)
    return typeof value === 'string' && value.trim() ? escapeXml(value) : undefined
  }
  const translated = target[location.field]
  if (!sameShape(english[location.field], translated)) return undefined
  if (location.kind === 'block-text') {
    const value = translated.root.children[location.nodeIndex]?.fields?.[location.key]
    return typeof value === 'string' && value.trim() ? escapeXml(value) : undefined
  }
  const node = nodeAt(translated, location.nodePath)
  const xml = node ? inlineToXliff(node.children ?? [], new Map(), segment.refs) : ''
  return xml.replace(/<[^>]+>/g, '').trim() ? xml : undefined
}
