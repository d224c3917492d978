// Turns accepted translations into the update data for one document in the target locale. Rich
// text keeps the translation's own structure when it matches the English; otherwise it starts
// from the English (untranslated paragraphs then stay English, as the fallback would show them).
import { nodeAt, sameShape, type Segment } from './segments'

type Plain = Record<string, any>

export interface Change {
  segment: Segment
  /** Plain-text translation. */
  text?: string
  /** Rich-text translation: inline Lexical nodes. */
  nodes?: Plain[]
}

export function planUpdate(english: Plain, target: Plain, changes: Change[]): { data: Plain; previous: Plain } {
  const data: Plain = {}
  const previous: Plain = {}
  const start = (field: string, base: () => unknown) => {
    if (!(field in data)) {
      previous[field] = target[field] ?? null
      data[field] = structuredClone(base() ?? {})
    }
    return data[field]
  }
  for (const { segment, text, nodes } of changes) {
    const { location } = segment
    if (location.kind === 'plain') {
      const [top, ...rest] = location.path as [string, ...(string | number)[]]
      if (rest.length === 0) {
        previous[top] = target[top] ?? null
        data[top] = text
        continue
      }
      let holder = start(top, () => target[top]) as Plain
      for (const key of rest.slice(0, -1)) holder = holder[key] ??= {}
      holder[rest.at(-1)!] = text
      continue
    }
    const state = start(location.field, () => (sameShape(english[location.field], target[location.field]) ? target[location.field] : english[location.field])) as Plain
    if (location.kind === 'block-text') state.root.children[location.nodeIndex].fields[location.key] = text
    else nodeAt(state, location.nodePath)!.children = nodes
  }
  return { data, previous }
}
