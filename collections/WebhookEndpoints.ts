import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { isEditor, userIsEditor } from '../src/access/roles'
import { webhookEventLabels, webhookEventTypes } from '../src/webhooks/events'
import { generateWebhookSecret, webhookSecretProblem } from '../src/webhooks/secret'

const validateUrl: TextFieldSingleValidation = (value) => {
  let url: URL
  try {
    url = new URL(String(value ?? ''))
  } catch {
    return 'Enter a full http or https address, e.g. https://example.org/hooks/guidepress.'
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? true : `Only http and https addresses receive webhooks, not ${url.protocol}.`
}

const validateSecret: TextFieldSingleValidation = (value) => webhookSecretProblem(String(value ?? '')) ?? true

/** Downstream sites that are told when guides change. Editors and admins only: the secrets sign what guidepress sends. */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'events', 'active', 'description'],
    group: 'Webhooks',
    hidden: ({ user }) => !userIsEditor(user),
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'url', label: 'URL', type: 'text', required: true, maxLength: 2000, validate: validateUrl, admin: { description: 'Where events are POSTed: an http or https address on the public internet.' } },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: webhookEventTypes.map((value) => ({ value, label: webhookEventLabels[value] })),
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { description: 'Inactive endpoints receive nothing; deliveries still waiting for them are given up.' } },
    { name: 'description', type: 'text', maxLength: 300 },
    {
      name: 'secret',
      type: 'text',
      maxLength: 200,
      validate: validateSecret,
      // Left empty (or cleared, to rotate it), the secret is generated here.
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? value.trim() : generateWebhookSecret())] },
      admin: { description: 'Signs every request (Standard Webhooks: whsec_ followed by base64). Leave empty to have one generated; clear it to rotate.' },
    },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'endpoint',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      admin: { allowCreate: false, defaultColumns: ['event', 'status', 'attempts', 'lastStatus', 'lastError', 'createdAt'] },
    },
  ],
}
