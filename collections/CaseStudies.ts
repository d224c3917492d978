import type { CollectionConfig } from 'payload'
import { editorOrTranslator, publishedOrStaff } from '../src/access/content'
import { isEditor, isStaff } from '../src/access/roles'
import { slugField } from '../src/fields/slug'
import { queueAllFacilitatorGuides } from '../src/hooks/queuePublishing'

/** An invented situation a training group discusses, with its questions; handed out on paper. */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: 'Case study', plural: 'Case studies' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: 'Training' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  hooks: { afterChange: [queueAllFacilitatorGuides] },
  fields: [
    slugField(),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'story', type: 'textarea', required: true, localized: true, maxLength: 4000, admin: { description: 'Invented: no real person, place or organisation that could identify anyone.' } },
    { name: 'questions', type: 'array', minRows: 1, maxRows: 8, fields: [{ name: 'question', type: 'textarea', required: true, localized: true, maxLength: 600 }] },
  ],
}
