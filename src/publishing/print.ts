// Stage 3: the only module that touches Puppeteer. One browser, one reused page; HTML → PDF bytes
// with the table of contents numbered in a second pass patched into the loaded page (no reload).
import { existsSync } from 'node:fs'
import pLimit from 'p-limit'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { PublishingError } from './errors'
import { headingPages } from './postprocess'

const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]

// Printing needs one renderer and nothing else: no zygote, extensions, spare renderers or features
// that start helper processes (each costs tens of MB; measured in bench/publish.ts).
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
  '--renderer-process-limit=1',
  '--disable-features=Translate,OptimizationHints,MediaRouter,SpareRendererForSitePerProcess,site-per-process',
]

const PRINTS_PER_BROWSER = 24

export interface PrintOptions {
  /** Element ids the table of contents points at. */
  tocTargets: string[]
  /** Page numbers from the previous build: when they still hold, one pass is enough. */
  expectedPages?: Record<string, number>
  timeoutMs?: number
  signal?: AbortSignal
}

export interface PrintedPdf {
  pdf: Uint8Array
  pages: number
  tocPages: Record<string, number>
  /** 1 when the previous build's page numbers still held, else 2. */
  passes: 1 | 2
}

export class Printer {
  private browser?: Browser
  private page?: Page
  /** One print at a time: the page is shared, and a retry's relaunch must not pull the browser from under another print. */
  private readonly lane = pLimit(1)
  private prints = 0

  /** Runs `work` (prints, and a relaunch between them) with the browser to itself. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lane(work)
  }

  static executable(): string {
    const found = candidates.find((path) => existsSync(path))
    if (!found) throw new PublishingError('BrowserUnavailable', `No Chromium found (looked in ${candidates.join(', ')}).`)
    return found
  }

  async start(): Promise<void> {
    if (this.browser?.connected) return
    try {
      // pipe: Chromium talks over its stdio pipe and exits when this process dies, however it dies.
      this.browser = await puppeteer.launch({ executablePath: Printer.executable(), headless: true, args: launchArgs, protocolTimeout: 120_000, pipe: true })
    } catch (cause) {
      if (cause instanceof PublishingError) throw cause
      throw new PublishingError('BrowserUnavailable', `Chromium would not start: ${(cause as Error).message}`, { cause })
    }
    this.page = undefined
  }

  /** Process id of the running browser, for tests and peak-memory figures. */
  pid(): number | undefined {
    return this.browser?.process()?.pid
  }

  private async ready(): Promise<Page> {
    // Chromium's renderer keeps growing over many documents (≈ +200 MB over a dozen large ones,
    // measured here); a fresh browser every few dozen prints caps it for ≈ 0.3 s each time.
    if (this.prints >= PRINTS_PER_BROWSER) await this.close()
    this.prints += 1
    await this.start()
    // The tab Chromium opens at launch is the one printed in; a second tab would cost a renderer (≈ 70 MB).
    if (!this.page || this.page.isClosed()) this.page = (await this.browser!.pages())[0] ?? (await this.browser!.newPage())
    return this.page
  }

  async print(html: string, { tocTargets, expectedPages, timeoutMs = 120_000, signal }: PrintOptions): Promise<PrintedPdf> {
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before printing.')
    const page = await this.ready()
    const options = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: timeoutMs } as const
    const patch = (numbers: Record<string, number>) =>
      page.evaluate((n: Record<string, number>) => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-target]')) {
          const value = n[el.dataset.target ?? '']
          if (value) el.textContent = String(value)
        }
      }, numbers)
    const same = (a: Record<string, number>, b: Record<string, number>) => tocTargets.every((t) => a[t] === b[t])
    const work = async (): Promise<PrintedPdf> => {
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      if (expectedPages) await patch(expectedPages)
      const first = await page.pdf(options)
      const measured = await headingPages(first, tocTargets)
      if (tocTargets.length === 0 || (expectedPages && same(measured.targets, expectedPages))) {
        return { pdf: first, pages: measured.pages, tocPages: measured.targets, passes: 1 }
      }
      await patch(measured.targets)
      const final = await page.pdf(options)
      const check = await headingPages(final, tocTargets)
      // Numbers sit in a fixed-width slot in tabular figures, so patching cannot reflow pages;
      // if it ever did, the printed numbers would be wrong: refuse rather than print them.
      if (!same(check.targets, measured.targets)) throw new Error('table of contents moved headings between passes')
      return { pdf: final, pages: check.pages, tocPages: measured.targets, passes: 2 }
    }
    let timer: NodeJS.Timeout | undefined
    const onAbort = () => void this.close()
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new PublishingError('RenderTimeout', `Printing took longer than ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}.`)), timeoutMs)
        }),
      ])
    } catch (cause) {
      if (signal?.aborted) throw new PublishingError('Cancelled', 'Printing was cancelled.', { cause })
      if (cause instanceof PublishingError) {
        if (cause.code === 'RenderTimeout') await this.close()
        throw cause
      }
      if (!this.browser?.connected) throw new PublishingError('BrowserCrashed', `Chromium stopped while printing: ${(cause as Error).message}`, { cause })
      throw cause
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
  }

  /** One plain print of the HTML, nothing else: the physical limit the benchmark compares against. */
  async printRaw(html: string): Promise<Uint8Array> {
    const page = await this.ready()
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
  }

  async close(): Promise<void> {
    const browser = this.browser
    this.browser = undefined
    this.page = undefined
    this.prints = 0
    if (!browser) return
    const proc = browser.process()
    await browser.close().catch(() => undefined)
    if (proc && proc.exitCode === null) proc.kill('SIGKILL')
  }
}
