import type { CollectionConfig } from 'payload'
import { fieldIsEditor, isEditor } from '../../src/access/roles'
import { consentStatuses, exploitationForms } from '../../src/fields/options'
import { slugField } from '../../src/fields/slug'
import { readQuotes, readQuoteVersions, updateQuotes } from './access'
import { unpublishWithoutConsent } from './hooks/unpublishWithoutConsent'
import { queueAllFacilitatorGuides, queueSeriesRebuild } from '../../src/hooks/queuePublishing'
import { consentIsNeverADraft, withdrawDeleted, withdrawIfUnprintable } from './hooks/withdrawFromEditions'

/** Survivors' testimony. Only consent-granted, published quotes reach the public; internal fields never do. */
export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: { singular: 'Survivor quote', plural: 'Survivor quotes' },
  admin: { useAsTitle: 'attribution', defaultColumns: ['attribution', 'country', 'consent', '_status'], group: 'Content' },
  versions: { drafts: true, maxPerDoc: 50 },
  // Trashed quotes are kept for editors to restore, and are never printed or published meanwhile.
  trash: true,
  access: { read: readQuotes, readVersions: readQuoteVersions, create: isEditor, update: updateQuotes, delete: isEditor },
  hooks: {
    beforeOperation: [consentIsNeverADraft],
    beforeChange: [unpublishWithoutConsent],
    afterChange: [withdrawIfUnprintable, queueSeriesRebuild, queueAllFacilitatorGuides],
    afterDelete: [withdrawDeleted],
  },
  fields: [
    slugField(),
    { name: 'text', type: 'textarea', required: true, localized: true, maxLength: 1500 },
    {
      name: 'attribution',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: { description: 'Anonymised only, e.g. "Indonesian woman, trafficked for domestic work". Never a name, place or date that could identify a person.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'text', maxLength: 60 },
        {
          name: 'gender',
          type: 'select',
          options: ['woman', 'man', 'girl', 'boy', 'non-binary'].map((v) => ({ label: v, value: v })),
        },
        {
          name: 'ageGroup',
          type: 'select',
          options: [
            { label: 'Child at the time', value: 'child' },
            { label: 'Adult at the time', value: 'adult' },
          ],
        },
      ],
    },
    { name: 'exploitation', type: 'select', options: exploitationForms },
    { name: 'themes', type: 'text', hasMany: true, maxRows: 20 },
    {
      name: 'illustrative',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Invented for demonstration or training; printed with a note saying so.' },
    },
    {
      name: 'consent',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: consentStatuses,
      access: { read: fieldIsEditor, create: fieldIsEditor, update: fieldIsEditor },
      admin: { position: 'sidebar', description: 'Only "granted" quotes reach the API; "print only" ones may be printed. Withdrawing consent unpublishes the quote.' },
    },
    {
      name: 'internal',
      type: 'group',
      label: 'Internal (editors only; never published, printed or logged)',
      access: { read: fieldIsEditor, create: fieldIsEditor, update: fieldIsEditor },
      fields: [
        { name: 'sourceReference', type: 'text', maxLength: 300 },
        { name: 'interviewCode', type: 'text', maxLength: 60 },
        { name: 'consentRecord', type: 'text', maxLength: 300, admin: { description: 'Where the signed consent is filed.' } },
        { name: 'editorialNotes', type: 'textarea', maxLength: 4000 },
      ],
    },
  ],
}
