// npm run jobs: runs the queued publishing jobs once (what the server does every few seconds).
import { getPayload } from 'payload'
import config from '../payload.config'
import { QUEUES } from '../src/keys'

const payload = await getPayload({ config })
const result = await payload.jobs.run({ queue: QUEUES.publishing, limit: 100 })
console.log(`Ran publishing jobs: ${JSON.stringify(result)}`)
process.exit(0)
