// Express in front of Next: guidepress's own routes first, then Next serves the admin panel,
// REST (/api) and GraphQL (/api/graphql). Payload initialises lazily on the first /api or /admin request.
import path from 'node:path'
import express from 'express'
import next from 'next'
import { parseEnv, type Env } from './env'
import { rejectUnknownLocale } from './http/rejectUnknownLocale'

export interface RunningServer {
  url: string
  close: () => Promise<void>
}

export async function startServer(env: Env = parseEnv(), { dev = env.NODE_ENV === 'development' } = {}): Promise<RunningServer> {
  const dir = path.resolve(import.meta.dirname, '..')
  const app = next({ dev, dir, quiet: !dev })
  await app.prepare()
  const handle = app.getRequestHandler()

  const server = express()
  server.disable('x-powered-by')
  server.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  server.use('/api', rejectUnknownLocale)
  // No body parser here: Payload reads the raw request body itself.
  server.use((req, res) => handle(req, res))

  const listener = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = server.listen(env.PORT, () => resolve(s)).on('error', reject)
  })
  // Longer than common proxies' idle timeouts, so a reused connection is never closed under a request.
  listener.keepAliveTimeout = 65_000
  listener.headersTimeout = 66_000
  const address = listener.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => listener.close(() => resolve()))
      listener.closeAllConnections()
      await app.close()
    },
  }
}
