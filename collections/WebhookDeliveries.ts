import type { CollectionConfig } from 'payload'
import { isEditor, userIsEditor } from '../src/access/roles'
import { webhookEventLabels, webhookEventTypes } from '../src/webhooks/events'

export const deliveryStatuses = ['pending', 'retrying', 'delivered', 'failed'] as const

/** The delivery log: one record per event and endpoint, written by the server only (announce, then each attempt). */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'webhookId',
    defaultColumns: ['event', 'endpoint', 'status', 'attempts', 'lastStatus', 'lastError', 'createdAt'],
    group: 'Webhooks',
    hidden: ({ user }) => !userIsEditor(user),
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: () => false, update: () => false, delete: () => false },
  fields: [
    // Not required: a deleted endpoint leaves its log behind (endpoint set to null).
    { name: 'endpoint', type: 'relationship', relationTo: 'webhook-endpoints', index: true, admin: { readOnly: true } },
    { name: 'event', type: 'select', required: true, options: webhookEventTypes.map((value) => ({ value, label: webhookEventLabels[value] })), admin: { readOnly: true } },
    { name: 'webhookId', type: 'text', required: true, unique: true, admin: { readOnly: true, description: 'The webhook-id header: the same on every attempt, so receivers can drop duplicates.' } },
    { name: 'body', type: 'textarea', required: true, admin: { readOnly: true, description: 'The JSON sent, exactly as signed.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: deliveryStatuses.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastStatus', type: 'number', label: 'Last HTTP status', admin: { readOnly: true } },
    { name: 'lastError', label: 'Last error', type: 'textarea', admin: { readOnly: true } },
    { name: 'deliveredAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
