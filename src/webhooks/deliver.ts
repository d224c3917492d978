// One attempt at a queued delivery: load it and its endpoint, send, write the outcome to the
// delivery log. Throws while retries remain so the job queue tries again with backoff.
import type { PayloadRequest } from 'payload'
import { originOf, sendWebhook, WebhookSendError } from './send'

export interface DeliverySettings {
  /** Attempts in all, the first one included. */
  attempts: number
  allowPrivateNetworks: boolean
  timeoutMs?: number
}

export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed' | 'skipped'

export async function attemptDelivery(req: PayloadRequest, deliveryId: number | string, settings: DeliverySettings): Promise<DeliveryOutcome> {
  const { payload } = req
  const delivery = await payload.findByID({ collection: 'webhook-deliveries', id: deliveryId, depth: 0, overrideAccess: true, disableErrors: true, req })
  // Already settled (a job run twice after a crash), or the log was cleared: nothing to send.
  if (!delivery || delivery.status === 'delivered' || delivery.status === 'failed') return 'skipped'
  const record = (data: Record<string, unknown>) => payload.update({ collection: 'webhook-deliveries', id: deliveryId, data, depth: 0, overrideAccess: true, select: { status: true }, req })

  const endpointId = typeof delivery.endpoint === 'object' && delivery.endpoint ? delivery.endpoint.id : delivery.endpoint
  const endpoint = endpointId == null ? null : await payload.findByID({ collection: 'webhook-endpoints', id: endpointId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!endpoint?.active || !endpoint.secret) {
    await record({ status: 'failed', lastError: endpoint ? 'The endpoint was deactivated before this event could be delivered.' : 'The endpoint was deleted before this event could be delivered.' })
    return 'failed'
  }

  const attempt = (delivery.attempts ?? 0) + 1
  try {
    const { status } = await sendWebhook({ url: endpoint.url, secret: endpoint.secret, id: delivery.webhookId, body: delivery.body }, settings)
    await record({ status: 'delivered', attempts: attempt, lastStatus: status, lastError: null, deliveredAt: new Date().toISOString() })
    return 'delivered'
  } catch (error) {
    const failure = error instanceof WebhookSendError ? error : new WebhookSendError((error as Error).message)
    const final = failure.permanent || attempt >= settings.attempts
    await record({ status: final ? 'failed' : 'retrying', attempts: attempt, lastStatus: failure.status ?? null, lastError: failure.message })
    if (final && failure.permanent) return 'failed'
    // The URL's path and query may carry a receiver's token: only the origin is named.
    throw new Error(`Webhook ${delivery.webhookId} (${delivery.event}) to ${originOf(endpoint.url)}, attempt ${attempt} of ${settings.attempts}: ${failure.message}`)
  }
}
