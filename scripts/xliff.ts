// npm run xliff -- export --guide <slug> --locale <code> --out <file.xlf>
// npm run xliff -- import <file.xlf> [--as <email>]
// Exchanges a guide's translation with CAT tools (OmegaT, Trados, translate-toolkit) as XLIFF 1.2.
// Imports write drafts and are recorded in the audit trail under --as (a user whose rules then
// apply) or the shell user. Exits 1 when an import was rejected or left units unapplied, 2 on usage errors.
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { userInfo } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { z } from 'zod'
import config from '../payload.config'
import { parseEnv } from '../src/env'
import { translationLocales } from '../src/i18n/locales'
import { UnknownGuide } from '../src/translation/xliff/bundle'
import { ExportRefused, exportGuide } from '../src/translation/xliff/export'
import { ImportRejected, importXliff, type ImportReport, type Importer } from '../src/translation/xliff/import'

const usage = `Usage:
  npm run xliff -- export --guide <slug> --locale <${translationLocales.join('|')}> --out <file.xlf>
  npm run xliff -- import <file.xlf> [--as <user email>]`

const exportArgs = z.object({
  guide: z.string({ message: 'is required' }).regex(/^[a-z0-9-]+$/, 'a guide slug, e.g. victim-identification'),
  locale: z.enum(translationLocales as [string, ...string[]], { message: `one of ${translationLocales.join(', ')}` }),
  out: z.string({ message: 'is required (the .xlf file to write)' }).min(1),
})

function fail(message: string, code = 2): never {
  console.error(`${message}\n${usage}`)
  process.exit(code)
}

function parseCli() {
  try {
    const { values, positionals } = parseArgs({
      options: { guide: { type: 'string' }, locale: { type: 'string' }, out: { type: 'string' }, as: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    })
    const [command, file, ...extra] = positionals
    if (extra.length) fail(`Unexpected arguments: ${extra.join(' ')}`)
    if (command === 'export') {
      const parsed = exportArgs.safeParse(values)
      if (!parsed.success) fail(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'))
      return { command, ...parsed.data } as const
    }
    if (command === 'import') {
      if (!file) fail('import: give the .xlf file to import.')
      return { command, file, as: values.as } as const
    }
    return fail(command ? `Unknown command "${command}".` : 'Give a command: export or import.')
  } catch (error) {
    return fail((error as Error).message)
  }
}

function printReport(report: ImportReport) {
  for (const d of report.documents.filter((d) => d.applied || d.stale || d.rejected || d.status)) {
    const status = d.status ? `  status ${d.status.from} → ${d.status.to}` : ''
    console.log(`  ${d.document.padEnd(24)} ${d.applied} applied, ${d.unchanged} unchanged, ${d.stale} stale, ${d.rejected} rejected${status}`)
  }
  for (const s of report.stale) console.log(`  stale     ${s.document} ${s.unit}: ${s.reason}`)
  for (const r of report.rejected) console.log(`  rejected  ${[r.document, r.unit].filter(Boolean).join(' ')}${r.document ? ': ' : ''}${r.reason}`)
  const s = report.summary
  console.log(`Summary (${report.locale}): ${s.applied} applied, ${s.stale} stale, ${s.rejected} rejected, ${s.unchanged} unchanged, ${s.empty} without a translation.`)
}

const args = parseCli()
const payload = await getPayload({ config })

if (args.command === 'export') {
  const out = path.resolve(args.out)
  const temp = `${out}.${randomBytes(4).toString('hex')}.tmp`
  try {
    const result = await exportGuide(payload, args.guide, args.locale)
    await writeFile(temp, result.xml)
    await rename(temp, out)
    console.log(`Exported ${args.guide} for ${args.locale}: ${result.documents} documents, ${result.units} units → ${out}`)
    process.exit(0)
  } catch (error) {
    await rm(temp, { force: true })
    if (error instanceof UnknownGuide || error instanceof ExportRefused) fail(error.message, 1)
    throw error
  }
}

if (args.command === 'import') {
  let importer: Importer = { user: null, name: `shell:${userInfo().username}` }
  if (args.as) {
    const user = (await payload.find({ collection: 'users', where: { email: { equals: args.as } }, limit: 1, overrideAccess: true })).docs[0]
    if (!user) fail(`--as: no user with the email ${args.as}.`, 1)
    importer = { user: { ...user, collection: 'users' }, name: args.as }
  }
  const bytes = await readFile(args.file).catch((error: NodeJS.ErrnoException) => fail(`Cannot read ${args.file}: ${error.code ?? error.message}`, 1))
  try {
    const report = await importXliff(payload, bytes, importer, { maxBytes: parseEnv().XLIFF_MAX_BYTES })
    console.log(`Imported ${args.file} as ${importer.name}:`)
    printReport(report)
    process.exit(report.summary.rejected || report.summary.stale ? 1 : 0)
  } catch (error) {
    if (error instanceof ImportRejected) {
      console.error(`Rejected ${args.file}; nothing was changed: ${error.message}`)
      process.exit(1)
    }
    throw error
  }
}
