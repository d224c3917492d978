// publishFacilitatorGuides: each published facilitator guide in each locale, through the guides'
// printer and post-processing: load → check → render → print → postprocess → store → record, for
// the guide and for its handouts (a separate PDF). The quotes it prints are recorded, so a
// withdrawal takes it down exactly as it does a practitioner guide's edition.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { localeCodes, type LocaleCode } from '../../i18n/locales'
import type { EditionResult } from '../edition'
import { PublishingError } from '../errors'
import { lapTimer } from '../laps'
import { setMetadata } from '../postprocess'
import type { Printer } from '../print'
import { printCss } from '../render/css'
import { facilitatorCss, renderFacilitatorGuide, renderHandouts } from '../render/facilitator'
import { facilitatorLabels } from '../render/facilitatorLabels'
import { labels as guideLabels } from '../render/labels'
import type { PublishingSettings } from '../settings'
import { removeStoredPdf, storePdf } from '../store'
import type { FacilitatorDocument } from './document'
import { facilitatorDocument, publishedFacilitatorGuides, readFacilitatorSources, type FacilitatorSources } from './load'
import { currentFacilitatorRecords, recordCurrentFacilitator, recordFacilitatorFailure } from './records'
import type { PublicationRecord } from '../records'

/** Bump when the output changes for the same content (the style sheets count themselves: the guides' print CSS is printed too). */
const FACILITATOR_VERSION = `2026-12-01.1:${createHash('sha256').update(printCss).update(facilitatorCss).digest('hex').slice(0, 8)}`

export function facilitatorHash(doc: FacilitatorDocument): string {
  const printed = { ...doc, unapproved: doc.unapproved.length > 0 }
  return createHash('sha256').update(FACILITATOR_VERSION).update(JSON.stringify(printed)).digest('hex')
}

export interface FacilitatorOptions {
  payload: Payload
  settings: PublishingSettings
  printer: Printer
  /** Slugs of facilitator guides; all published ones when empty. */
  facilitatorGuides?: string[]
  locales?: LocaleCode[]
  force?: boolean
  signal?: AbortSignal
  onStart?: (total: number) => void
  onEdition?: (result: EditionResult, done: number, total: number) => void
}

export async function publishFacilitatorGuides(options: FacilitatorOptions): Promise<EditionResult[]> {
  const { payload } = options
  const published = await publishedFacilitatorGuides(payload)
  const unknown = (options.facilitatorGuides ?? []).filter((slug) => !published.some((g) => g.slug === slug))
  if (unknown.length) throw new PublishingError('FacilitatorGuideNotPublished', `No published facilitator guide with slug ${unknown.map((s) => `"${s}"`).join(', ')}. Published: ${published.map((g) => g.slug).join(', ')}.`)
  const wanted = options.facilitatorGuides?.length ? published.filter((g) => options.facilitatorGuides!.includes(g.slug)) : published
  const locales = options.locales?.length ? options.locales : localeCodes
  const total = wanted.length * locales.length
  options.onStart?.(total)
  const results: EditionResult[] = []
  for (const fg of wanted) {
    const sources = readFacilitatorSources(payload, fg.slug)
    sources.catch(() => undefined)
    const current = await currentFacilitatorRecords(payload, fg.id)
    for (const locale of locales) {
      if (options.signal?.aborted) return results
      const result = await publishFacilitatorEdition(options, { slug: fg.slug, id: fg.id, locale, sources, current })
      results.push(result)
      options.onEdition?.(result, results.length, total)
    }
  }
  return results
}

async function printPdf(printer: Printer, html: string, headings: string[], meta: { title: string; subject: string; locale: LocaleCode }, options: { tocTargets: string[]; expectedPages?: Record<string, number>; timeoutMs: number; signal?: AbortSignal }) {
  const printed = await printer.printWithRetry(html, options)
  const labels = guideLabels[meta.locale]
  const pdf = await setMetadata(printed.pdf, { title: meta.title, author: labels.publisher, subject: meta.subject, keywords: [...labels.keywords, labels.series], language: meta.locale, headings })
  return { pdf, pages: printed.pages, tocPages: printed.tocPages, passes: printed.passes }
}

async function publishFacilitatorEdition(
  { payload, settings, printer, force, signal }: FacilitatorOptions,
  { slug, id, locale, sources, current }: { slug: string; id: PublicationRecord['id']; locale: LocaleCode; sources: Promise<FacilitatorSources>; current: Map<string, PublicationRecord> },
): Promise<EditionResult> {
  const started = performance.now()
  const { laps: stages, lap: stage } = lapTimer(started)
  const seconds = () => Math.round((performance.now() - started) / 10) / 100
  let warnings: string[] = []
  try {
    const doc = facilitatorDocument(await sources, locale)
    stage('load')
    warnings = [
      ...(doc.fallbacks.length ? [`${doc.fallbacks.length} field(s) fell back to English`] : []),
      ...(doc.unapproved.length ? [`${doc.unapproved.length} item(s) not approved in this language`] : []),
      ...doc.omissions,
    ]
    const hash = facilitatorHash(doc)
    const latest = current.get(`facilitator-guide:${locale}`)
    const handoutsLatest = current.get(`handouts:${locale}`)
    const onDisk = (record?: PublicationRecord) => Boolean(record?.fileName && existsSync(path.join(settings.publicationsDir, slug, record.fileName)))
    if (!force && latest?.contentHash === hash && onDisk(latest) && onDisk(handoutsLatest)) {
      return { guide: slug, locale, status: 'unchanged', pages: latest.pages, bytes: latest.bytes, url: latest.url, seconds: seconds(), warnings, stages }
    }
    const complete = doc.fallbacks.length === 0 && doc.unapproved.length === 0
    if (!complete && !settings.incompleteAllowed.includes(locale)) throw new PublishingError('TranslationIncomplete', `The ${locale} translation of the facilitator guide is not complete (${[...doc.unapproved, ...doc.fallbacks].slice(0, 5).join('; ')}).`)
    const rendered = renderFacilitatorGuide(doc, latest?.tocPages ?? undefined)
    const handouts = renderHandouts(doc)
    stage('render')
    const labels = facilitatorLabels[locale]
    const subject = labels.forGuide.replace('{n}', String(doc.guide.seriesNumber)).replace('{title}', doc.guide.title)
    const common = { timeoutMs: settings.timeoutMs, signal }
    const guidePdf = await printPdf(printer, rendered.html, rendered.headings, { title: rendered.title, subject, locale }, { ...common, tocTargets: rendered.toc.map((t) => t.target), expectedPages: latest?.tocPages ?? undefined })
    const handoutPdf = await printPdf(printer, handouts.html, handouts.headings, { title: handouts.title, subject, locale }, { ...common, tocTargets: [] })
    stage('print')
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before storing; the previous edition stays current.')
    const stored = await storePdf(guidePdf.pdf, settings.publicationsDir, slug, locale)
    const storedHandouts = await storePdf(handoutPdf.pdf, settings.publicationsDir, slug, `${locale}-handouts`).catch(async (error) => {
      await removeStoredPdf(settings.publicationsDir, stored.relativePath)
      throw error
    })
    stage('store')
    const builtAt = new Date().toISOString()
    const printedQuotes = Object.keys(doc.quotes)
    const record = (kind: 'facilitator-guide' | 'handouts', file: typeof stored, pages: number, extra: { printedQuotes: string[]; tocPages?: Record<string, number> }) => ({
      kind,
      facilitatorGuide: id,
      locale,
      status: 'current',
      fileName: file.fileName,
      url: `${settings.publicUrl}/publications/${file.relativePath}`,
      sha256: file.sha256,
      bytes: file.bytes,
      pages,
      contentHash: hash,
      builtAt,
      buildSeconds: seconds(),
      translationComplete: complete,
      fallbackCount: doc.fallbacks.length,
      warnings,
      ...extra,
    })
    await recordCurrentFacilitator(payload, [
      // The handouts print exercises and case studies, never a quote.
      record('facilitator-guide', stored, guidePdf.pages, { printedQuotes, tocPages: guidePdf.tocPages }),
      record('handouts', storedHandouts, handoutPdf.pages, { printedQuotes: [] }),
    ]).catch(async (error) => {
      await removeStoredPdf(settings.publicationsDir, stored.relativePath)
      await removeStoredPdf(settings.publicationsDir, storedHandouts.relativePath)
      throw error
    })
    stage('record')
    return { guide: slug, locale, status: 'built', pages: guidePdf.pages, bytes: stored.bytes, url: `${settings.publicUrl}/publications/${stored.relativePath}`, seconds: seconds(), warnings: [...warnings, `handouts: ${handoutPdf.pages} pages`], passes: guidePdf.passes, stages }
  } catch (cause) {
    const error = new Error(`Unable to publish facilitator guide "${slug}" in locale "${locale}": ${(cause as Error).message}`, { cause })
    await recordFacilitatorFailure(payload, id, locale, cause as Error)
    return { guide: slug, locale, status: 'failed', seconds: seconds(), warnings, error, stages }
  }
}
