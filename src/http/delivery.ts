// Express in front of /delivery/v1: CORS for the configured origins, a per-address rate limit,
// GET/HEAD only, and the fast path: an answer kept in memory (src/delivery/cache.ts) and confirmed
// by the database within REVALIDATE_MS (5 s) is sent from here, already compressed, without entering
// Next. Anything else goes on to Next (src/delivery/http.ts), compressed on the way out.
import { constants } from 'node:zlib'
import compression from 'compression'
import cors from 'cors'
import { Router, type Request, type Response } from 'express'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { encodingFor, freshResponse, notModified } from '../delivery/cache'
import { parseDeliveryRequest } from '../delivery/routes'

const problem = (res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  res.status(status).set({ 'cache-control': 'no-store', ...headers }).json({ error: { status, code, message } })

export function deliveryApi({ origins, requestsPerMinute }: { origins: string[]; requestsPerMinute: number }): Router {
  const router = Router()
  router.use(
    cors({
      origin: origins.length ? origins : false,
      methods: ['GET', 'HEAD'],
      allowedHeaders: ['If-None-Match', 'Accept-Language'],
      exposedHeaders: ['ETag', 'Content-Language', 'Retry-After'],
      maxAge: 600,
    }),
  )
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next()
    problem(res, 405, 'MethodNotAllowed', `The delivery API is read-only: use GET or HEAD, not ${req.method}.`, { allow: 'GET, HEAD' })
  })
  if (requestsPerMinute > 0) {
    const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 })
    router.use((req, res, next) => {
      limiter.consume(req.ip ?? 'unknown').then(
        () => next(),
        (rejection: unknown) => {
          const seconds = rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : 60
          problem(res, 429, 'RateLimited', `More than ${requestsPerMinute} requests a minute from this address. Retry in ${seconds} s, or cache answers by their ETag.`, { 'retry-after': String(seconds) })
        },
      )
    })
  }
  router.use(serveKept)
  // What Next answers (an answer not yet kept, or one being confirmed) is compressed on the way out;
  // kept answers above are sent already compressed and pass through untouched.
  router.use(compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }, threshold: 1024 }))
  return router
}

/** Sends an answer kept in memory when there is a fresh one; otherwise Next answers (and keeps it). */
function serveKept(req: Request, res: Response, next: () => void) {
  const url = new URL(req.originalUrl, 'http://delivery.invalid')
  const parsed = parseDeliveryRequest(url.pathname, url.searchParams, req.get('accept-language'))
  const entry = 'key' in parsed ? freshResponse(parsed.key) : undefined
  if (!entry) return next()
  if (notModified(req.get('if-none-match'), entry.etag)) {
    const { 'content-type': _type, ...headers } = entry.headers
    return res.status(304).set(headers).end()
  }
  const encoding = encodingFor(req.get('accept-encoding'))
  const body = entry[encoding]
  res.status(entry.status).set(entry.headers).set('content-length', String(body.length))
  if (encoding !== 'identity') res.set('content-encoding', encoding)
  res.end(req.method === 'HEAD' ? undefined : body)
}
