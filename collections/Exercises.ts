import type { CollectionConfig } from 'payload'
import { editorOrTranslator, publishedOrStaff } from '../src/access/content'
import { isEditor, isStaff } from '../src/access/roles'
import { localizedRichText } from '../src/fields/richText'
import { slugField } from '../src/fields/slug'
import { queueAllFacilitatorGuides, queueSeriesRebuild } from '../src/hooks/queuePublishing'

export const Exercises: CollectionConfig = {
  slug: 'exercises',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'notepadLines', '_status'], group: 'Content' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  hooks: { afterChange: [queueSeriesRebuild, queueAllFacilitatorGuides] },
  fields: [
    slugField(),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'mini-exercise',
      options: [
        { label: 'Mini-exercise', value: 'mini-exercise' },
        { label: 'Reflection', value: 'reflection' },
        { label: 'Case study', value: 'case-study' },
        { label: 'Notepad', value: 'notepad' },
      ],
    },
    localizedRichText({ name: 'instructions' }),
    {
      name: 'questions',
      type: 'array',
      maxRows: 20,
      fields: [{ name: 'question', type: 'textarea', required: true, localized: true, maxLength: 1000 }],
    },
    {
      name: 'notepadLines',
      type: 'number',
      required: true,
      defaultValue: 6,
      min: 0,
      max: 30,
      admin: { description: 'Ruled lines printed for the answer (0 for none).' },
    },
  ],
}
