import type { CollectionConfig } from 'payload'
import { isEditor } from '../access/roles'

/** The audit trail of translation status changes and imports: who, when, what. Editors read it. */
export const TranslationEvents: CollectionConfig = {
  slug: 'translation-events',
  admin: { group: 'Translation', useAsTitle: 'docId', defaultColumns: ['at', 'user', 'collection', 'docId', 'locale', 'from', 'to'] },
  defaultSort: '-at',
  access: { read: isEditor, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'user', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
    { name: 'note', type: 'textarea' },
  ],
}
