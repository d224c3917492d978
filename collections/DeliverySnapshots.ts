import type { CollectionConfig } from 'payload'
import { isEditor } from '../src/access/roles'
import { deliveryChangedHooks } from '../src/delivery/snapshots'
import { localeCodes } from '../src/i18n/locales'

/**
 * What /delivery/v1 serves for one guide in one locale: made when its edition is published, from
 * the same content, and rewritten at once when a quote is withdrawn or a chapter unpublished.
 * Written by the server only; editors may look.
 */
export const DeliverySnapshots: CollectionConfig = {
  slug: 'delivery-snapshots',
  admin: { useAsTitle: 'slug', defaultColumns: ['slug', 'locale', 'hash', 'updatedAt'], group: 'Publishing', description: 'What the delivery API serves for each guide and language. Written by publishing; read only.' },
  graphQL: false,
  access: { read: isEditor, create: () => false, update: () => false, delete: () => false },
  hooks: deliveryChangedHooks(),
  fields: [
    { name: 'guide', type: 'relationship', relationTo: 'guides', required: true, index: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: localeCodes.map((c) => ({ label: c, value: c })) },
    { name: 'hash', type: 'text', required: true, admin: { description: 'SHA-256 of the response body: its ETag.' } },
    { name: 'sourceHash', type: 'text', admin: { description: "The edition's content hash this snapshot was made from." } },
    { name: 'quotes', type: 'json', admin: { description: 'Ids of the survivor quotes it delivers: a withdrawal rewrites every snapshot listing one.' } },
    { name: 'chapters', type: 'json' },
    { name: 'summary', type: 'json', admin: { description: 'The guide as listed in /delivery/v1/guides.' } },
    { name: 'body', type: 'json' },
    { name: 'source', type: 'json', admin: { description: 'What the body was built from, kept so it can be rebuilt without a withdrawn quote.' } },
  ],
}
