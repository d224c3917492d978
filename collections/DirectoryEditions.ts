import type { CollectionConfig } from 'payload'
import { fieldIsStaff, isAdmin } from '../src/access/roles'
import { editionStatus, storedFileFields } from '../src/fields/edition'
import { directoryCountries } from '../src/fields/options'
import { localeCodes } from '../src/i18n/locales'

const staffOnly = { read: fieldIsStaff }

/**
 * One row per printed directory of services (a country in a locale), built or failed. Written by
 * the publishing pipeline only. Its PDF is public at /publications/directories/<country>/<file>
 * while current; it never holds a location detail (the pipeline never reads one).
 */
export const DirectoryEditions: CollectionConfig = {
  slug: 'directory-editions',
  labels: { singular: 'Printed directory', plural: 'Printed directories' },
  admin: { useAsTitle: 'fileName', defaultColumns: ['country', 'locale', 'status', 'services', 'pages', 'builtAt'], group: 'Publishing' },
  defaultSort: '-builtAt',
  access: {
    read: ({ req }) => (req.user ? true : { status: { equals: 'current' } }),
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    { name: 'country', type: 'select', required: true, index: true, options: directoryCountries.map((c) => ({ label: c, value: c })) },
    { name: 'locale', type: 'select', required: true, index: true, options: localeCodes.map((c) => ({ label: c, value: c })) },
    // Retired: no published, verified service is left for this country, so its directory is taken down.
    editionStatus([{ label: 'Retired (no verified service)', value: 'retired' }]),
    ...storedFileFields(),
    { name: 'services', type: 'number', admin: { description: 'Services listed.' } },
    { name: 'tocPages', type: 'json', access: staffOnly, admin: { readOnly: true } },
    { name: 'contentHash', type: 'text', index: true, access: staffOnly },
    { name: 'leftOut', type: 'json', access: staffOnly, admin: { readOnly: true, description: 'Published services left out because their last verification is too old (slugs).' } },
    { name: 'warnings', type: 'json', access: staffOnly },
    { name: 'error', type: 'textarea', access: staffOnly },
    { name: 'buildSeconds', type: 'number' },
    { name: 'builtAt', type: 'date', required: true },
  ],
}
