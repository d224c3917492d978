// Refuses filters and sorts on rich text and JSON fields for everyone but editors: a rich-text
// body holds the ids of the blocks it places, so `where[body][contains]=<id>` would tell the
// public which chapter places a hidden quote. A 400 naming the field, the same for every value.
import type { CollectionBeforeOperationHook, CollectionConfig, Config, Field, Where } from 'payload'
import { userIsEditor } from '../access/roles'
import { GuidepressError } from '../errors'

const opaque = (field: Field) => field.type === 'richText' || field.type === 'json'

/** Names of a collection's top-level rich-text and JSON fields (rows and tabs flattened). */
function opaqueFields(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : opaqueFields(tab.fields)))
    if ('fields' in field && !('name' in field)) return opaqueFields(field.fields)
    return 'name' in field && opaque(field) ? [field.name] : []
  })
}

/** Every field path a where clause names, through and/or. */
function wherePaths(where: Where | undefined): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) =>
    (key === 'and' || key === 'or') && Array.isArray(value) ? value.flatMap((w) => wherePaths(w as Where)) : [key],
  )
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((s) => String(s).trim().replace(/^-/, ''))

const guardFor =
  (names: string[]): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    if (names.length === 0 || userIsEditor(req.user)) return args
    const { where, sort } = args as { where?: Where; sort?: unknown }
    for (const path of [...wherePaths(where), ...sortPaths(sort)]) {
      const head = path.split('.')[0]
      if (names.includes(head)) throw new GuidepressError(`${head} cannot be used to filter or sort: it is rich text or JSON. Filter by the document's other fields (title, slug, guide…).`, 400, head)
    }
    return args
  }

export const hiddenFieldQueries =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guardFor(opaqueFields(collection.fields)), ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
