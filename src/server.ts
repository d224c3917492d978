// Express in front of Next: guidepress's own routes first, then Next serves the admin panel,
// REST (/api) and GraphQL (/api/graphql). Payload initialises lazily on the first /api or /admin request.
import { createServer } from 'node:http'
import path from 'node:path'
import express from 'express'
import next from 'next'
import { LoginThrottle } from './auth/loginThrottle'
import { parseEnv, type Env } from './env'
import { deliveryFront } from './http/delivery'
import { InFlight } from './http/inFlight'
import { limitPageSize } from './http/limitPageSize'
import { readRequestBodies, requestForNext } from './http/requestBody'
import { throttleLogins } from './http/loginThrottle'
import { rejectMalformedId } from './http/rejectMalformedId'
import { rejectUnknownLocale } from './http/rejectUnknownLocale'
import { requestDeadline } from './http/requestDeadline'
import { securityHeaders } from './http/securityHeaders'
import { stopAll } from './shutdown'

export interface RunningServer {
  url: string
  close: () => Promise<void>
}

export async function startServer(env: Env = parseEnv(), { dev = env.NODE_ENV === 'development' } = {}): Promise<RunningServer> {
  const dir = path.resolve(import.meta.dirname, '..')
  const app = next({ dev, dir, quiet: !dev })
  await app.prepare()
  const handle = app.getRequestHandler()

  const inFlight = new InFlight()
  const throttle = new LoginThrottle({
    maxFailures: env.LOGIN_MAX_FAILURES,
    maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    windowSeconds: env.LOGIN_WINDOW_SECONDS,
    backoffSeconds: env.LOGIN_BACKOFF_SECONDS,
  })

  const server = express()
  server.disable('x-powered-by')
  server.set('trust proxy', env.TRUST_PROXY)
  // The delivery API's kept answers are sent before Express (see the listener below); what they
  // cannot answer comes here first, before the per-request work that follows.
  const delivery = deliveryFront({ origins: env.DELIVERY_CORS_ORIGINS, requestsPerMinute: env.DELIVERY_REQUESTS_PER_MINUTE, trust: server.get('trust proxy fn') })
  server.use('/delivery/v1', delivery.router)
  server.use(inFlight.track)
  // Running the publishing queue on demand prints every edition it holds: minutes, not seconds.
  server.use(requestDeadline(env.REQUEST_TIMEOUT_MS, { '/api/payload-jobs/run': Math.max(env.REQUEST_TIMEOUT_MS, 15 * 60_000) }))
  server.use(securityHeaders({ https: env.PUBLIC_URL.startsWith('https:') }))
  server.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  server.use('/api', rejectUnknownLocale, limitPageSize(env.MAX_DOCUMENTS_PER_REQUEST))
  // MongoDB ids are hexadecimal and may start with a digit; only SQLite's are whole numbers.
  if (env.DATABASE_URL.startsWith('file:')) server.use('/api', rejectMalformedId)
  // No body parser: Payload reads the raw request body itself. JSON bodies (and login forms) are
  // read here only to check their depth and who logs in, and replayed to Next unchanged.
  server.use(readRequestBodies({ maxBytes: env.UPLOAD_MAX_BYTES, maxDepth: env.JSON_MAX_DEPTH }))
  server.use(throttleLogins(throttle))
  server.use((req, res) => handle(requestForNext(req, res), res))

  const listener = createServer(
    {
      // Longer than common proxies' idle timeouts, so a reused connection is never closed under a request.
      keepAliveTimeout: 65_000,
      // Node's own limits for receiving a request stay above the keep-alive timeout: with a shorter
      // headersTimeout, a kept-alive connection reused after a long wait was answered 408 (seen in the
      // withdrawal drill after a 30 s queue run). Slow senders are still cut at REQUEST_TIMEOUT_MS by
      // requestDeadline (503, connection closed).
      requestTimeout: Math.max(env.REQUEST_TIMEOUT_MS, 66_000),
      headersTimeout: 66_000,
      connectionsCheckingInterval: 1000,
    },
    // Kept delivery answers go out from memory here, without Express's per-request setup: measured
    // with bench:delivery, 2.5k → 3.9k req/s (brotli) and 2.6k → 7.1k (304). Everything else goes to Express.
    (req, res) => {
      if (!delivery.serveKept(req, res)) server(req, res)
    },
  )
  await new Promise<void>((resolve, reject) => listener.once('error', reject).listen(env.PORT, () => resolve()))
  const address = listener.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  return {
    url: `http://localhost:${port}`,
    // Stop taking connections, let running requests finish up to SHUTDOWN_GRACE_MS, close what is
    // left, then stop the jobs cron and the publishing browser. serve.ts exits after 10 s regardless.
    close: async () => {
      const closed = new Promise<void>((resolve) => listener.close(() => resolve()))
      listener.closeIdleConnections()
      await inFlight.drain(env.SHUTDOWN_GRACE_MS)
      listener.closeAllConnections()
      await closed
      await stopAll(2000)
      await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())])
    },
  }
}
