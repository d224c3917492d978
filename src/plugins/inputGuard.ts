// Refuses malformed input before Payload's own hooks touch it: data nested deeper than
// JSON_MAX_DEPTH (Payload copies it recursively and would overflow the stack: a 500; JSON bodies are
// refused earlier, in src/http/requestBody.ts, this catches multipart `_payload` and GraphQL input),
// rich text that is not a Lexical editor state (Lexical's hooks would throw a 500), and relations to
// documents that do not exist (SQLite would fail on the foreign key with a 500). Each becomes a 400.
import type { CollectionBeforeOperationHook, CollectionConfig, Config, Field } from 'payload'
import { GuidepressError } from '../errors'
import { lexicalProblem } from '../fields/lexicalShape'

type Plain = Record<string, unknown>

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'value' in value ? (value as Plain).value : value)
const asId = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as Plain).id : value)

/** Top-level and grouped fields of a collection, with their dotted paths. */
function* walk(fields: Field[], data: Plain, prefix = ''): Generator<{ field: Field; value: unknown; path: string }> {
  for (const field of fields) {
    if ('fields' in field && !('name' in field)) {
      yield* walk(field.fields, data, prefix)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) yield* walk(tab.fields, data, prefix)
    } else if ('name' in field && field.name in data) {
      const value = data[field.name]
      if (field.type === 'group' && value && typeof value === 'object') yield* walk(field.fields, value as Plain, `${prefix}${field.name}.`)
      else yield { field, value, path: `${prefix}${field.name}` }
    }
  }
}

/** How deeply arrays and objects nest in a value, counted without recursion and stopping past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (!item || typeof item !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(item)) if (child && typeof child === 'object') stack.push([child, depth + 1])
  }
  return deepest
}

const guard =
  (maxDepth: number): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const data = args.data as Plain | undefined
    if (!data || typeof data !== 'object') return args
    if (nestingDepth(data, maxDepth) > maxDepth) throw new GuidepressError(`The data is nested more than ${maxDepth} levels deep. Send a flatter document.`, 400)
    for (const { field, value, path } of walk(collection.fields, data)) {
      if (field.type === 'richText') {
        const problem = lexicalProblem(value)
        if (problem) throw new GuidepressError(`${path}: ${problem}.`, 400, path)
      }
      if ((field.type === 'relationship' || field.type === 'upload') && value !== null && value !== undefined && typeof field.relationTo === 'string') {
        const ids = [...new Set((Array.isArray(value) ? value : [value]).map((v) => asId(idOf(v))))]
        if (ids.some((id) => typeof id !== 'string' && typeof id !== 'number')) {
          throw new GuidepressError(`${path}: expected ${Array.isArray(value) ? 'a list of ids' : 'an id'} of ${field.relationTo}.`, 400, path)
        }
        if (ids.length === 0) continue
        const { totalDocs } = await req.payload.count({ collection: field.relationTo, where: { id: { in: ids } }, overrideAccess: true, req })
        if (totalDocs !== ids.length) throw new GuidepressError(`${path}: no ${field.relationTo} with id ${ids.join(', ')} exists (check the id).`, 400, path)
      }
    }
    return args
  }

export const inputGuard =
  ({ maxDepth }: { maxDepth: number }) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guard(maxDepth), ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
