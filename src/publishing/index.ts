// publishAll: the scheduler. Guides × locales through publishEdition (edition.ts), one browser,
// each guide's sources read once for its five editions. Settings and the printer come from the
// caller (the job, the scripts), which owns the printer's lifetime.
import pLimit from 'p-limit'
import type { Payload } from 'payload'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import { publishEdition, type EditionResult, type GuideState } from './edition'
import { PublishingError } from './errors'
import { readGuideSources } from './load'
import type { Printer } from './print'
import { currentPublications, deliverySnapshots, publishedGuides } from './records'
import type { PublishingSettings } from './settings'
import { withdrawUnprintableEditions } from './withdrawal'

export type { EditionResult } from './edition'

export interface PublishOptions {
  payload: Payload
  settings: PublishingSettings
  printer: Printer
  guides?: string[]
  locales?: LocaleCode[]
  force?: boolean
  signal?: AbortSignal
  keepHtml?: boolean
  /** Make the press edition of every edition too (guides with the "Press edition" setting always get one). */
  press?: boolean
  onStart?: (total: number) => void
  onEdition?: (result: EditionResult, done: number, total: number) => void
}

/** Every published guide (or those asked for) in every locale (or those asked for). */
export async function publishAll(options: PublishOptions): Promise<EditionResult[]> {
  const { payload, settings, printer } = options
  // Whatever else this run does, no file on disk keeps a quote that may no longer be printed.
  await withdrawUnprintableEditions(payload, settings.publicationsDir)
  const published = await publishedGuides(payload)
  const known = published.map((g) => g.slug)
  const unknown = (options.guides ?? []).filter((slug) => !known.includes(slug))
  if (unknown.length) throw new PublishingError('GuideNotPublished', `No published guide with slug ${unknown.map((s) => `"${s}"`).join(', ')}. Published: ${known.join(', ')}.`)
  const slugs = options.guides?.length ? known.filter((s) => options.guides!.includes(s)) : known
  const locales = options.locales?.length ? options.locales : localeCodes
  const total = slugs.length * locales.length
  options.onStart?.(total)
  // Editions overlap where they use different resources: an edition starts (is loaded, checked
  // and rendered in Node) once the one before it is printing or done, so its work fills the time
  // Node waits for Chromium instead of delaying the print before it; it is stored while the one
  // after it prints. Prints take turns in the printer's lanes (printer.exclusive).
  // With two print lanes, two editions print at once and a third is made ready.
  const inFlight = pLimit(printer.laneCount + 2)
  let previous: Promise<void> = Promise.resolve()
  // Editions run guide by guide, so only the current guide's state is kept.
  const guideIds = new Map(published.map((g) => [g.slug, g.id]))
  let shared: (GuideState & { slug: string }) | undefined
  const guideState = (slug: string): GuideState => {
    if (shared?.slug !== slug) {
      const guideId = guideIds.get(slug)!
      shared = { slug, sources: readGuideSources(payload, slug, { reuse: !options.force }), current: currentPublications(payload, guideId), snapshots: deliverySnapshots(payload, guideId) }
      // Each edition awaits them and reports a failure; a read no edition got to await is not a crash.
      shared.sources.catch(() => undefined)
      shared.current.catch(() => undefined)
      shared.snapshots.catch(() => undefined)
    }
    return shared
  }
  let done = 0
  const results = await Promise.all(
    slugs.flatMap((slug) =>
      locales.map((locale) =>
        inFlight(async () => {
          const turn = previous
          let handOn!: () => void
          previous = new Promise((resolve) => (handOn = resolve))
          try {
            await turn
            const run = { payload, printer, settings, guide: guideState(slug), force: options.force, signal: options.signal, keepHtml: options.keepHtml, press: options.press, onPrinting: handOn }
            const result = await publishEdition(slug, locale, run)
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
}
