// Stage 3: the only module that touches Puppeteer. One browser, one reused page; HTML → PDF bytes
// with the table of contents numbered in a second pass patched into the loaded page (no reload).
import { existsSync } from 'node:fs'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { PublishingError } from './errors'
import { headingPages } from './postprocess'

const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage']

export interface PrintOptions {
  /** Element ids the table of contents points at, with the selector of the number to patch. */
  tocTargets: string[]
  timeoutMs?: number
  signal?: AbortSignal
}

export interface PrintedPdf {
  pdf: Uint8Array
  pages: number
  tocPages: Record<string, number>
}

export class Printer {
  private browser?: Browser
  private page?: Page

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
    await this.start()
    if (!this.page || this.page.isClosed()) this.page = await this.browser!.newPage()
    return this.page
  }

  async print(html: string, { tocTargets, timeoutMs = 120_000, signal }: PrintOptions): Promise<PrintedPdf> {
    if (signal?.aborted) throw new PublishingError('Cancelled', 'Cancelled before printing.')
    const page = await this.ready()
    const work = async (): Promise<PrintedPdf> => {
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const options = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: timeoutMs } as const
      const first = await page.pdf(options)
      const { pages, targets } = await headingPages(first, tocTargets)
      if (tocTargets.length === 0) return { pdf: first, pages, tocPages: targets }
      await page.evaluate((numbers: Record<string, number>) => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-target]')) {
          const n = numbers[el.dataset.target ?? '']
          if (n) el.textContent = String(n)
        }
      }, targets)
      const final = await page.pdf(options)
      const check = await headingPages(final, tocTargets)
      // Numbers are set in tabular figures in a fixed-width slot, so patching cannot reflow pages;
      // if it ever did, the printed numbers would be wrong: refuse rather than print them.
      if (JSON.stringify(check.targets) !== JSON.stringify(targets)) throw new Error('table of contents moved headings between passes')
      return { pdf: final, pages: check.pages, tocPages: targets }
    }
    let timer: NodeJS.Timeout | undefined
    const onAbort = () => void this.close()
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new PublishingError('RenderTimeout', `Printing took longer than ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs)
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

  async close(): Promise<void> {
    const browser = this.browser
    this.browser = undefined
    this.page = undefined
    if (!browser) return
    const proc = browser.process()
    await browser.close().catch(() => undefined)
    if (proc && proc.exitCode === null) proc.kill('SIGKILL')
  }
}
