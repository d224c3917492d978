// Chromium for the browser tests, and its processes on this machine for tests that check none is left behind.
import { execFileSync } from 'node:child_process'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { baseUrl, tokenFor, type Role } from './api'

export function chromiumPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', 'chromium'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/** The Chromium processes still running after up to 5 s (helper processes take a moment to exit). */
export async function chromiumLeftBehind(): Promise<number[]> {
  for (let i = 0; i < 50 && chromiumPids().length > 0; i++) await new Promise((r) => setTimeout(r, 100))
  return chromiumPids()
}

/**
 * Debian's Chromium as the admin's user would open it, headless, with nothing that phones home
 * (the offline-admin test fails on any request to an outside host).
 */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

/**
 * A new page of `opener` (a browser or one of its contexts), logged in as `role` (anonymous for
 * 'public') and sized like a
 * desktop admin window; errors thrown in the page are collected into `errors` when given.
 */
export async function pageAs(opener: { newPage(): Promise<Page> }, role: Role, { width = 1400, height = 1000, errors }: { width?: number; height?: number; errors?: string[] } = {}): Promise<Page> {
  const page = await opener.newPage()
  await page.setViewport({ width, height })
  if (errors) page.on('pageerror', (error) => errors.push(String(error)))
  const token = await tokenFor(role)
  if (token) await page.setCookie({ name: 'payload-token', value: token, url: baseUrl() })
  return page
}
