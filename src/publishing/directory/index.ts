// publishDirectories: the printed directory of services of each country in each locale, through
// the guides' printer and post-processing: load → check → render → print → postprocess → store
// → record. Unchanged directories (same content hash, file on disk) are left as they are; a
// country with no published, verified service has its directory retired.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { directoryCountries, type DirectoryCountry } from '../../fields/options'
import { localeCodes, type LocaleCode } from '../../i18n/locales'
import type { EditionResult } from '../edition'
import { PublishingError } from '../errors'
import { lapTimer } from '../laps'
import { setMetadata } from '../postprocess'
import type { Printer } from '../print'
import { directoryCss, renderDirectory } from '../render/directory'
import { directoryLabels } from '../render/directoryLabels'
import type { PublishingSettings } from '../settings'
import { removeStoredPdf, storePdf } from '../store'
import type { DirectoryDocument } from './document'
import { directoryDocument, readServiceSources } from './load'
import { currentDirectories, recordCurrentDirectory, recordDirectoryFailure, retireDirectory, type DirectoryRecord } from './records'

/** Bump when a directory's output changes for the same content. */
const DIRECTORY_VERSION = `2026-12-01.1:${createHash('sha256').update(directoryCss).digest('hex').slice(0, 8)}`

/** The folder below PUBLICATIONS_DIR (and the URL path below /publications/) of a country's directories. */
export const directoryFolder = (country: DirectoryCountry) => `directories/${country.toLowerCase()}`

/** Hash of what is printed: the translation statuses are not (a directory prints no notice of them). */
export function directoryHash(doc: DirectoryDocument): string {
  const { unapproved: _, ...printed } = doc
  return createHash('sha256').update(DIRECTORY_VERSION).update(JSON.stringify(printed)).digest('hex')
}

export interface DirectoryOptions {
  payload: Payload
  settings: PublishingSettings
  printer: Printer
  countries?: DirectoryCountry[]
  locales?: LocaleCode[]
  force?: boolean
  signal?: AbortSignal
  now?: Date
  onStart?: (total: number) => void
  onEdition?: (result: EditionResult, done: number, total: number) => void
}

/** A directory's result, in the shape the guides' results have (`guide` names the directory). */
const resultName = (country: DirectoryCountry) => `directory-${country.toLowerCase()}`

export async function publishDirectories(options: DirectoryOptions): Promise<EditionResult[]> {
  const { payload, settings, printer, signal } = options
  const sources = await readServiceSources(payload)
  const current = await currentDirectories(payload)
  const countries = options.countries?.length ? options.countries : [...directoryCountries]
  const locales = options.locales?.length ? options.locales : localeCodes
  const total = countries.length * locales.length
  options.onStart?.(total)
  const results: EditionResult[] = []
  for (const country of countries) {
    for (const locale of locales) {
      if (signal?.aborted) return results
      const result = await publishDirectory(options, { country, locale, sources, current: current.get(`${country}:${locale}`) })
      results.push(result)
      options.onEdition?.(result, results.length, total)
    }
  }
  return results
}

async function publishDirectory(
  { payload, settings, printer, force, signal, now }: DirectoryOptions,
  { country, locale, sources, current }: { country: DirectoryCountry; locale: LocaleCode; sources: Awaited<ReturnType<typeof readServiceSources>>; current?: DirectoryRecord },
): Promise<EditionResult> {
  const started = performance.now()
  const { laps: stages, lap: stage } = lapTimer(started)
  const seconds = () => Math.round((performance.now() - started) / 10) / 100
  const guide = resultName(country)
  try {
    const doc = directoryDocument(sources, country, locale, { verificationDays: settings.verificationDays, now })
    stage('load')
    const warnings = [
      ...(doc.leftOut.length ? [`${doc.leftOut.length} service(s) left out: not verified since ${doc.verifiedSince} (${doc.leftOut.join(', ')})`] : []),
      ...(doc.fallbacks.length ? [`${doc.fallbacks.length} field(s) fell back to English`] : []),
      ...(doc.unapproved.length ? [`${doc.unapproved.length} service(s) not approved in this language`] : []),
    ]
    if (doc.services.length === 0) {
      const retired = await retireDirectory(payload, country, locale)
      return { guide, locale, status: 'unchanged', seconds: seconds(), warnings: [...warnings, retired ? 'retired: no verified service is listed' : 'no verified service to list'], stages }
    }
    const hash = directoryHash(doc)
    const folder = path.join(settings.publicationsDir, directoryFolder(country))
    if (!force && current?.contentHash === hash && current.fileName && existsSync(path.join(folder, current.fileName))) {
      return { guide, locale, status: 'unchanged', pages: current.pages, bytes: current.bytes, url: current.url, seconds: seconds(), warnings, stages }
    }
    const complete = doc.fallbacks.length === 0 && doc.unapproved.length === 0
    if (!complete && !settings.incompleteAllowed.includes(locale)) {
      const missing = [...doc.unapproved, ...doc.fallbacks.map((f) => `${f}: English`)]
      throw new PublishingError('TranslationIncomplete', `The ${locale} translation of the directory is not complete (${missing.slice(0, 5).join('; ')}${missing.length > 5 ? '; …' : ''}).`)
    }
    const expectedPages = current?.tocPages ?? undefined
    const rendered = renderDirectory(doc, expectedPages)
    stage('render')
    const targets = rendered.toc.map((entry) => entry.target)
    const printed = await printer.printWithRetry(rendered.html, { tocTargets: [...targets, ...rendered.references], expectedPages, timeoutMs: settings.timeoutMs, signal })
    stage('print')
    const labels = directoryLabels[locale]
    const pdf = await setMetadata(printed.pdf, { title: rendered.title, author: labels.publisher, subject: labels.title, keywords: [labels.title], language: locale, headings: rendered.headings })
    stage('postprocess')
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before storing; the previous directory stays current.')
    const stored = await storePdf(pdf, settings.publicationsDir, guide, locale, directoryFolder(country))
    stage('store')
    const url = `${settings.publicUrl}/publications/${stored.relativePath}`
    await recordCurrentDirectory(payload, {
      country,
      locale,
      fileName: stored.fileName,
      url,
      sha256: stored.sha256,
      bytes: stored.bytes,
      pages: printed.pages,
      services: doc.services.length,
      tocPages: printed.tocPages,
      contentHash: hash,
      leftOut: doc.leftOut,
      warnings,
      buildSeconds: seconds(),
      builtAt: new Date().toISOString(),
    }).catch(async (error) => {
      await removeStoredPdf(settings.publicationsDir, stored.relativePath)
      throw error
    })
    stage('record')
    return { guide, locale, status: 'built', pages: printed.pages, bytes: stored.bytes, url, seconds: seconds(), warnings, passes: printed.passes, stages }
  } catch (cause) {
    const error = new Error(`Unable to publish the directory of services of ${country} in locale "${locale}": ${(cause as Error).message}`, { cause })
    await recordDirectoryFailure(payload, country, locale, cause as Error)
    return { guide, locale, status: 'failed', seconds: seconds(), warnings: [], error, stages }
  }
}
