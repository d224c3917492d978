// publishGuide / publishAll: guides × locales, one browser, each failure wrapped with its cause.
// A content hash of the loaded document decides whether an edition needs building at all.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import pLimit from 'p-limit'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { parseEnv } from '../env'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import type { GuideDocument, Id } from './document'
import { PublishingError } from './errors'
import { lapTimer } from './laps'
import { guideDocument, readGuideSources, type GuideSources } from './load'
import { setMetadata, type PdfMetadata } from './postprocess'
import { Printer, type PrintedPdf, type PrintOptions } from './print'
import { printCss } from './render/css'
import { renderGuide } from './render/html'
import { prepareImages } from './render/images'
import { labels } from './render/labels'
import { removeStoredPdf, storePdf } from './store'
import { printableQuotes, withdrawUnprintableEditions } from './withdrawal'
import { deliverySource, mediaLinks } from '../delivery/build'
import { snapshotsOfGuide, writeSnapshot, type SnapshotState } from '../delivery/snapshots'
import { announce } from '../webhooks/announce'

/** Bump when the output changes for the same content (template, fonts, post-processing). */
const PIPELINE_VERSION = `2026-11-23.1:${createHash('sha256').update(printCss).digest('hex').slice(0, 8)}`

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
}

export interface PublishOptions {
  payload: Payload
  guides?: string[]
  locales?: LocaleCode[]
  force?: boolean
  signal?: AbortSignal
  printer?: Printer
  mediaDir?: string
  publicUrl?: string
  keepHtml?: boolean
  onStart?: (total: number) => void
  onEdition?: (result: EditionResult, done: number, total: number) => void
}

/** What publishAll hands each edition besides the run's options. */
interface EditionContext {
  printer: Printer
  /** Read from the environment once per run. */
  settings: { mediaDir: string; publicationsDir: string; publicUrl: string; timeoutMs: number; incompleteAllowed: readonly LocaleCode[] }
  /** A guide's sources and current publications, read once for all its locales. */
  guideState: (slug: string) => { sources: Promise<GuideSources>; current: Promise<Map<LocaleCode, PublicationRecord[]>>; snapshots: Promise<Map<LocaleCode, SnapshotState>> }
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

type PublicationRecord = { id: Id; locale: LocaleCode; contentHash?: string; fileName?: string; pages?: number; bytes?: number; url?: string; sha256?: string; builtAt?: string; translationComplete?: boolean; tocPages?: Record<string, number>; untranslated?: unknown }

/** A guide's current publications, by locale, newest first: one query serves its five editions. */
async function currentPublications(payload: Payload, guideId: Id): Promise<Map<LocaleCode, PublicationRecord[]>> {
  const found = await payload.find({
    collection: 'publications',
    where: { and: [{ guide: { equals: guideId } }, { status: { equals: 'current' } }] },
    sort: '-builtAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const byLocale = new Map<LocaleCode, PublicationRecord[]>()
  for (const doc of found.docs as unknown as PublicationRecord[]) byLocale.set(doc.locale, [...(byLocale.get(doc.locale) ?? []), doc])
  return byLocale
}

/**
 * The new edition becomes current and the previous ones superseded in one transaction, so
 * downstream sites never see two current editions of a guide in a language, or none. (MongoDB
 * without a replica set has no transactions: there the two writes follow each other.)
 * Inside it, every quote the edition printed is checked once more: a consent withdrawn while
 * the edition was being built keeps it from ever becoming current.
 */
async function recordCurrent(payload: Payload, data: Record<string, unknown> & { guide: Id; locale: LocaleCode; printedQuotes: Id[] }): Promise<void> {
  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  try {
    const printable = await printableQuotes(payload, data.printedQuotes, req)
    const gone = data.printedQuotes.filter((id) => !printable.has(String(id)))
    if (gone.length) throw new PublishingError('QuoteWithdrawn', `${gone.length} survivor quote(s) it printed may no longer be printed.`)
    const created = await payload.create({ req, collection: 'publications', overrideAccess: true, depth: 0, select: { status: true }, data: data as never })
    // Every other current edition of this guide and locale, not only those read when the build
    // started: two runs building the same edition at once must still leave exactly one current.
    await payload.update({
      req,
      collection: 'publications',
      where: { and: [{ guide: { equals: data.guide } }, { locale: { equals: data.locale } }, { status: { equals: 'current' } }, { id: { not_equals: created.id } }] },
      overrideAccess: true,
      depth: 0,
      select: { status: true },
      data: { status: 'superseded' },
    })
    if (inTransaction) await commitTransaction(req)
  } catch (error) {
    if (inTransaction) await killTransaction(req)
    throw error
  }
}

/** A failed build is recorded (staff see it in Publications); the current edition stays current. */
async function recordFailure(payload: Payload, guideId: Id, locale: LocaleCode, cause: Error, warnings: string[]): Promise<void> {
  const hint = cause instanceof PublishingError ? ` ${cause.hint}` : ''
  await payload
    .create({
      collection: 'publications',
      overrideAccess: true,
      data: { guide: guideId, locale, status: 'failed', builtAt: new Date().toISOString(), error: `${cause.message}${hint}`, warnings } as never,
    })
    .catch(() => undefined)
}

/** A crashed, hung or unstartable browser gets one more try with a fresh one; other errors are final. */
function printWithRetry(printer: Printer, html: string, options: PrintOptions): Promise<PrintedPdf> {
  return printer.exclusive(async () => {
    try {
      return await printer.print(html, options)
    } catch (error) {
      const retryable = error instanceof PublishingError && ['BrowserCrashed', 'RenderTimeout', 'BrowserUnavailable'].includes(error.code)
      if (!retryable || options.signal?.aborted) throw error
      await printer.close()
      return printer.print(html, options)
    }
  })
}

const metadataOf = (doc: GuideDocument, headings: string[]): PdfMetadata => ({
  title: doc.guide.title,
  author: labels[doc.locale].publisher,
  subject: doc.guide.subtitle || doc.guide.summary,
  keywords: ['trafficking', 'victim protection', 'practitioner guide', labels[doc.locale].series, doc.guide.slug, doc.locale],
  language: doc.locale,
  headings,
})

const incomplete = (doc: GuideDocument) => {
  const missing = [...doc.unapproved, ...doc.fallbacks.map((f) => `${f}: English`)]
  return new PublishingError('TranslationIncomplete', `The ${doc.locale} translation is not complete (${missing.slice(0, 5).join('; ')}${missing.length > 5 ? '; …' : ''}).`)
}

/**
 * The delivery API serves what the current edition printed (src/delivery): its snapshot is made
 * when the edition is built, and when an unchanged edition has none from this content yet. A
 * failure here leaves the PDF current and is reported as a warning.
 */
async function deliver(options: PublishOptions & EditionContext, doc: GuideDocument, hash: string, pdf: Omit<PublicationRecord, 'id' | 'locale'>, warnings: string[]): Promise<void> {
  const { payload, settings } = options
  try {
    const sources = await options.guideState(doc.guide.slug).sources
    const edition = { locale: doc.locale, url: pdf.url ?? '', bytes: pdf.bytes ?? 0, pages: pdf.pages ?? 0, sha256: pdf.sha256 ?? '', translationComplete: Boolean(pdf.translationComplete), builtAt: pdf.builtAt ?? new Date().toISOString() }
    const source = deliverySource(doc, mediaLinks(sources.media, settings.publicUrl), edition, new Date().toISOString())
    await writeSnapshot(payload, { guide: doc.guide.id, source, sourceHash: hash, publicUrl: settings.publicUrl })
  } catch (error) {
    warnings.push(`The delivery API still serves the previous content: ${(error as Error).message}`)
    payload.logger.error({ msg: `Delivery snapshot of "${doc.guide.slug}" in ${doc.locale} not written: ${(error as Error).message}` })
  }
}

/** Builds one guide in one locale, unless its content is unchanged since the current PDF. */
async function publishEdition(slug: string, locale: LocaleCode, options: PublishOptions & EditionContext): Promise<EditionResult | undefined> {
  const { payload, printer, force, signal, settings } = options
  if (signal?.aborted) return undefined
  const started = performance.now()
  const seconds = () => Math.round((performance.now() - started) / 10) / 100
  let guideId: Id | undefined
  let warnings: string[] = []
  const { laps: stages, lap: stage } = lapTimer(started)
  try {
    const state = options.guideState(slug)
    const doc = guideDocument(await state.sources, locale, settings.mediaDir)
    stage('load')
    guideId = doc.guide.id
    warnings = warningsOf(doc)
    const hash = contentHash(doc)
    const current = (await state.current).get(locale) ?? []
    stage('check')
    const latest = current[0]
    const complete = doc.fallbacks.length === 0 && doc.unapproved.length === 0
    const untranslated = { fellBackToEnglish: doc.fallbacks, notApproved: doc.unapproved }
    if (!force && latest?.contentHash === hash && latest.fileName && existsSync(path.join(settings.publicationsDir, slug, latest.fileName))) {
      // Same pages; the record's account of the translation may still have moved on.
      if (JSON.stringify(latest.untranslated) !== JSON.stringify(untranslated)) {
        await payload.update({ collection: 'publications', id: current[0].id, overrideAccess: true, data: { untranslated, warnings, translationComplete: complete } as never })
      }
      if ((await state.snapshots).get(locale)?.sourceHash !== hash) await deliver(options, doc, hash, { ...latest, translationComplete: complete }, warnings)
      return { guide: slug, locale, status: 'unchanged', pages: latest.pages, bytes: latest.bytes, url: latest.url, seconds: seconds(), warnings, stages }
    }

    if (!complete && !settings.incompleteAllowed.includes(locale)) throw incomplete(doc)
    const images = await prepareImages(doc)
    stage('images')
    // Printed with the previous build's page numbers: when the headings did not move, one pass is enough.
    const expectedPages = latest?.tocPages ?? undefined
    const rendered = renderGuide(doc, images, expectedPages)
    stage('render')
    options.onPrinting()
    const printed = await printWithRetry(printer, rendered.html, { tocTargets: rendered.toc.map((entry) => entry.target), expectedPages, timeoutMs: settings.timeoutMs, signal })
    stage('print')
    for (const [name, ms] of Object.entries(printed.timings)) stages[`print.${name}`] = ms
    const pdf = await setMetadata(printed.pdf, metadataOf(doc, rendered.headings))
    stage('postprocess')
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before storing; the previous edition stays current.')
    const stored = await storePdf(pdf, settings.publicationsDir, slug, locale)
    stage('store')
    const url = `${settings.publicUrl}/publications/${stored.relativePath}`
    await recordCurrent(
      payload,
      {
        printedQuotes: Object.keys(doc.quotes),
        guide: doc.guide.id,
        locale,
        edition: doc.guide.edition,
        status: 'current',
        fileName: stored.fileName,
        url,
        sha256: stored.sha256,
        bytes: stored.bytes,
        pages: printed.pages,
        tocPages: printed.tocPages,
        contentHash: hash,
        buildSeconds: seconds(),
        builtAt: new Date().toISOString(),
        translationComplete: complete,
        fallbackCount: doc.fallbacks.length,
        warnings,
        untranslated,
      },
    ).catch(async (error) => {
      // The file never became current: it must not stay on disk either (it may print a withdrawn quote).
      await removeStoredPdf(settings.publicationsDir, stored.relativePath)
      throw error
    })
    stage('record')
    // The delivery API serves the new content before any site is told of the edition.
    await deliver(options, doc, hash, { url, bytes: stored.bytes, pages: printed.pages, sha256: stored.sha256, translationComplete: complete, builtAt: new Date().toISOString() }, warnings)
    await announce(payload, { type: 'edition.published', data: { guide: slug, locale, url, sha256: stored.sha256, pages: printed.pages, bytes: stored.bytes } })
    stage('deliver')
    return { guide: slug, locale, status: 'built', pages: printed.pages, bytes: stored.bytes, url, seconds: seconds(), warnings, passes: printed.passes, html: options.keepHtml ? rendered.html : undefined, stages }
  } catch (cause) {
    const error = new Error(`Unable to publish guide "${slug}" in locale "${locale}": ${(cause as Error).message}`, { cause })
    if (guideId !== undefined) await recordFailure(payload, guideId, locale, cause as Error, warnings)
    return { guide: slug, locale, status: 'failed', seconds: seconds(), warnings, error, stages }
  }
}

/** Every published guide (or those asked for) in every locale (or those asked for). */
export async function publishAll(options: PublishOptions): Promise<EditionResult[]> {
  const { payload } = options
  const env = parseEnv()
  const settings = {
    mediaDir: options.mediaDir ?? env.MEDIA_DIR,
    publicationsDir: env.PUBLICATIONS_DIR,
    publicUrl: options.publicUrl ?? env.PUBLIC_URL,
    timeoutMs: env.RENDER_TIMEOUT_MS,
    incompleteAllowed: env.PUBLISH_INCOMPLETE_LOCALES,
  }
  // Whatever else this run does, no file on disk keeps a quote that may no longer be printed.
  await withdrawUnprintableEditions(payload, settings.publicationsDir)
  const found = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, sort: 'seriesNumber', pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  const known = found.docs.map((g) => g.slug as string)
  const unknown = (options.guides ?? []).filter((slug) => !known.includes(slug))
  if (unknown.length) throw new PublishingError('GuideNotPublished', `No published guide with slug ${unknown.map((s) => `"${s}"`).join(', ')}. Published: ${known.join(', ')}.`)
  const slugs = options.guides?.length ? known.filter((s) => options.guides!.includes(s)) : known
  const locales = options.locales?.length ? options.locales : localeCodes
  const total = slugs.length * locales.length
  options.onStart?.(total)
  const printer = options.printer ?? new Printer()
  // Editions overlap where they use different resources: an edition starts (is loaded, checked
  // and rendered in Node) once the one before it is printing or done, so its work fills the time
  // Node waits for Chromium instead of delaying the print before it; it is stored while the one
  // after it prints. Prints take turns (printer.exclusive).
  const inFlight = pLimit(3)
  let previous: Promise<void> = Promise.resolve()
  // Editions run guide by guide, so only the current guide's state is kept.
  const guideIds = new Map(found.docs.map((g) => [g.slug as string, g.id as Id]))
  let shared: ReturnType<EditionContext['guideState']> & { slug: string } | undefined
  const guideState = (slug: string) => {
    if (shared?.slug !== slug) {
      const guideId = guideIds.get(slug)!
      shared = { slug, sources: readGuideSources(payload, slug, { reuse: !options.force }), current: currentPublications(payload, guideId), snapshots: snapshotsOfGuide(payload, guideId) }
      // Each edition awaits both and reports a failure; a read no edition got to await is not a crash.
      shared.sources.catch(() => undefined)
      shared.current.catch(() => undefined)
      shared.snapshots.catch(() => undefined)
    }
    return shared
  }
  let done = 0
  try {
    const results = await Promise.all(
      slugs.flatMap((slug) =>
        locales.map((locale) =>
          inFlight(async () => {
            const turn = previous
            let handOn!: () => void
            previous = new Promise((resolve) => (handOn = resolve))
            try {
              await turn
              const result = await publishEdition(slug, locale, { ...options, printer, settings, guideState, onPrinting: handOn })
              if (result) options.onEdition?.(result, ++done, total)
              return result
            } finally {
              handOn()
            }
          }),
        ),
      ),
    )
    return results.filter((r): r is EditionResult => r !== undefined)
  } finally {
    if (!options.printer) await printer.close()
  }
}
