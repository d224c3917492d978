import { deliveryChangedHooks } from '../src/delivery/snapshots'
import type { CollectionConfig, FieldAccess } from 'payload'
import { isAdmin } from '../src/access/roles'
import { editionStatus, storedFileFields } from '../src/fields/edition'
import { downloadArchivedEdition, downloadPressEdition } from '../src/http/publications'
import { localeCodes } from '../src/i18n/locales'

/** What only staff read: build details, the items a translation lacks, which quotes were printed. */
const staffOnly = { read: (({ req }) => Boolean(req.user)) as FieldAccess }

/**
 * One row per built (or failed) PDF of a guide in a locale, or of a facilitator guide and its
 * handouts in a locale (`kind`). Written by the publishing pipeline only.
 */
export const Publications: CollectionConfig = {
  slug: 'publications',
  admin: { useAsTitle: 'fileName', defaultColumns: ['kind', 'guide', 'facilitatorGuide', 'locale', 'status', 'pages', 'builtAt', 'download'], group: 'Publishing' },
  defaultSort: '-builtAt',
  // What the delivery API serves from this collection changes with it.
  hooks: deliveryChangedHooks(),
  access: {
    // Downstream sites see the current PDFs; staff see the history and failures too.
    read: ({ req }) => (req.user ? true : { status: { equals: 'current' } }),
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  endpoints: [
    { path: '/:id/file', method: 'get', handler: downloadArchivedEdition },
    { path: '/:id/press/:part', method: 'get', handler: downloadPressEdition },
  ],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'guide',
      index: true,
      options: [
        { label: 'Practitioner guide', value: 'guide' },
        { label: 'Facilitator guide', value: 'facilitator-guide' },
        { label: 'Handouts of a facilitator guide', value: 'handouts' },
      ],
    },
    // Not required: a deleted guide leaves its publication history behind (guide set to null).
    { name: 'guide', type: 'relationship', relationTo: 'guides', index: true, admin: { condition: (data) => (data?.kind ?? 'guide') === 'guide' } },
    { name: 'facilitatorGuide', type: 'relationship', relationTo: 'facilitator-guides', index: true, admin: { condition: (data) => data?.kind !== undefined && data.kind !== 'guide' } },
    { name: 'locale', type: 'select', required: true, options: localeCodes.map((c) => ({ label: c, value: c })), index: true },
    { name: 'edition', type: 'text' },
    // Withdrawn: taken down because it printed a survivor quote that may no longer be printed; rebuilding.
    editionStatus([{ label: 'Withdrawn (rebuilding)', value: 'withdrawn' }]),
    {
      name: 'download',
      type: 'ui',
      admin: { components: { Field: '/src/admin/PublicationDownload#PublicationDownloadField', Cell: '/src/admin/PublicationDownload#PublicationDownloadCell' } },
    },
    ...storedFileFields(),
    { name: 'tocPages', type: 'json', access: staffOnly, admin: { description: 'Page of each table-of-contents target, reused to print in one pass when unchanged.' } },
    { name: 'contentHash', type: 'text', index: true, access: staffOnly },
    {
      name: 'printedQuotes',
      type: 'json',
      access: staffOnly,
      admin: { readOnly: true, description: 'Ids of the survivor quotes this edition printed: a withdrawal takes down every edition listing one.' },
    },
    {
      name: 'press',
      type: 'json',
      access: staffOnly,
      admin: { readOnly: true, description: 'The press edition for a commercial printer (PDF/X-3 interior and cover spread), when made: editors download it from /api/publications/<id>/press/interior and /press/cover.' },
    },
    { name: 'fileRemovedAt', type: 'date', access: staffOnly, admin: { readOnly: true, description: 'When the file was deleted from disk (it printed a quote that may no longer be printed).' } },
    { name: 'buildSeconds', type: 'number' },
    { name: 'builtAt', type: 'date', required: true },
    { name: 'translationComplete', type: 'checkbox', defaultValue: false },
    { name: 'fallbackCount', type: 'number', defaultValue: 0 },
    { name: 'untranslated', type: 'json', access: staffOnly, admin: { description: 'Fields that fell back to English and items not approved in this language.' } },
    { name: 'warnings', type: 'json', access: staffOnly },
    { name: 'error', type: 'textarea', access: staffOnly },
  ],
}
