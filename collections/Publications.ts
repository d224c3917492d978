import type { CollectionConfig } from 'payload'
import { isAdmin, userIsEditor } from '../src/access/roles'
import { localeCodes } from '../src/i18n/locales'

/** One row per built (or failed) PDF of a guide in a locale. Written by the publishing pipeline only. */
export const Publications: CollectionConfig = {
  slug: 'publications',
  admin: { useAsTitle: 'fileName', defaultColumns: ['guide', 'locale', 'status', 'pages', 'builtAt'], group: 'Publishing' },
  defaultSort: '-builtAt',
  access: {
    // Downstream sites see the current PDFs; staff see the history and failures too.
    read: ({ req }) => (userIsEditor(req.user) || req.user ? true : { status: { equals: 'current' } }),
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    // Not required: a deleted guide leaves its publication history behind (guide set to null).
    { name: 'guide', type: 'relationship', relationTo: 'guides', index: true },
    { name: 'locale', type: 'select', required: true, options: localeCodes.map((c) => ({ label: c, value: c })), index: true },
    { name: 'edition', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Current', value: 'current' },
        { label: 'Superseded', value: 'superseded' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'fileName', type: 'text' },
    { name: 'url', type: 'text' },
    { name: 'sha256', type: 'text' },
    { name: 'bytes', type: 'number' },
    { name: 'pages', type: 'number' },
    { name: 'tocPages', type: 'json', admin: { description: 'Page of each table-of-contents target, reused to print in one pass when unchanged.' } },
    { name: 'contentHash', type: 'text', index: true },
    { name: 'buildSeconds', type: 'number' },
    { name: 'builtAt', type: 'date', required: true },
    { name: 'translationComplete', type: 'checkbox', defaultValue: false },
    { name: 'fallbackCount', type: 'number', defaultValue: 0 },
    { name: 'untranslated', type: 'json', admin: { description: 'Fields that fell back to English and items not approved in this language.' } },
    { name: 'warnings', type: 'json' },
    { name: 'error', type: 'textarea' },
  ],
}
