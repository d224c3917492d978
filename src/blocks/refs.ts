// Which documents a rich-text value places through its blocks (quotes, exercises, figures).
type Id = number | string

/** Ids referenced by `field` of every `blockType` block in a Lexical editor state, in order. */
export function blockRefs(state: unknown, blockType: string, field: string): Id[] {
  const ids: Id[] = []
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'block' && node.fields?.blockType === blockType) {
      const ref = node.fields[field]
      ids.push(typeof ref === 'object' && ref ? ref.id : ref)
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk((state as { root?: unknown } | null | undefined)?.root)
  return ids.filter((id) => id !== undefined && id !== null)
}
