// Payload job task: one attempt at delivering a webhook (src/webhooks/deliver.ts). Payload's queue
// retries a failed attempt with exponential backoff; the delivery log says where each one stands.
import type { TaskConfig } from 'payload'
import type { Env } from '../env'
import { TASKS } from '../keys'
import { attemptDelivery } from '../webhooks/deliver'

type WebhookSettings = Pick<Env, 'WEBHOOK_ATTEMPTS' | 'WEBHOOK_RETRY_DELAY_SECONDS' | 'WEBHOOK_ALLOW_PRIVATE_NETWORKS'>

export const deliverWebhookTask = (env: WebhookSettings): TaskConfig<{ input: { delivery: string; endpoint: string }; output: { outcome: string } }> => ({
  slug: TASKS.deliverWebhook,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'delivery', type: 'text', required: true },
    { name: 'endpoint', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  // One request at a time per endpoint, oldest job first: a healthy receiver gets events in the order they happened.
  concurrency: { key: ({ input }) => `webhook:${input.endpoint}`, exclusive: true },
  retries: { attempts: env.WEBHOOK_ATTEMPTS - 1, backoff: { type: 'exponential', delay: env.WEBHOOK_RETRY_DELAY_SECONDS * 1000 } },
  handler: async ({ input, req }) => {
    const outcome = await attemptDelivery(req, input.delivery, { attempts: env.WEBHOOK_ATTEMPTS, allowPrivateNetworks: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS })
    return { output: { outcome } }
  },
})
