// Starts the guidepress server (production build unless NODE_ENV=development) and stops it cleanly on a signal.
import { ConfigError, parseEnv } from '../src/env'
import { startServer } from '../src/server'

// Marks this process as the server: only it runs queued publishing jobs.
process.env.GUIDEPRESS_SERVER = '1'

try {
  const env = parseEnv()
  const server = await startServer(env)
  console.log(`guidepress is serving at ${server.url} (admin ${server.url}/admin, REST ${server.url}/api, GraphQL ${server.url}/api/graphql)`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping guidepress…`)
      const started = Date.now()
      // Whatever hangs (a request, Chromium, the database), the process is gone within 10 s.
      setTimeout(() => {
        console.error('guidepress did not stop within 10 s; exiting anyway.')
        process.exit(1)
      }, 10_000).unref()
      void server.close().then(() => {
        console.log(`guidepress stopped in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
        process.exit(0)
      })
    })
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}
