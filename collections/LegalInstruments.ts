import { deliveryChangedHooks } from '../src/delivery/snapshots'
import type { CollectionConfig } from 'payload'
import { editorOrTranslator } from '../src/access/content'
import { anyone, isEditor } from '../src/access/roles'
import { slugField } from '../src/fields/slug'

export const LegalInstruments: CollectionConfig = {
  slug: 'legal-instruments',
  admin: { useAsTitle: 'shortName', defaultColumns: ['shortName', 'name', 'year', 'scope'], group: 'Reference' },
  defaultSort: 'year',
  // What the delivery API serves from this collection changes with it.
  hooks: deliveryChangedHooks(),
  access: { read: anyone, create: isEditor, update: editorOrTranslator, delete: isEditor },
  fields: [
    slugField(),
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 400 },
    { name: 'shortName', type: 'text', required: true, maxLength: 60 },
    { name: 'year', type: 'number', required: true, min: 1900, max: 2100 },
    {
      name: 'scope',
      type: 'select',
      required: true,
      options: [
        { label: 'International', value: 'international' },
        { label: 'Regional', value: 'regional' },
        { label: 'National', value: 'national' },
      ],
    },
    {
      name: 'articles',
      type: 'array',
      maxRows: 60,
      fields: [
        { name: 'number', type: 'text', required: true, maxLength: 20 },
        { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 1500 },
      ],
    },
  ],
}
