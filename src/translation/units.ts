// Translation units: the English source of a document split the way translators work on it, one
// unit per localized field and, for rich text, one per paragraph or block. Fingerprints are hashes
// of the units, so a change to one paragraph outdates exactly that paragraph's translation.
import { createHash } from 'node:crypto'
import type { Field } from 'payload'

type Plain = Record<string, any>

/** Block fields that hold prose (captions, callout text, notepad prompts); credits and ids do not. */
export const blockTextFields = ['title', 'text', 'prompt', 'caption'] as const

/** Plain text of a Lexical node and its children (blocks: their text fields). */
export function nodeText(node: Plain): string {
  if (!node || typeof node !== 'object') return ''
  if (typeof node.text === 'string') return node.text
  if (node.type === 'block' && node.fields) {
    return blockTextFields.map((k) => node.fields[k]).filter((v) => typeof v === 'string' && v).join('\n')
  }
  return (node.children ?? []).map(nodeText).join(node.type === 'list' ? '\n' : '')
}

/** Localized text, textarea and rich-text fields with their paths, walking groups, rows and array rows. */
export function* localizedLeaves(fields: Field[], doc: Plain, prefix: (string | number)[] = []): Generator<{ field: Field & { name: string }; path: (string | number)[]; value: unknown }> {
  for (const field of fields) {
    if ('fields' in field && !('name' in field)) {
      yield* localizedLeaves(field.fields, doc, prefix)
      continue
    }
    if (!('name' in field) || field.name === 'translation' || field.name === 'minorEdit') continue
    const value = doc?.[field.name]
    const path = [...prefix, field.name]
    if (field.type === 'group') yield* localizedLeaves(field.fields, (value ?? {}) as Plain, path)
    else if (field.type === 'array') for (const [i, row] of ((value ?? []) as Plain[]).entries()) yield* localizedLeaves(field.fields, row, [...path, i])
    else if ('localized' in field && field.localized && (field.type === 'richText' || field.type === 'text' || field.type === 'textarea')) yield { field, path, value }
  }
}

/** Units of every localized field (top level, in groups and in list rows), keyed by path. */
export function sourceUnits(fields: Field[], doc: Plain): Record<string, string> {
  const units: Record<string, string> = {}
  for (const { field, path, value } of localizedLeaves(fields, doc)) {
    const key = path.join('.')
    if (field.type === 'richText') {
      for (const [i, node] of (((value as Plain | null)?.root?.children ?? []) as Plain[]).entries()) {
        const text = nodeText(node).trim()
        if (text) units[`${key}.${i}`] = text
      }
    } else if (typeof value === 'string' && value.trim()) units[key] = value
  }
  return units
}

export const hashUnit = (text: string) => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16)

export function fingerprint(units: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(units).map(([k, v]) => [k, hashUnit(v)]))
}

/** Units whose English changed (or appeared, or went) since the fingerprint was taken. */
export function changedUnits(before: Record<string, string> | null | undefined, now: Record<string, string>): string[] {
  if (!before) return []
  const keys = new Set([...Object.keys(before), ...Object.keys(now)])
  return [...keys].filter((k) => before[k] !== now[k])
}
