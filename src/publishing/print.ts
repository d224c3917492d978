// Stage 3: the only module that touches Puppeteer. One browser, one reused page; HTML → PDF bytes.
// The table of contents carries the previous build's page numbers; when they no longer hold (or
// there are none), the headings' pages are measured and patched into the loaded page (no reload)
// before the final print.
import { existsSync } from 'node:fs'
import pLimit from 'p-limit'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { PublishingError } from './errors'
import { lapTimer } from './laps'
import { changedStyles, documentParts, type DocumentParts } from './documentParts'
import { arrangePages, blankLayout, cutOverfilledNotepads, measuredMarks, overfillNewNotepads, settleFitting, startFitting } from './pageScripts'
import { headingPages } from './postprocess'

/** Where Debian and other distributions put Chromium, tried when no path is given. */
const knownPaths = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']

// Printing needs a renderer per lane and nothing else: no zygote, extensions, spare renderers or
// features that start helper processes (each costs tens of MB; measured in bench/publish.ts).
const launchArgs = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-extensions',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,OptimizationHints,MediaRouter,SpareRendererForSitePerProcess,site-per-process',
]

const PRINTS_PER_BROWSER = 24

/** Lines added to a closing notepad to measure how many fill its last page: more than a page holds (8.5 mm each). */
const NOTEPAD_OVERFILL = 32

/** A chapter that ends this far down its last page (a fraction of the page: about five lines under the top margin) is set tighter when that pulls its last lines back. */
const SHORT_ENDING_DEPTH = 0.2

/**
 * A short ending that tighter setting cannot pull back is set looser when the chapter has at most
 * this many pages before its last: looser adds about three lines a page, which the last page's
 * free four fifths holds for a chapter this long, so no page is added.
 */
const LOOSE_ENDING_PAGES = 6

type Measured = Awaited<ReturnType<typeof headingPages>>

/** The print every edition gets (and the benchmark's raw print of the same HTML). */
const finalPrint = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true } as const

/** Loads the HTML into the page and waits for its fonts, so nothing prints in a fallback font. */
async function loadDocument(page: Page, html: string, timeoutMs?: number): Promise<void> {
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * Turns the document loaded in the page into the next one with the same skeleton: its language,
 * title, the style sheets that differ and its body; then waits for its images and fonts. The
 * fonts' style sheet, the same in every edition, stays parsed and its faces decoded.
 */
async function swapDocument(page: Page, next: DocumentParts, styles: [number, string][]): Promise<boolean> {
  return page.evaluate(
    async ({ lang, dir, title, body, styles }) => {
      const sheets = document.head.querySelectorAll('style')
      if (styles.some(([i]) => !sheets[i])) return false
      document.documentElement.lang = lang
      document.documentElement.dir = dir
      const titleElement = document.head.querySelector('title')
      if (titleElement) titleElement.innerHTML = title
      for (const [i, css] of styles) sheets[i].textContent = css
      document.body.innerHTML = body
      await Promise.all([...document.images].map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))))
      await document.fonts.ready
      return true
    },
    { lang: next.lang, dir: next.dir, title: next.title, body: next.body, styles },
  )
}

export interface PrintOptions {
  /** Element ids the table of contents and cross-references ("see page N") point at. */
  tocTargets: string[]
  /** Page numbers the HTML already carries (the previous build's): when they still hold, one pass is enough. */
  expectedPages?: Record<string, number>
  /** Targets whose section opens on a right-hand (odd) page: a blank page goes before it when needed. */
  rectoTargets?: string[]
  /** Blank pages at the end bring the page count to a multiple of this (4: folded sheets). */
  pageMultiple?: number
  timeoutMs?: number
  signal?: AbortSignal
}

export interface PrintedPdf {
  pdf: Uint8Array
  pages: number
  /** Page of each target, and where blank pages went (`blank-before:<target>`, `blank-end`): the next build prints them at once. */
  tocPages: Record<string, number>
  /** Page prints made: 1 when the previous build's numbers held, 2 with a measuring pass first. */
  passes: number
  /** Milliseconds in each step of the print (load, then measuringPass or pdf + measure, then pdfN). */
  timings: Record<string, number>
}

export interface PrinterSettings {
  /** The Chromium binary (CHROMIUM_PATH); Debian's when not given. */
  executablePath?: string
  /** Close the browser after this long without a print (a server keeps it warm between jobs). */
  idleCloseMs?: number
  /** Prints before the browser is replaced by a fresh one (default 24). */
  printsPerBrowser?: number
  /**
   * Prints at once, each in its own tab and renderer process (default 1). Chromium lays out and
   * paints a print on one core: with two lanes a batch of editions keeps both cores of this
   * machine busy (35 raw prints: 10.5 s one at a time, 7.2 s two at a time, measured here).
   */
  lanes?: number
}

export class Printer {
  private browser?: Browser
  /** Tabs not printing now, each reused from print to print (a tab costs a renderer, ≈ 70 MB). */
  private idlePages: Page[] = []
  /** Prints under way: a relaunch or close waits until there are none. */
  private printing = 0
  private drained?: () => void
  /** One print per lane at a time; a lane's tab is its own, so prints never share a page. */
  private readonly lanes: ReturnType<typeof pLimit>
  private prints = 0
  /** A relaunch or idle close under way between prints; the next print waits for it. */
  private maintenance?: Promise<void>
  private idleTimer?: NodeJS.Timeout

  constructor(private readonly settings: PrinterSettings = {}) {
    this.lanes = pLimit(Math.max(1, settings.lanes ?? 1))
  }

  /** How many prints may run at once. */
  get laneCount(): number {
    return this.lanes.concurrency
  }

  /** Runs `work` (a print, and its retry after a relaunch) in the next free lane. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lanes(work)
  }

  static executable(preferred?: string): string {
    const candidates = preferred ? [preferred] : knownPaths
    const found = candidates.find((path) => existsSync(path))
    if (!found) throw new PublishingError('BrowserUnavailable', `No Chromium found (looked in ${candidates.join(', ')}).`)
    return found
  }

  async start(): Promise<void> {
    if (this.browser?.connected) return
    // Two lanes asking at once get the same browser.
    this.launching ??= this.launch().finally(() => (this.launching = undefined))
    return this.launching
  }

  private launching?: Promise<void>

  private async launch(): Promise<void> {
    try {
      // pipe: Chromium talks over its stdio pipe and exits when this process dies, however it dies.
      const args = [...launchArgs, `--renderer-process-limit=${this.laneCount}`]
      this.browser = await puppeteer.launch({ executablePath: Printer.executable(this.settings.executablePath), headless: true, args, protocolTimeout: 120_000, pipe: true })
    } catch (cause) {
      if (cause instanceof PublishingError) throw cause
      throw new PublishingError('BrowserUnavailable', `Chromium would not start: ${(cause as Error).message}`, { cause })
    }
    this.idlePages = []
  }

  /** Process id of the running browser, for tests and peak-memory figures. */
  pid(): number | undefined {
    return this.browser?.process()?.pid
  }

  /** A tab to print in, with the browser started; every ready() is followed by one printed(page). */
  private async ready(): Promise<Page> {
    clearTimeout(this.idleTimer)
    await this.settled()
    this.printing += 1
    this.prints += 1
    try {
      await this.start()
      const browser = this.browser!
      let page = this.idlePages.pop()
      while (page && (page.isClosed() || page.browser() !== browser)) page = this.idlePages.pop()
      // The tab Chromium opens at launch serves the first lane; each further lane opens its own.
      page ??= (await browser.pages()).find((tab) => !tab.isClosed() && !this.busy.has(tab)) ?? (await browser.newPage())
      this.busy.add(page)
      return page
    } catch (error) {
      this.release()
      throw error
    }
  }

  /** The document each tab holds, when a print ended normally in it (a print that failed leaves it unknown). */
  private readonly loaded = new WeakMap<Page, DocumentParts>()

  /**
   * Loads `html` into the tab: the changed parts only when the tab holds a document of the same
   * skeleton (the previous edition, another guide, another locale), the whole HTML otherwise.
   */
  private async load(page: Page, html: string, timeoutMs?: number): Promise<'swapped' | 'loaded'> {
    const next = documentParts(html)
    const styles = changedStyles(this.loaded.get(page), next)
    this.loaded.delete(page)
    if (styles && next && (await swapDocument(page, next, styles))) {
      this.loaded.set(page, next)
      return 'swapped'
    }
    await loadDocument(page, html, timeoutMs)
    if (next) this.loaded.set(page, next)
    return 'loaded'
  }

  /** Tabs handed out by ready() and not yet given back. */
  private busy = new WeakSet<Page>()

  private release(): void {
    this.printing -= 1
    if (this.printing === 0) this.drained?.()
  }

  /** Housekeeping after a print, done while Node post-processes and stores it: never on a print's path. */
  private printed(page: Page): void {
    this.busy.delete(page)
    if (this.browser?.connected && page.browser() === this.browser && !page.isClosed()) this.idlePages.push(page)
    this.release()
    // Chromium's renderer keeps growing over many documents (≈ +200 MB over a dozen large ones,
    // measured here): a fresh browser every few dozen prints caps it; launching it takes 0.3–0.7 s.
    if (this.prints >= (this.settings.printsPerBrowser ?? PRINTS_PER_BROWSER) && !this.relaunching) {
      this.relaunching = true
      this.maintain(() => this.shutdown().then(() => this.start()).finally(() => (this.relaunching = false)))
    }
    if (this.settings.idleCloseMs && this.printing === 0) {
      this.idleTimer = setTimeout(() => this.maintain(() => this.shutdown()), this.settings.idleCloseMs)
      this.idleTimer.unref()
    }
  }

  private relaunching = false

  /** Resolves when no print is under way. */
  private idle(): Promise<void> {
    if (this.printing === 0) return Promise.resolve()
    return new Promise((resolve) => {
      const previous = this.drained
      this.drained = () => {
        this.drained = undefined
        previous?.()
        resolve()
      }
    })
  }

  /** Runs `work` once the prints under way have ended; prints asked for meanwhile wait for it. */
  private maintain(work: () => Promise<void>): void {
    const previous = this.maintenance ?? Promise.resolve()
    // A failed relaunch is not reported here: the next print starts the browser and reports it.
    const current: Promise<void> = previous.then(() => this.idle()).then(work).catch(() => undefined).finally(() => {
      if (this.maintenance === current) this.maintenance = undefined
    })
    this.maintenance = current
  }

  async print(html: string, { tocTargets, expectedPages, rectoTargets = [], pageMultiple = 1, timeoutMs = 120_000, signal }: PrintOptions): Promise<PrintedPdf> {
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before printing.')
    const page = await this.ready()
    const options = { ...finalPrint, timeout: timeoutMs }
    const patch = (numbers: Record<string, number>) =>
      page.evaluate((n: Record<string, number>) => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-target]')) {
          const value = n[el.dataset.target ?? '']
          if (value) el.textContent = String(value)
        }
      }, numbers)
    const same = (a: Record<string, number>, b: Record<string, number>) => tocTargets.every((t) => a[t] === b[t])
    const bookOrder = (measured: { pages: number; targets: Record<string, number> }) => measured.pages % pageMultiple === 0 && rectoTargets.every((t) => measured.targets[t] % 2 === 1)
    const arrange = (numbers: Record<string, number>, pages: number) =>
      page.evaluate(`(${arrangePages})(${JSON.stringify({ recto: rectoTargets, numbers, pages, multiple: pageMultiple })})`) as Promise<{ numbers: Record<string, number>; pages: number }>
    const { laps: timings, lap: step } = lapTimer()
    const final = async (pdf: Uint8Array, measured: { pages: number; targets: Record<string, number> }, passes: number): Promise<PrintedPdf> => {
      const missing = tocTargets.filter((target) => !measured.targets[target])
      if (missing.length) throw new PublishingError('TableOfContentsUnresolved', `The table of contents points at ${missing.map((t) => `"${t}"`).join(', ')}, which the printed PDF does not contain.`)
      const targets = Object.fromEntries(tocTargets.map((target) => [target, measured.targets[target]]))
      return { pdf, pages: measured.pages, tocPages: { ...targets, ...((await page.evaluate(`(${blankLayout})(${JSON.stringify({ pages: measured.targets })})`)) as Record<string, number>) }, passes, timings }
    }
    // The lines of closing notepads and the chapters' end marks (render/notepadFit.ts) are measured with the headings.
    let marks: string[] = []
    const measure = (pdf: Uint8Array) => headingPages(pdf, [...tocTargets, ...marks])
    // Without numbers to expect, a measuring pass finds the headings' pages: the same layout with
    // only the headings painted (visibility never changes layout), untagged, ≈ half a full print.
    const measuringPass = async () => {
      await page.evaluate((ids: string[]) => {
        const style = document.createElement('style')
        style.id = 'guidepress-measuring-pass'
        style.textContent = `body * { visibility: hidden !important; } ${ids.map((id) => `#${CSS.escape(id)}`).join(', ')} { visibility: visible !important; }`
        document.head.append(style)
      }, [...tocTargets, ...marks])
      // The final print's options, so the page size and layout are the same, without its costly extras.
      const pdf = await page.pdf({ ...options, printBackground: false, outline: false, tagged: false })
      await page.evaluate(() => document.getElementById('guidepress-measuring-pass')?.remove())
      return measure(pdf)
    }
    const work = async (): Promise<PrintedPdf> => {
      const how = await this.load(page, html, timeoutMs)
      step(how === 'swapped' ? 'swap' : 'load')
      marks = (await page.evaluate(measuredMarks)) as string[]
      let passes = 0
      let measuredFirst: Measured
      let first: Uint8Array | undefined
      if (tocTargets.length === 0 || expectedPages) {
        first = await page.pdf(options)
        passes += 1
        step('pdf')
        measuredFirst = await measure(first)
        step('measure')
      } else {
        // Closing notepads never fitted go into the measuring pass overfilled, and are cut at the
        // page's foot from its measurement, which then serves as the fitted layout's (every
        // chapter opens a page: what follows one moves back by the pages cut).
        const overfilled = marks.length > 0 && (await page.evaluate(`(${overfillNewNotepads})(${NOTEPAD_OVERFILL})`))
        if (overfilled) marks = (await page.evaluate(measuredMarks)) as string[]
        measuredFirst = await measuringPass()
        passes += 1
        step('measuringPass')
        if (overfilled) {
          measuredFirst = { ...measuredFirst, ...((await page.evaluate(`(${cutOverfilledNotepads})(${JSON.stringify({ pages: measuredFirst.targets, count: measuredFirst.pages })})`)) as { targets: Record<string, number>; pages: number }) }
          marks = (await page.evaluate(measuredMarks)) as string[]
        }
      }
      // How chapters end (closing notepads to the page's foot, short endings set tighter, or else
      // looser): tried, measured, settled. A chapter tried tighter in vain spans the same pages as
      // before (tighter never adds one, nor looser for a chapter this short), so the try's
      // measurement holds for the headings, and the final print checks it; with notepads overfilled
      // in it, it does not, and the layout is measured again if a chapter now ends on another page.
      const fitting = { pages: measuredFirst.targets, depths: measuredFirst.depths, extra: NOTEPAD_OVERFILL, shortDepth: SHORT_ENDING_DEPTH }
      const changed = marks.length ? ((await page.evaluate(`(${startFitting})(${JSON.stringify(fitting)})`)) as { notepads: boolean; chapters: boolean }) : undefined
      if (changed && (changed.notepads || changed.chapters)) {
        marks = (await page.evaluate(measuredMarks)) as string[]
        const tried = await measuringPass()
        passes += 1
        step('fitPass')
        const moved = await page.evaluate(`(${settleFitting})(${JSON.stringify({ pages: tried.targets, loosePages: LOOSE_ENDING_PAGES })})`)
        marks = (await page.evaluate(measuredMarks)) as string[]
        first = undefined
        if (!changed.notepads) measuredFirst = tried
        else if (moved) {
          measuredFirst = await measuringPass()
          passes += 1
          step('fitPass2')
        }
      }
      if (first && same(measuredFirst.targets, expectedPages ?? {}) && bookOrder(measuredFirst)) return final(first, measuredFirst, passes)
      // Blank pages where a part would open on a left-hand page, and at the end; the numbers move with them.
      let numbers = (await arrange(measuredFirst.targets, measuredFirst.pages)).numbers
      // Numbers sit in a fixed-width slot in tabular figures, so patching them cannot move a
      // heading; should a page ever break differently, the numbers are measured again, and if they
      // still do not hold the edition fails rather than print wrong numbers.
      for (let attempt = 0; attempt < 2; attempt++) {
        await patch(numbers)
        const pdf = await page.pdf(options)
        passes += 1
        const measured = await measure(pdf)
        step(`pdf${passes}`)
        if (same(measured.targets, numbers) && bookOrder(measured)) return final(pdf, measured, passes)
        numbers = (await arrange(measured.targets, measured.pages)).numbers
      }
      throw new PublishingError('TableOfContentsUnresolved', 'Patching the page numbers into the table of contents kept moving headings to other pages.')
    }
    let timer: NodeJS.Timeout | undefined
    // Not close(): that waits for the prints under way, this one among them.
    const onAbort = () => void this.shutdown()
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new PublishingError('RenderTimeout', `Printing took longer than ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}.`)), timeoutMs)
        }),
      ])
    } catch (cause) {
      // A print cut short may leave the measuring pass's style sheet or half a document behind.
      this.loaded.delete(page)
      if (signal?.aborted) throw new PublishingError('Cancelled', 'Printing was cancelled.', { cause })
      if (cause instanceof PublishingError) {
        if (cause.code === 'RenderTimeout') await this.shutdown()
        throw cause
      }
      if (!this.browser?.connected) throw new PublishingError('BrowserCrashed', `Chromium stopped while printing: ${(cause as Error).message}`, { cause })
      throw cause
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      this.printed(page)
    }
  }

  /** print(), with one more try in a fresh browser when Chromium crashed, hung or would not start; other errors are final. */
  printWithRetry(html: string, options: PrintOptions): Promise<PrintedPdf> {
    return this.exclusive(async () => {
      try {
        return await this.print(html, options)
      } catch (error) {
        const retryable = error instanceof PublishingError && ['BrowserCrashed', 'RenderTimeout', 'BrowserUnavailable'].includes(error.code)
        if (!retryable || options.signal?.aborted) throw error
        await this.close()
        return this.print(html, options)
      }
    })
  }

  /**
   * One plain print of the HTML, loaded whole as any HTML-to-PDF tool loads it, nothing else: what
   * the benchmark compares the pipeline against.
   */
  async printRaw(html: string): Promise<Uint8Array> {
    const page = await this.ready()
    this.loaded.delete(page)
    try {
      await loadDocument(page, html)
      const pdf = await page.pdf(finalPrint)
      const parts = documentParts(html)
      if (parts) this.loaded.set(page, parts)
      return pdf
    } finally {
      this.printed(page)
    }
  }

  /** Resolves when no relaunch or idle close is under way (the next print would start at once). */
  async settled(): Promise<void> {
    while (this.maintenance) await this.maintenance
  }

  /** Closes the browser (after any relaunch under way), leaving no Chromium process behind. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer)
    await this.settled()
    await this.shutdown()
  }

  private async shutdown(): Promise<void> {
    const browser = this.browser
    this.browser = undefined
    this.idlePages = []
    this.prints = 0
    if (!browser) return
    const proc = browser.process()
    await browser.close().catch(() => undefined)
    if (proc && proc.exitCode === null) proc.kill('SIGKILL')
  }
}
