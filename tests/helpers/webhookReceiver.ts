// A downstream site's webhook receiver: a real HTTP server on 127.0.0.1 that verifies every
// request with the standardwebhooks library, as a receiver should, and answers as told.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

export interface ReceivedWebhook {
  headers: Record<string, string>
  body: string
  /** The verified payload, or undefined when verification failed (see `error`). */
  event?: { type: string; timestamp: string; data: any }
  error?: string
}

export interface Receiver {
  url: string
  received: ReceivedWebhook[]
  /** The endpoint's secret, once guidepress has generated it. */
  secret?: string
  /** The HTTP status for the n-th request (0-based); 204 unless set. */
  answer: (n: number) => number
  close: () => Promise<void>
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = { url: '', received: [], answer: () => 204, close: async () => undefined }
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
      const entry: ReceivedWebhook = { headers, body }
      try {
        if (!receiver.secret) throw new Error('no secret set')
        entry.event = new Webhook(receiver.secret).verify(body, headers) as ReceivedWebhook['event']
      } catch (error) {
        entry.error = (error as Error).message
      }
      const status = receiver.answer(receiver.received.length)
      receiver.received.push(entry)
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/guidepress`
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()))
  return receiver
}
