// Real PDF tools (poppler, qpdf) on downloaded editions.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import { api, baseUrl } from './api'

const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-pdf-'))

export interface Edition {
  file: string
  record: any
}

/** The current publication of a guide in a locale, downloaded over HTTP like a reader would. */
export async function downloadEdition(slug: string, locale: string): Promise<Edition> {
  const guide = (await api('public', `/api/guides?where[slug][equals]=${slug}&depth=0`)).body.docs[0]
  const pubs = await api('public', `/api/publications?where[guide][equals]=${guide.id}&where[locale][equals]=${locale}&depth=0`)
  if (pubs.body.docs.length !== 1) throw new Error(`expected one current publication for ${slug} ${locale}, got ${pubs.body.docs.length}`)
  const record = pubs.body.docs[0]
  expect(record.url).toMatch(/^https?:\/\/[^/]+\/publications\/.+\.pdf$/)
  const res = await fetch(`${baseUrl()}${new URL(record.url).pathname}`)
  if (res.status !== 200) throw new Error(`download of ${record.url} answered ${res.status}`)
  const file = path.join(dir, record.fileName)
  writeFileSync(file, Buffer.from(await res.arrayBuffer()))
  return { file, record }
}

export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

export function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']))
}

/**
 * The whole text in the order it is drawn (pdftotext -raw), the order a viewer's search reads:
 * quotes and callouts in the side column stay whole, where -layout interleaves them line by line
 * with the text column beside them and the default mode can cut one with a nearby heading.
 */
export const readingText = (file: string, page?: number) =>
  run('pdftotext', ['-raw', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'])

/**
 * Text as a reader's search matches it: no whitespace (Thai has no spaces and lines break anywhere),
 * no hyphens (a hyphenated line end is not part of the word), typographic quotes as typed ones.
 * Apply to both sides of a comparison.
 */
export const squash = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00AD\u2060-]+/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')

export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  )
}

export function fonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' }
    })
}

/** The outline (bookmarks) titles and the catalog's /Lang, read with qpdf's JSON views. */
export function outlineAndLang(file: string): { titles: string[]; lang?: string } {
  const outlines = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])).outlines ?? []
  const titles: string[] = []
  const walk = (items: any[]) => {
    for (const item of items) {
      titles.push(item.title)
      walk(item.kids ?? [])
    }
  }
  walk(outlines)
  const objects = JSON.parse(run('qpdf', ['--json=1', '--json-key=objects', file])).objects
  const catalog = objects[objects.trailer['/Root']]
  return { titles, lang: catalog?.['/Lang'] }
}

/** Images as pdfimages lists them: page, pixel size and effective resolution. */
export function images(file: string): { page: number; width: number; height: number; ppi: number }[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const c = line.trim().split(/\s+/)
      return { page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), ppi: Math.max(Number(c[12]), Number(c[13])) }
    })
}

/** Alternative texts of the tagged PDF's Figure structure elements, read with qpdf. */
export function figureAlts(file: string): string[] {
  const objects = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])).qpdf[1] as Record<string, { value?: Record<string, unknown> }>
  return Object.values(objects)
    .map((o) => o.value)
    .filter((v): v is Record<string, string> => Boolean(v && typeof v === 'object' && v['/S'] === '/Figure' && typeof v['/Alt'] === 'string'))
    .map((v) => v['/Alt'].replace(/^u:/, '').normalize('NFC'))
}
