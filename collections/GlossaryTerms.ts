import { deliveryChangedHooks } from '../src/delivery/snapshots'
import type { CollectionConfig } from 'payload'
import { editorOrTranslator } from '../src/access/content'
import { anyone, isEditor } from '../src/access/roles'
import { slugField } from '../src/fields/slug'

export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'slug'], group: 'Reference' },
  defaultSort: 'slug',
  // What the delivery API serves from this collection changes with it.
  hooks: deliveryChangedHooks(),
  access: { read: anyone, create: isEditor, update: editorOrTranslator, delete: isEditor },
  fields: [
    slugField(),
    { name: 'term', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'definition', type: 'textarea', required: true, localized: true, maxLength: 2000 },
  ],
}
