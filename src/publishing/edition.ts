// One edition (a guide in one locale) through its stages: load → check → images → render → print
// → postprocess → store → record → deliver. Each stage hands plain data to the next; a failure
// is recorded with its cause and the current edition stays current.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { LocaleCode } from '../i18n/locales'
import type { GuideDocument, Id } from './document'
import { PublishingError } from './errors'
import { lapTimer } from './laps'
import { guideDocument, type GuideSources } from './load'
import { setMetadata, type PdfMetadata } from './postprocess'
import type { Printer } from './print'
import { makePressEdition, pressKey, removePressFiles, type PressRecord } from './pressStage'
import { announceEdition, attachPress, recordCurrent, recordDelivery, recordFailure, recordTranslationState, type PublicationRecord } from './records'
import { printCss } from './render/css'
import { renderGuide } from './render/html'
import { prepareImages } from './render/images'
import { labels } from './render/labels'
import type { SnapshotState } from '../delivery/snapshots'
import type { PublishingSettings } from './settings'
import { removeStoredPdf, storePdf } from './store'

/** Bump when the output changes for the same content (template, fonts, post-processing). */
const PIPELINE_VERSION = `2026-12-01.4:${createHash('sha256').update(printCss).digest('hex').slice(0, 8)}`

export interface EditionResult {
  guide: string
  locale: LocaleCode
  status: 'built' | 'unchanged' | 'failed'
  pages?: number
  bytes?: number
  seconds: number
  url?: string
  warnings: string[]
  error?: Error
  /** Page prints made (1 when the previous page numbers still held). */
  passes?: number
  /** The final HTML, when asked for (the benchmark prints it raw for comparison). */
  html?: string
  /** Milliseconds spent in each stage, for the benchmark's breakdown. */
  stages: Record<string, number>
  /** The press edition made in this run (interior pages and bytes of both files). */
  press?: { pages: number; bytes: number }
  /** Why the press edition asked for could not be made (the screen edition is unaffected). */
  pressError?: Error
}

/** A guide's sources and records, read once for all its locales. */
export interface GuideState {
  sources: Promise<GuideSources>
  current: Promise<Map<LocaleCode, PublicationRecord[]>>
  snapshots: Promise<Map<LocaleCode, SnapshotState>>
}

/** What the scheduler hands each edition. */
export interface EditionRun {
  payload: Payload
  printer: Printer
  settings: PublishingSettings
  guide: GuideState
  force?: boolean
  signal?: AbortSignal
  keepHtml?: boolean
  /** Make the press edition too (npm run publish -- --press); a guide can also ask for it always. */
  press?: boolean
  /** Called when this edition's Node work is done until its print ends: the next edition may start. */
  onPrinting: () => void
}

/** Hash of what is printed. Only whether the translation is fully approved reaches the page. */
export function contentHash(doc: GuideDocument): string {
  const printed = { ...doc, unapproved: doc.unapproved.length > 0 }
  return createHash('sha256').update(PIPELINE_VERSION).update(JSON.stringify(printed)).digest('hex')
}

const warningsOf = (doc: GuideDocument): string[] => [
  ...(doc.fallbacks.length ? [`${doc.fallbacks.length} field(s) fell back to English`] : []),
  ...(doc.unapproved.length ? [`${doc.unapproved.length} item(s) not approved in this language`] : []),
  ...doc.omissions,
]

const metadataOf = (doc: GuideDocument, headings: string[]): PdfMetadata => ({
  title: doc.guide.title,
  author: labels[doc.locale].publisher,
  subject: doc.guide.subtitle || doc.guide.summary,
  keywords: [...labels[doc.locale].keywords, labels[doc.locale].series],
  language: doc.locale,
  headings,
})

const incomplete = (doc: GuideDocument) => {
  const missing = [...doc.unapproved, ...doc.fallbacks.map((f) => `${f}: English`)]
  return new PublishingError('TranslationIncomplete', `The ${doc.locale} translation is not complete (${missing.slice(0, 5).join('; ')}${missing.length > 5 ? '; …' : ''}).`)
}

/** Builds one guide in one locale, unless its content is unchanged since the current PDF. */
export async function publishEdition(slug: string, locale: LocaleCode, run: EditionRun): Promise<EditionResult | undefined> {
  const { payload, printer, force, signal, settings } = run
  if (signal?.aborted) return undefined
  const started = performance.now()
  const seconds = () => Math.round((performance.now() - started) / 10) / 100
  let guideId: Id | undefined
  let warnings: string[] = []
  const { laps: stages, lap: stage } = lapTimer(started)
  try {
    const sources = await run.guide.sources
    const doc = guideDocument(sources, locale, settings.mediaDir)
    stage('load')
    guideId = doc.guide.id
    warnings = warningsOf(doc)
    const hash = contentHash(doc)
    const current = (await run.guide.current).get(locale) ?? []
    stage('check')
    const latest = current[0]
    const complete = doc.fallbacks.length === 0 && doc.unapproved.length === 0
    const untranslated = { fellBackToEnglish: doc.fallbacks, notApproved: doc.unapproved }
    const pressWanted = Boolean(run.press || sources.guide.pressEdition)
    const press = (images: Record<string, string>) => pressStep(run, doc, images, hash, warnings, stages)
    if (!force && latest?.contentHash === hash && latest.fileName && existsSync(path.join(settings.publicationsDir, slug, latest.fileName))) {
      // Same pages; the record's account of the translation may still have moved on.
      if (JSON.stringify(latest.untranslated) !== JSON.stringify(untranslated)) await recordTranslationState(payload, latest.id, { untranslated, warnings, translationComplete: complete })
      if ((await run.guide.snapshots).get(locale)?.sourceHash !== hash) {
        await recordDelivery(payload, { doc, sources, hash, publicUrl: settings.publicUrl, edition: { ...latest, translationComplete: complete } }, warnings)
      }
      const result: EditionResult = { guide: slug, locale, status: 'unchanged', pages: latest.pages, bytes: latest.bytes, url: latest.url, seconds: seconds(), warnings, stages }
      // The screen edition holds; its press edition is made when asked for and missing or made otherwise.
      if (pressWanted && latest.press?.key !== pressKey(hash, settings.press)) {
        run.onPrinting()
        const made = await press(await prepareImages(doc))
        if (made.record) {
          // The screen edition is unchanged and stays current: a press edition that cannot be attached is a press failure, not the edition's.
          const attached = await attachPress(payload, latest.id, made.record, Object.keys(doc.quotes)).then(
            () => true,
            async (error: Error) => {
              await removePressFiles(settings.publicationsDir, made.record)
              warnings.push(`Press edition not attached: ${error.message}`)
              Object.assign(made, { summary: undefined, error: new Error(`Unable to attach the press edition of "${slug}" in "${locale}": ${error.message}`, { cause: error }) })
              return false
            },
          )
          if (attached) await removePressFiles(settings.publicationsDir, latest.press)
        }
        Object.assign(result, { press: made.summary, pressError: made.error, seconds: seconds() })
      }
      return result
    }

    if (!complete && !settings.incompleteAllowed.includes(locale)) throw incomplete(doc)
    const images = await prepareImages(doc)
    stage('images')
    // Printed with the previous build's page numbers: when the headings did not move, one pass is enough.
    const expectedPages = latest?.tocPages ?? undefined
    const rendered = renderGuide(doc, images, expectedPages)
    stage('render')
    run.onPrinting()
    const printed = await printer.printWithRetry(rendered.html, { tocTargets: [...rendered.toc.map((entry) => entry.target), ...rendered.references], rectoTargets: rendered.toc.map((entry) => entry.target), pageMultiple: 4, expectedPages, timeoutMs: settings.timeoutMs, signal })
    stage('print')
    for (const [name, ms] of Object.entries(printed.timings)) stages[`print.${name}`] = ms
    const openingPages = rendered.toc.map((entry) => printed.tocPages[entry.target]).filter(Boolean)
    const pdf = await setMetadata(printed.pdf, { ...metadataOf(doc, rendered.headings), openingPages })
    stage('postprocess')
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before storing; the previous edition stays current.')
    const stored = await storePdf(pdf, settings.publicationsDir, slug, locale)
    stage('store')
    const made = pressWanted ? await press(images) : undefined
    const url = `${settings.publicUrl}/publications/${stored.relativePath}`
    const builtAt = new Date().toISOString()
    const edition = { url, sha256: stored.sha256, bytes: stored.bytes, pages: printed.pages, translationComplete: complete, builtAt }
    await recordCurrent(payload, {
      ...edition,
      printedQuotes: Object.keys(doc.quotes),
      guide: doc.guide.id,
      locale,
      edition: doc.guide.edition,
      status: 'current',
      fileName: stored.fileName,
      tocPages: printed.tocPages,
      contentHash: hash,
      buildSeconds: seconds(),
      fallbackCount: doc.fallbacks.length,
      warnings,
      untranslated,
      press: made?.record,
    }).catch(async (error) => {
      // The files never became current: they must not stay on disk either (they may print a withdrawn quote).
      await removeStoredPdf(settings.publicationsDir, stored.relativePath)
      await removePressFiles(settings.publicationsDir, made?.record)
      throw error
    })
    stage('record')
    // The delivery API serves the new content before any site is told of the edition.
    await recordDelivery(payload, { doc, sources, hash, publicUrl: settings.publicUrl, edition }, warnings)
    await announceEdition(payload, { guide: slug, locale, url, sha256: stored.sha256, pages: printed.pages, bytes: stored.bytes })
    stage('deliver')
    return { guide: slug, locale, status: 'built', pages: printed.pages, bytes: stored.bytes, url, seconds: seconds(), warnings, passes: printed.passes, html: run.keepHtml ? rendered.html : undefined, stages, press: made?.summary, pressError: made?.error }
  } catch (cause) {
    const error = new Error(`Unable to publish guide "${slug}" in locale "${locale}": ${(cause as Error).message}`, { cause })
    if (guideId !== undefined) await recordFailure(payload, guideId, locale, cause as Error, warnings)
    return { guide: slug, locale, status: 'failed', seconds: seconds(), warnings, error, stages }
  }
}

/**
 * The press edition (src/publishing/press): a failure is reported with the edition and leaves the
 * screen edition as it is. Its stages are timed apart ("press.*") for the benchmark.
 */
async function pressStep(run: EditionRun, doc: GuideDocument, images: Record<string, string>, hash: string, warnings: string[], stages: Record<string, number>) {
  const started = performance.now()
  try {
    const made = await makePressEdition({ doc, imageData: images, printer: run.printer, settings: run.settings.press, publicationsDir: run.settings.publicationsDir, contentHash: hash, timeoutMs: run.settings.timeoutMs, signal: run.signal })
    warnings.push(...made.warnings)
    for (const [name, ms] of Object.entries(made.timings)) stages[`press.${name}`] = ms
    return { record: made.record as PressRecord | undefined, summary: { pages: made.record.pages, bytes: made.record.interior.bytes + made.record.cover.bytes }, error: undefined }
  } catch (cause) {
    warnings.push(`Press edition not made: ${(cause as Error).message}`)
    return { record: undefined, summary: undefined, error: new Error(`Unable to make the press edition of "${doc.guide.slug}" in "${doc.locale}": ${(cause as Error).message}`, { cause }) }
  } finally {
    stages.press = performance.now() - started
  }
}
