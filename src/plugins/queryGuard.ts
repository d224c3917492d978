// Refuses queries the database layer would crash on with a 500: an id that cannot be one (a
// word where ids are numbers), geographic operators on fields that are not points, and where
// paths that reach inside rich text or JSON. Each becomes a 400 saying what to ask instead.
import type { CollectionBeforeOperationHook, CollectionConfig, Config, FlattenedField, Payload, Where } from 'payload'
import { GuidepressError } from '../errors'

const geoOperators = new Set(['near', 'within', 'intersects'])
const opaque = new Set(['richText', 'json', 'code'])

/** What an id looks like on this database, when the database is strict about it. */
function idShape(payload: Payload): { pattern: RegExp; says: string } | undefined {
  if (payload.db.defaultIDType === 'number') return { pattern: /^\d{1,15}$/, says: 'a whole number, e.g. 12' }
  if (payload.db.name === 'mongoose') return { pattern: /^[0-9a-f]{24}$/i, says: '24 hexadecimal characters' }
  return undefined
}

function checkId(id: unknown, slug: string, payload: Payload): void {
  const shape = idShape(payload)
  if (id === undefined || id === null || !shape || shape.pattern.test(String(id))) return
  // REST has already turned a word into NaN by now; the address still shows what was asked.
  const shown = typeof id === 'number' && Number.isNaN(id) ? 'The id asked for' : `"${String(id).slice(0, 40)}"`
  throw new GuidepressError(`${shown} is not an id of ${slug}: an id is ${shape.says}.`, 400, 'id')
}

/** The field a dotted where path ends on, following groups, arrays, blocks and relations; undefined when unknown. */
function resolve(path: string, fields: FlattenedField[], payload: Payload): { field?: FlattenedField; rest: string[] } {
  const segments = path.split('.')
  let current = fields
  for (let i = 0; i < segments.length; i++) {
    const field = current.find((f) => f.name === segments[i])
    if (!field) return { rest: segments.slice(i) }
    const rest = segments.slice(i + 1)
    if (rest.length === 0 || opaque.has(field.type)) return { field, rest }
    if ('flattenedFields' in field) current = field.flattenedFields
    else if (field.type === 'blocks') current = (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : block.flattenedFields))
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      current = payload.collections[field.relationTo]?.config.flattenedFields ?? []
    } else return { field, rest }
  }
  return { rest: [] }
}

function checkWhere(where: Where | undefined, fields: FlattenedField[], payload: Payload): void {
  if (!where || typeof where !== 'object') return
  for (const [path, condition] of Object.entries(where)) {
    if ((path === 'and' || path === 'or') && Array.isArray(condition)) {
      for (const nested of condition) checkWhere(nested as Where, fields, payload)
      continue
    }
    const { field, rest } = resolve(path, fields, payload)
    if (field && opaque.has(field.type) && rest.length > 0) {
      throw new GuidepressError(
        `where[${path}]: ${field.name} is ${field.type === 'richText' ? 'rich text' : field.type}, which cannot be queried inside. Query ${field.name} itself (like, contains, exists) or another field.`,
        400,
        path,
      )
    }
    for (const operator of Object.keys(condition && typeof condition === 'object' ? condition : {})) {
      if (geoOperators.has(operator) && (field?.type !== 'point' || rest.length > 0)) {
        throw new GuidepressError(`where[${path}][${operator}]: "${operator}" works only on point (location) fields, and ${path} is not one.`, 400, path)
      }
    }
  }
}

const guard: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!['read', 'update', 'delete', 'count', 'readDistinct'].includes(operation)) return args
  const { id, where } = args as { id?: unknown; where?: Where }
  checkId(id, collection.slug, req.payload)
  checkWhere(where, collection.flattenedFields, req.payload)
  return args
}

export const queryGuard =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guard, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
