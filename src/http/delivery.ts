// The delivery API's HTTP front. Kept answers (src/delivery/cache.ts, confirmed by the database
// within REVALIDATE_MS) are sent straight from Node's request handler, already compressed, before
// Express and Next: under load this is what keeps the API fast. Everything else — CORS requests,
// writes (405), answers not kept — goes through the Express router below and on to Next
// (src/delivery/http.ts), compressed on the way out. One rate limit per client address covers both.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { constants } from 'node:zlib'
import compression from 'compression'
import cors from 'cors'
import { Router, type Request, type Response } from 'express'
import proxyAddr from 'proxy-addr'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { answerFor, freshResponse, type CachedResponse } from '../delivery/cache'
import { DELIVERY_BASE, parseDeliveryRequest, problemBody } from '../delivery/routes'

type Trust = (address: string, hop: number) => boolean

export interface DeliveryFront {
  /** Node's request handler's first look: true when the request was taken (answered from memory, or refused). */
  serveKept: (req: IncomingMessage, res: ServerResponse) => boolean
  /** The Express router for the rest, mounted at /delivery/v1. */
  router: Router
}

/** Seconds to wait when the address is over its limit, else undefined. */
async function overLimit(limiter: RateLimiterMemory | undefined, address: string): Promise<number | undefined> {
  if (!limiter) return undefined
  try {
    await limiter.consume(address)
    return undefined
  } catch (rejection) {
    return rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : 60
  }
}

const limitMessage = (perMinute: number, seconds: number) => `More than ${perMinute} requests a minute from this address. Retry in ${seconds} s, or cache answers by their ETag.`

/** The kept answer for a request URL, when one may be sent without asking the database. */
function freshFor(requestUrl: string, acceptLanguage: string | undefined): CachedResponse | undefined {
  const url = new URL(requestUrl, 'http://delivery.invalid')
  const parsed = parseDeliveryRequest(url.pathname, url.searchParams, acceptLanguage)
  return 'key' in parsed ? freshResponse(parsed.key) : undefined
}

const answerTo = (entry: CachedResponse, req: IncomingMessage) => answerFor(entry, { ifNoneMatch: req.headers['if-none-match'], acceptEncoding: req.headers['accept-encoding'], head: req.method === 'HEAD' })

/**
 * compression's own filter, for Next's headers: Next sets Content-Type as a one-element array,
 * which the filter reads as "not compressible", so answers not yet kept went out uncompressed.
 */
function compressibleAnswer(req: Request, res: Response): boolean {
  const type = res.getHeader('Content-Type')
  if (Array.isArray(type) && type.length === 1) res.setHeader('Content-Type', type[0])
  return compression.filter(req, res)
}

/** What Next answers (an answer not yet kept, or one being confirmed) is compressed on the way out. */
export const compressNextAnswers = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }, threshold: 1024, filter: compressibleAnswer })

export function deliveryFront({ origins, requestsPerMinute, trust }: { origins: string[]; requestsPerMinute: number; trust: Trust }): DeliveryFront {
  const limiter = requestsPerMinute > 0 ? new RateLimiterMemory({ points: requestsPerMinute, duration: 60 }) : undefined

  const serveKept = (req: IncomingMessage, res: ServerResponse): boolean => {
    // Browsers' cross-origin requests take the Express path, where CORS is answered.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(`${DELIVERY_BASE}/`) || req.headers.origin) return false
    const entry = freshFor(req.url, req.headers['accept-language'])
    if (!entry) return false
    void overLimit(limiter, proxyAddr(req, trust)).then((wait) => {
      if (wait !== undefined) {
        res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(wait) }).end(problemBody({ status: 429, code: 'RateLimited', message: limitMessage(requestsPerMinute, wait) }))
        return
      }
      const answer = answerTo(entry, req)
      res.writeHead(answer.status, answer.headers).end(answer.body)
    })
    return true
  }

  const router = Router()
  router.use(cors({ origin: origins.length ? origins : false, methods: ['GET', 'HEAD'], allowedHeaders: ['If-None-Match', 'Accept-Language'], exposedHeaders: ['ETag', 'Content-Language', 'Retry-After'], maxAge: 600 }))
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next()
    res.status(405).set({ 'cache-control': 'no-store', allow: 'GET, HEAD' }).type('json').send(problemBody({ status: 405, code: 'MethodNotAllowed', message: `The delivery API is read-only: use GET or HEAD, not ${req.method}.` }))
  })
  router.use((req: Request, res: Response, next) => {
    void overLimit(limiter, req.ip ?? 'unknown').then((wait) => {
      if (wait === undefined) return next()
      res.status(429).set({ 'cache-control': 'no-store', 'retry-after': String(wait) }).type('json').send(problemBody({ status: 429, code: 'RateLimited', message: limitMessage(requestsPerMinute, wait) }))
    })
  })
  router.use((req: Request, res: Response, next) => {
    const entry = freshFor(req.originalUrl, req.get('accept-language'))
    if (!entry) return next()
    const answer = answerTo(entry, req)
    res.status(answer.status).set(answer.headers).end(answer.body)
  })
  router.use(compressNextAnswers)
  return { serveKept, router }
}
