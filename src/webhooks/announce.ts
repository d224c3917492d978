// Announces an event to the endpoints subscribed to it: one delivery record and one queued job
// per endpoint, inside the caller's transaction when given its req. Nothing is sent here: the
// webhooks queue does that, so an editor's save never waits for a receiver.
import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { QUEUES, TASKS } from '../keys'
import type { WebhookEvent, WebhookPayload } from './events'

/**
 * Queues `event` for every active endpoint subscribed to its type and returns how many were queued.
 * Never throws: a failure is logged and the caller's work (a save, a withdrawal) goes on.
 */
export async function announce(payload: Payload, event: WebhookEvent, req?: PayloadRequest): Promise<number> {
  try {
    const endpoints = await payload.find({
      collection: 'webhook-endpoints',
      where: { and: [{ active: { equals: true } }, { events: { in: [event.type] } }] },
      select: { active: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (endpoints.docs.length === 0) return 0
    const sent: WebhookPayload = { type: event.type, timestamp: new Date().toISOString(), data: event.data } as WebhookPayload
    const body = JSON.stringify(sent)
    for (const endpoint of endpoints.docs) {
      const delivery = await payload.create({
        collection: 'webhook-deliveries',
        data: { endpoint: endpoint.id, event: event.type, webhookId: `msg_${randomUUID().replaceAll('-', '')}`, body, status: 'pending', attempts: 0 },
        select: { status: true },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await payload.jobs.queue({ task: TASKS.deliverWebhook, queue: QUEUES.webhooks, input: { delivery: String(delivery.id), endpoint: String(endpoint.id) }, req })
    }
    return endpoints.docs.length
  } catch (error) {
    payload.logger.error({ err: error, msg: `Webhook event ${event.type} could not be queued` })
    return 0
  }
}
