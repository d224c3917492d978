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
      void server.close().then(() => process.exit(0))
    })
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}
