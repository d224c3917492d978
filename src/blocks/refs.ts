// Which documents a rich-text value places through its blocks (quotes, exercises, figures).
type Id = number | string

/** The fields of every `blockType` block in a Lexical editor state, in order. */
export function blockFields(state: unknown, blockType: string): Record<string, any>[] {
  const found: Record<string, any>[] = []
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'block' && node.fields?.blockType === blockType) found.push(node.fields)
    for (const child of node.children ?? []) walk(child)
  }
  walk((state as { root?: unknown } | null | undefined)?.root)
  return found
}

/** The id a relationship or upload field holds, whether populated or not. */
export const refId = (ref: unknown): Id | undefined => (typeof ref === 'object' && ref ? (ref as { id: Id }).id : (ref as Id | undefined))

/** Ids referenced by `field` of every `blockType` block in a Lexical editor state, in order. */
export function blockRefs(state: unknown, blockType: string, field: string): Id[] {
  return blockFields(state, blockType)
    .map((fields) => refId(fields[field]))
    .filter((id): id is Id => id !== undefined && id !== null)
}
