// One webhook request: signed as Standard Webhooks describes (webhook-id, webhook-timestamp,
// webhook-signature with HMAC-SHA256, via the standardwebhooks library), POSTed as JSON, answered
// with a 2xx within the timeout or it failed. Knows nothing of Payload; deliver.ts keeps the log.
import http from 'node:http'
import https from 'node:https'
import { Webhook } from 'standardwebhooks'
import { NonPublicAddressError, publicOnlyLookup, refuseNonPublicLiteral } from './publicAddress'

export interface OutgoingWebhook {
  url: string
  /** `whsec_…`: never logged, never part of an error message. */
  secret: string
  /** The `webhook-id`: the same for every attempt of one delivery, so receivers can drop duplicates. */
  id: string
  /** The JSON body, exactly as signed. */
  body: string
}

export interface SendOptions {
  allowPrivateNetworks: boolean
  timeoutMs?: number
}

/** A failed attempt: `status` is the receiver's HTTP status when it answered at all. */
export class WebhookSendError extends Error {
  override name = 'WebhookSendError'
  constructor(
    message: string,
    readonly status?: number,
    /** Retrying cannot help (the address is refused): the delivery fails at once. */
    readonly permanent = false,
  ) {
    super(message)
  }
}

export const SEND_TIMEOUT_MS = 10_000

/** Where a webhook goes, without path or query (they may carry a receiver's token): safe to log. */
export const originOf = (url: string): string => {
  try {
    return new URL(url).origin
  } catch {
    return '(invalid URL)'
  }
}

export function signedHeaders(hook: OutgoingWebhook, now = new Date()): Record<string, string> {
  return {
    'webhook-id': hook.id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(hook.secret).sign(hook.id, now, hook.body),
  }
}

/** Sends one attempt; resolves with the 2xx status, throws WebhookSendError otherwise. Redirects are not followed. */
export async function sendWebhook(hook: OutgoingWebhook, { allowPrivateNetworks, timeoutMs = SEND_TIMEOUT_MS }: SendOptions): Promise<{ status: number }> {
  const url = new URL(hook.url)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookSendError(`Only http and https URLs receive webhooks, not ${url.protocol}`, undefined, true)
  if (!allowPrivateNetworks) {
    try {
      refuseNonPublicLiteral(url.hostname)
    } catch (error) {
      throw new WebhookSendError((error as Error).message, undefined, true)
    }
  }
  const body = Buffer.from(hook.body)
  const headers = { ...signedHeaders(hook), 'content-type': 'application/json', 'content-length': String(body.length), 'user-agent': 'guidepress-webhooks' }
  const client = url.protocol === 'https:' ? https : http
  const signal = AbortSignal.timeout(timeoutMs)
  const status = await new Promise<number>((resolve, reject) => {
    const request = client.request(url, { method: 'POST', headers, agent: false, signal, ...(allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }) })
    request.on('response', (response) => {
      // The body is not kept: only whether the receiver took the event.
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  }).catch((error: Error) => {
    if (signal.aborted) throw new WebhookSendError(`No answer within ${timeoutMs / 1000} s`)
    if (error instanceof NonPublicAddressError) throw new WebhookSendError(error.message, undefined, true)
    throw new WebhookSendError(error.message)
  })
  if (status < 200 || status > 299) throw new WebhookSendError(`The receiver answered HTTP ${status}${http.STATUS_CODES[status] ? ` ${http.STATUS_CODES[status]}` : ''}`, status)
  return { status }
}
