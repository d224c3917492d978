// Prepares the database for serving: applies migrations (on init), loads the demo content when the
// database is empty, and prints where to log in.
import { getPayload } from 'payload'
import config from '../payload.config'
import { parseEnv } from '../src/env'
import { publishAll, type EditionResult } from '../src/publishing'
import { publishDirectories } from '../src/publishing/directory'
import { publishFacilitatorGuides } from '../src/publishing/facilitator'
import { Printer } from '../src/publishing/print'
import { printerSettings, publishingSettings } from '../src/publishing/settings'
import { isEmpty, seed } from '../src/seed'
import { demoPassword } from '../src/seed/password'
import { demoAccounts } from '../src/seed/users'

const env = parseEnv()
const payload = await getPayload({ config })
try {
  if (env.SEED_ON_START && (await isEmpty(payload))) {
    console.log('The database is empty: loading the demo series (six guides, the guidance note, facilitator guides and the directory of services, in five languages)…')
    const started = Date.now()
    const password = await demoPassword(env)
    await seed({ payload, demoPassword: password.value, log: (line) => console.log(`  ${line}`) })
    console.log(`Demo content loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  }
  // Payload leaves a job "processing" forever when its worker died; only this installation's one
  // server runs the queue, and it is not running yet, so such jobs go back to the queue.
  const stale = await payload.update({ collection: 'payload-jobs', where: { processing: { equals: true } }, data: { processing: false }, overrideAccess: true })
  if (stale.docs.length) console.log(`Requeued ${stale.docs.length} publishing job(s) left running by a stopped server.`)
  if (env.PUBLISH_ON_START) {
    console.log('Building the PDFs of every guide, facilitator guide and directory of services in every language (only what changed)…')
    const printer = new Printer(printerSettings(env))
    const onEdition = (r: EditionResult, done: number, total: number) => {
      if (r.status !== 'unchanged') console.log(`  [${done}/${total}] ${r.guide} ${r.locale}: ${r.status}${r.pages ? `, ${r.pages} pages` : ''}${r.error ? ` (${r.error.message})` : ''}`)
    }
    const settings = publishingSettings(env)
    const results = await publishAll({ payload, settings, printer, onEdition })
      .then(async (guides) => [...guides, ...(await publishFacilitatorGuides({ payload, settings, printer, onEdition }))])
      .then(async (done) => [...done, ...(await publishDirectories({ payload, settings, printer, onEdition }))])
      .finally(() => printer.close())
    const failed = results.filter((r) => r.status === 'failed').length
    console.log(`  ${results.length - failed} of ${results.length} PDFs current${failed ? `; ${failed} failed (see above; run npm run publish to retry)` : ''}.`)
  }
  const password = await demoPassword(env)
  console.log(`\nLog in at ${env.PUBLIC_URL}/admin with one of these demo accounts (password in ${password.file}):`)
  for (const account of demoAccounts) console.log(`  ${account.email.padEnd(32)} ${account.roles.join(', ')}${account.languages ? ` (${account.languages.join(', ')})` : ''}`)
  process.exit(0)
} catch (error) {
  console.error('Setup failed:', error)
  process.exit(1)
}
