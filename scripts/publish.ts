// npm run publish [-- --guide <slug>] [--facilitator <slug>] [--country <code>] [--locale <code>] [--force] [--press]
// Builds the PDF of every published guide in every locale, then every facilitator guide with its
// handouts, then the printed directory of services of every country (--guide, --facilitator,
// --country: only what they name), printing a line per edition, overall progress with ETA, and a summary. Exits non-zero when any edition failed, naming guide, locale and cause.
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { getPayload } from 'payload'
import { z } from 'zod'
import config from '../payload.config'
import { parseEnv } from '../src/env'
import { localeCodes, type LocaleCode } from '../src/i18n/locales'
import { directoryCountries, type DirectoryCountry } from '../src/fields/options'
import { publishAll, type EditionResult } from '../src/publishing'
import { publishDirectories } from '../src/publishing/directory'
import { publishFacilitatorGuides } from '../src/publishing/facilitator'
import { PublishingError } from '../src/publishing/errors'
import { Printer } from '../src/publishing/print'
import { printerSettings, publishingSettings } from '../src/publishing/settings'
import { removeStaleTempFiles } from '../src/publishing/store'

const argsSchema = z.object({
  guide: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a guide slug, e.g. victim-identification')).default([]),
  facilitator: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a facilitator guide slug, e.g. facilitator-victim-identification')).default([]),
  country: z.array(z.string().transform((c) => c.toUpperCase()).pipe(z.enum(directoryCountries, { message: `one of ${directoryCountries.join(', ')}` }))).default([]),
  locale: z.array(z.enum(localeCodes as [LocaleCode, ...LocaleCode[]], { message: `one of ${localeCodes.join(', ')}` })).default([]),
  force: z.boolean().default(false),
  press: z.boolean().default(false),
})

function parseCli() {
  try {
    const { values } = parseArgs({
      options: { guide: { type: 'string', multiple: true }, facilitator: { type: 'string', multiple: true }, country: { type: 'string', multiple: true }, locale: { type: 'string', multiple: true }, force: { type: 'boolean' }, press: { type: 'boolean' } },
      strict: true,
    })
    const parsed = argsSchema.safeParse(values)
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("\n"))
    return parsed.data
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run publish [-- --guide <slug>] [--facilitator <slug>] [--country <${directoryCountries.join('|')}>] [--locale <${localeCodes.join('|')}>] [--force] [--press]`)
    process.exit(2)
  }
}

const kb = (bytes?: number) => (bytes ? `${Math.round(bytes / 1024)} KB` : '')

function line(r: EditionResult, done: number, total: number): string {
  const head = `[${String(done).padStart(String(total).length)}/${total}] ${r.guide.padEnd(28)} ${r.locale}`
  if (r.status === 'failed') return `${head}  FAILED  ${r.error?.message}`
  const what = r.status === 'built' ? 'built    ' : 'unchanged'
  const press = r.press ? `  + press ${r.press.pages} p ${kb(r.press.bytes)}` : r.pressError ? '  + press FAILED' : ''
  return `${head}  ${what} ${String(r.pages ?? '').padStart(4)} p ${kb(r.bytes).padStart(8)} ${r.seconds.toFixed(2).padStart(6)} s${press}${r.warnings.length ? `  (${r.warnings.join('; ')})` : ''}`
}

const args = parseCli()
const env = parseEnv()
const payload = await getPayload({ config })
const controller = new AbortController()
process.once('SIGINT', () => {
  console.error('\nInterrupted: finishing nothing further; current editions stay as they were.')
  controller.abort()
})
await removeStaleTempFiles(env.PUBLICATIONS_DIR)
const printer = new Printer(printerSettings(env))

const started = performance.now()
const settings = publishingSettings(env)
const bar = process.stdout.isTTY ? new cliProgress.SingleBar({ format: 'publishing [{bar}] {value}/{total} editions | ETA {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined
/** Progress of one phase (guides, then directories): a line per edition, the bar or an ETA. */
const progress = (what: string) => {
  const phaseStarted = performance.now()
  return {
    onStart: (total: number) => {
      console.log(`Publishing ${total} ${what}${args.force ? ' (forced: ignoring the cache)' : ''}…`)
      bar?.start(total, 0)
    },
    onEdition: (result: EditionResult, done: number, total: number) => {
      const text = line(result, done, total)
      if (bar) {
        bar.update(done)
        bar.stop()
        console.log(text)
        if (done < total) bar.start(total, done)
      } else {
        const elapsed = (performance.now() - phaseStarted) / 1000
        console.log(`${text}  | ETA ${Math.round((elapsed / done) * (total - done))} s`)
      }
    },
  }
}
// None of --guide, --facilitator, --country: everything. Some of them: only what they name.
const everything = args.guide.length + args.facilitator.length + args.country.length === 0
const guidesWanted = everything || args.guide.length > 0
const facilitatorWanted = everything || args.facilitator.length > 0
const directoriesWanted = everything || args.country.length > 0
let guideResults: EditionResult[] = []
let facilitatorResults: EditionResult[] = []
let directoryResults: EditionResult[] = []
try {
  if (guidesWanted) {
    guideResults = await publishAll({ payload, settings, printer, guides: args.guide, locales: args.locale, force: args.force, press: args.press, signal: controller.signal, ...progress('guide edition(s)') })
  }
  if (facilitatorWanted && !controller.signal.aborted) {
    facilitatorResults = await publishFacilitatorGuides({ payload, settings, printer, facilitatorGuides: args.facilitator, locales: args.locale, force: args.force, signal: controller.signal, ...progress('facilitator guide edition(s) with handouts') })
  }
  if (directoriesWanted && !controller.signal.aborted) {
    const countries = args.country as DirectoryCountry[]
    directoryResults = await publishDirectories({ payload, settings, printer, countries, locales: args.locale, force: args.force, signal: controller.signal, ...progress('directory edition(s) of the directory of services') })
  }
} catch (error) {
  bar?.stop()
  console.error(error instanceof PublishingError ? `${error.message}\n${error.hint}` : error)
  await printer.close()
  process.exit(1)
}
await printer.close()
bar?.stop()

const results = [...guideResults, ...facilitatorResults, ...directoryResults]
const count = (status: EditionResult['status']) => results.filter((r) => r.status === status)
const pages = results.reduce((n, r) => n + (r.status === 'built' ? (r.pages ?? 0) : 0), 0)
const seconds = (performance.now() - started) / 1000
// One column per kind of publication that was published: guide editions, facilitator guides, printed directories.
const columns = [
  ...(guidesWanted ? [['guides', guideResults] as const] : []),
  ...(facilitatorWanted ? [['facilitator', facilitatorResults] as const] : []),
  ...(directoriesWanted ? [['directories', directoryResults] as const] : []),
]
const row = (label: string, cell: (list: EditionResult[], name: string) => string) => `${label.padEnd(10)} ${columns.map(([name, list]) => cell(list as EditionResult[], name).padEnd(name.length + 2)).join('')}`.trimEnd()
console.log(`\n${row('status', (_, name) => name)}`)
for (const status of ['built', 'unchanged', 'failed'] as const) console.log(row(status, (list) => String(list.filter((r) => r.status === status).length)))
console.log(`${pages} pages built in ${seconds.toFixed(1)} s${pages ? ` (${(pages / seconds).toFixed(1)} pages/s)` : ''}.`)
for (const failed of count('failed')) console.error(`FAILED ${failed.guide} ${failed.locale}: ${(failed.error?.cause as Error | undefined)?.message ?? failed.error?.message}`)
const pressFailed = results.filter((r) => r.pressError)
for (const failed of pressFailed) console.error(`PRESS FAILED ${failed.guide} ${failed.locale}: ${(failed.pressError?.cause as Error | undefined)?.message ?? failed.pressError?.message}`)
process.exit(count('failed').length > 0 || pressFailed.length > 0 || controller.signal.aborted ? 1 : 0)
