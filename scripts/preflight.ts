// npm run preflight [-- --guide <slug>] [--locale <code>]      every current press edition on record
// npm run preflight -- --interior <file.pdf> [--cover <file.pdf>]  files from anywhere
// Checks press editions the way a print shop's preflight does (page boxes, PDF/X keys and output
// intent, RGB, links, fonts, image resolution, black text in K only) with poppler, qpdf and
// Ghostscript, printing a line per edition and each finding. Exits 1 when any edition has a problem.
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Where } from 'payload'
import { z } from 'zod'
import { localeCodes, type LocaleCode } from '../src/i18n/locales'
import { parseEnv } from '../src/env'
import { preflightCover, preflightInterior, type PreflightReport } from '../src/publishing/press/preflight'
import { publishingSettings } from '../src/publishing/settings'

const argsSchema = z.object({
  guide: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a guide slug, e.g. victim-identification')).default([]),
  locale: z.array(z.enum(localeCodes as [LocaleCode, ...LocaleCode[]], { message: `one of ${localeCodes.join(', ')}` })).default([]),
  interior: z.string().optional(),
  cover: z.string().optional(),
})

function parseCli() {
  try {
    const { values } = parseArgs({ options: { guide: { type: 'string', multiple: true }, locale: { type: 'string', multiple: true }, interior: { type: 'string' }, cover: { type: 'string' } }, strict: true })
    const parsed = argsSchema.safeParse(values)
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'))
    if (parsed.data.cover && !parsed.data.interior) throw new Error('--cover needs --interior: the spine is measured from the interior\'s page count.')
    return parsed.data
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run preflight [-- --guide <slug>] [--locale <code>]  or  npm run preflight -- --interior <file.pdf> [--cover <file.pdf>]`)
    process.exit(2)
  }
}

const args = parseCli()
const env = parseEnv()
const settings = publishingSettings(env).press

interface Edition {
  label: string
  interior: string
  cover?: string
}

async function editionsOnRecord(): Promise<Edition[]> {
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  const where: Where = { and: [{ status: { equals: 'current' } }, { kind: { equals: 'guide' } }, ...(args.locale.length ? [{ locale: { in: args.locale } }] : [])] }
  const records = (await payload.find({ collection: 'publications', where, depth: 1, limit: 0, pagination: false, overrideAccess: true, sort: 'locale' })).docs as unknown as { locale: string; guide: { slug: string; seriesNumber: number } | null; press?: { interior?: { relativePath?: string }; cover?: { relativePath?: string } } | null }[]
  await payload.destroy()
  return records
    .filter((r) => r.guide && (!args.guide.length || args.guide.includes(r.guide.slug)))
    .sort((a, b) => a.guide!.seriesNumber - b.guide!.seriesNumber || a.locale.localeCompare(b.locale))
    .flatMap((r) => (r.press?.interior?.relativePath ? [{ label: `${r.guide!.slug} ${r.locale}`, interior: path.join(env.PUBLICATIONS_DIR, r.press.interior.relativePath), cover: r.press.cover?.relativePath && path.join(env.PUBLICATIONS_DIR, r.press.cover.relativePath) }] : []))
}

const editions: Edition[] = args.interior ? [{ label: path.basename(args.interior), interior: path.resolve(args.interior), cover: args.cover && path.resolve(args.cover) }] : await editionsOnRecord()
if (!editions.length) {
  console.error('No press edition on record. Make them with npm run publish -- --press (or tick a guide\'s "Press edition" setting), then run this again.')
  process.exit(1)
}

console.log(`Preflight of ${editions.length} press edition(s): boxes, PDF/X-3 and ${settings.outputIntent.identifier}, colour, fonts, images, black text…`)
let failed = 0
let warned = 0
const started = performance.now()
for (const [i, edition] of editions.entries()) {
  const reports: PreflightReport[] = []
  try {
    const interior = preflightInterior(edition.interior, settings)
    reports.push(interior)
    if (edition.cover) reports.push(preflightCover(edition.cover, interior.pages, settings))
  } catch (error) {
    reports.push({ file: edition.interior, pages: 0, problems: [`Could not be read: ${(error as Error).message.split('\n')[0]}`], warnings: [] })
  }
  const problems = reports.flatMap((r) => r.problems.map((p) => `${path.basename(r.file)}: ${p}`))
  const warnings = reports.flatMap((r) => r.warnings.map((w) => `${path.basename(r.file)}: ${w}`))
  if (problems.length) failed++
  if (warnings.length) warned++
  console.log(`[${String(i + 1).padStart(String(editions.length).length)}/${editions.length}] ${edition.label.padEnd(40)} ${problems.length ? 'REFUSED' : 'passes '} ${reports[0].pages} p${warnings.length ? `, ${warnings.length} warning(s)` : ''}`)
  for (const p of problems) console.log(`      problem: ${p}`)
  for (const w of warnings) console.log(`      warning: ${w}`)
}
console.log(`\n${editions.length - failed} of ${editions.length} pass, ${failed} refused, ${warned} with warnings, in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
process.exit(failed ? 1 : 0)
