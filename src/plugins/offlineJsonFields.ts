// Every JSON field in the admin uses src/admin/JsonField.tsx instead of Payload's Monaco code
// editor, which loads from a CDN: the admin panel works with no outside network.
import type { Config, Field } from 'payload'

const component = '/src/admin/JsonField#JsonField'

function withOfflineEditor(field: Field): Field {
  if (field.type === 'json' && !field.admin?.components?.Field) return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: component } } }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withOfflineEditor) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withOfflineEditor) } as Field
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withOfflineEditor) })) }
  return field
}

export const offlineJsonFields =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(withOfflineEditor) })),
  })
