import type { CollectionConfig } from 'payload'
import { editorOrTranslator, publishedOrStaff } from '../src/access/content'
import { isEditor, isStaff } from '../src/access/roles'
import { printEditionField } from '../src/fields/printEdition'
import { slugField } from '../src/fields/slug'
import { printPreviewEndpoint, printStateEndpoint } from '../src/http/printEdition'
import { RESERVED_GUIDE_SLUGS } from '../src/keys'
import { audiences, guideKinds, licences } from '../src/fields/options'
import { refuseDeletingGuideWithChapters } from '../src/hooks/refuseDeletingGuideWithChapters'
import { queueGuideRebuild } from '../src/hooks/queuePublishing'
import { noteWhetherGuideWasPublished, retireEditionsOfDeletedGuide, retireEditionsOfUnpublishedGuide } from '../src/hooks/retireEditions'

export const Guides: CollectionConfig = {
  slug: 'guides',
  admin: { useAsTitle: 'title', defaultColumns: ['seriesNumber', 'title', 'kind', 'year', '_status'], group: 'Content' },
  defaultSort: 'seriesNumber',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  endpoints: [
    { path: '/:id/print-state', method: 'get', handler: printStateEndpoint },
    { path: '/:id/print-preview', method: 'get', handler: printPreviewEndpoint },
  ],
  hooks: { beforeChange: [noteWhetherGuideWasPublished], afterChange: [queueGuideRebuild, retireEditionsOfUnpublishedGuide], beforeDelete: [refuseDeletingGuideWithChapters, retireEditionsOfDeletedGuide] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'practitioner-guide',
      options: guideKinds.map((k) => ({ ...k })),
      admin: { position: 'sidebar', description: 'A practitioner guide has the five parts of the series; the guidance note has its own five. Its chapters must be in parts of this kind.' },
    },
    {
      name: 'seriesNumber',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      max: 99,
      admin: { position: 'sidebar', description: 'Order in the series. Printed on a practitioner guide\'s cover; a guidance note shows "Guidance note" instead.' },
    },
    slugField({}, { reserved: RESERVED_GUIDE_SLUGS }),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'subtitle', type: 'text', localized: true, maxLength: 300 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 2000 },
    {
      type: 'row',
      fields: [
        { name: 'phase', type: 'select', required: true, defaultValue: 'one', options: [{ label: 'Phase one', value: 'one' }, { label: 'Phase two', value: 'two' }] },
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100 },
        { name: 'edition', type: 'text', localized: true, maxLength: 100 },
      ],
    },
    { name: 'audience', type: 'select', hasMany: true, options: audiences },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    printEditionField,
    {
      name: 'pressEdition',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Also make the press edition for a commercial printer (PDF/X with bleed and crop marks, and the cover spread) whenever this guide is published.' },
    },
    { name: 'legalInstruments', type: 'relationship', relationTo: 'legal-instruments', hasMany: true },
    {
      name: 'colophon',
      type: 'group',
      fields: [
        { name: 'translatorCredit', type: 'text', localized: true, maxLength: 300 },
        {
          name: 'disclaimer',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          admin: { description: 'For independent translations: states that the English edition is authoritative.' },
        },
        { name: 'isbn', type: 'text', localized: true, maxLength: 20, validate: validateIsbn },
        {
          name: 'licence',
          type: 'select',
          defaultValue: 'cc-by-nc-4.0',
          options: licences.map(({ value, label }) => ({ value, label })),
          admin: { description: 'Printed on the imprint page with the copyright line.' },
        },
        { name: 'copyrightHolder', type: 'text', maxLength: 200, admin: { description: 'Empty: the publisher.' } },
        {
          name: 'funding',
          type: 'textarea',
          localized: true,
          maxLength: 600,
          admin: { description: 'The funding statement as the funder requires it. Left out of the imprint when empty.' },
        },
      ],
    },
  ],
}

function validateIsbn(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  const digits = String(value).replace(/[-\s]/g, '')
  return /^(97[89])?\d{9}[\dX]$/.test(digits) ? true : 'ISBN must be 10 or 13 digits (hyphens allowed), e.g. 978-1-23456-789-7.'
}
