// npm run seed: loads the demo content into the configured database (skips what is already there).
import { getPayload } from 'payload'
import config from '../payload.config'
import { parseEnv } from '../src/env'
import { demoPassword } from '../src/seed/password'
import { seed } from '../src/seed'

const payload = await getPayload({ config })
const password = await demoPassword(parseEnv())
const started = Date.now()
try {
  await seed({ payload, demoPassword: password.value, log: (line) => console.log(`  ${line}`) })
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s. Demo accounts' password: see ${password.file}`)
  process.exit(0)
} catch (error) {
  console.error('Seeding failed:', error)
  process.exit(1)
}
