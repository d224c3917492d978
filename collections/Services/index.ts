import type { CollectionConfig, FieldHook } from 'payload'
import { editorOrTranslator } from '../../src/access/content'
import { fieldIsEditor, fieldIsStaff, isEditor, isStaff } from '../../src/access/roles'
import { readServices, verificationOverdue } from '../../src/access/services'
import { envOf } from '../../src/env'
import { slugField } from '../../src/fields/slug'
import { directoryCountries, serviceCosts, serviceGroups, serviceTypes } from '../../src/fields/options'
import { queueDirectoryRebuild, queueDirectoryRebuildOfDeleted } from '../../src/hooks/queuePublishing'
import { checkAges, checkCodes, notInTheFuture } from './validate'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

const overdue: FieldHook = ({ data, req }) => verificationOverdue(data?.lastVerified as string | undefined, envOf(req.payload).SERVICE_VERIFICATION_DAYS)

/**
 * A service provider of the directory of services (phase two). Its location is never public:
 * the `location` group is editors' only in the API, the admin and GraphQL, and the publishing
 * pipeline never reads it. A service not verified for SERVICE_VERIFICATION_DAYS is flagged here,
 * hidden from the public API and left out of new printed directories.
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: 'Service', plural: 'Directory of services' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'serviceTypes', 'lastVerified', 'verificationOverdue', '_status'],
    group: 'Directory',
    description: 'Service providers practitioners refer victims to. Addresses and location details are editors-only and never published or printed.',
  },
  defaultSort: 'slug',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: readServices, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  hooks: { afterChange: [queueDirectoryRebuild], afterDelete: [queueDirectoryRebuildOfDeleted] },
  fields: [
    slugField(),
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'select', required: true, index: true, options: options(directoryCountries), admin: { description: 'ISO code of the country the service works in.' } },
        { name: 'areaServed', type: 'text', required: true, localized: true, maxLength: 200, admin: { description: 'A province, state or city: never a street or a building.' } },
      ],
    },
    { name: 'description', type: 'textarea', required: true, localized: true, maxLength: 1000 },
    { name: 'serviceTypes', type: 'select', hasMany: true, required: true, options: options(serviceTypes) },
    {
      name: 'serves',
      type: 'group',
      label: 'Who it serves',
      fields: [
        { name: 'groups', type: 'select', hasMany: true, required: true, options: options(serviceGroups) },
        { name: 'nationalities', type: 'text', hasMany: true, maxRows: 60, validate: checkCodes('nationalities', /^[A-Z]{2}$/, 'two capital letters (ISO 3166-1), e.g. ID or TH'), admin: { description: 'ISO country codes, e.g. ID, MM. Empty: any nationality.' } },
        { name: 'languages', type: 'text', hasMany: true, required: true, maxRows: 30, validate: checkCodes('languages', /^[a-z]{2,3}$/, 'a language code (ISO 639), e.g. th or km'), admin: { description: 'Language codes, e.g. th, km, my: spoken by staff or interpreters.' } },
        {
          type: 'row',
          fields: [
            { name: 'minimumAge', type: 'number', min: 0, max: 25 },
            { name: 'maximumAge', type: 'number', min: 0, max: 25, validate: checkAges },
          ],
        },
      ],
    },
    {
      name: 'referral',
      type: 'group',
      label: 'How to refer',
      fields: [
        { name: 'phone', type: 'text', required: true, maxLength: 40, validate: (value: unknown) => (typeof value === 'string' && /^\+?[\d ()-]{6,40}$/.test(value) ? true : 'Give the referral line as digits, spaces, brackets or hyphens, with the country code, e.g. +66 2 000 0000.') },
        { name: 'hours', type: 'text', required: true, localized: true, maxLength: 200 },
        { name: 'requirements', type: 'textarea', localized: true, maxLength: 1000, admin: { description: 'What the referring practitioner must provide or arrange.' } },
        { name: 'steps', type: 'array', maxRows: 8, fields: [{ name: 'step', type: 'text', required: true, localized: true, maxLength: 300 }] },
        { name: 'cost', type: 'select', required: true, defaultValue: 'free', options: options(serviceCosts) },
      ],
    },
    {
      name: 'lastVerified',
      type: 'date',
      required: true,
      index: true,
      validate: notInTheFuture,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' }, description: 'When someone last checked the service still runs as described.' },
    },
    {
      name: 'verificationOverdue',
      type: 'checkbox',
      virtual: true,
      access: { read: fieldIsStaff, create: () => false, update: () => false },
      hooks: { afterRead: [overdue] },
      admin: { position: 'sidebar', readOnly: true, description: 'Not verified within SERVICE_VERIFICATION_DAYS: hidden from the public and left out of printed directories until checked again.' },
    },
    {
      name: 'fictitious',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Invented for a demonstration; the printed directory says so.' },
    },
    {
      name: 'location',
      type: 'group',
      label: 'Location (editors only; never published, printed or sent downstream)',
      access: { read: fieldIsEditor, create: fieldIsEditor, update: fieldIsEditor },
      fields: [
        { name: 'address', type: 'textarea', maxLength: 500 },
        { name: 'notes', type: 'textarea', maxLength: 2000, admin: { description: 'Access, safety arrangements, who to ask for.' } },
      ],
    },
  ],
}
