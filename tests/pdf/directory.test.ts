// The printed directories of services: one per country and locale, public while current, with
// every verified service of the country, referral details, true page numbers, embedded fonts,
// tags and bookmarks, and never a location detail or a service not verified recently. An
// editor's change reaches the directory through the publishing queue.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { api, baseUrl } from '../helpers/api'
import { runScript } from '../helpers/scripts'
import { fonts, outlineAndLang, pageTexts, pdfInfo, readingText, run, squash } from '../helpers/pdf'

const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-directory-'))
const countries = ['AU', 'ID', 'MY', 'PH', 'TH', 'VN']
const locales = ['en', 'id', 'ms', 'vi', 'th']

interface Service {
  id: number
  slug: string
  country: string
  name: string
  verificationOverdue: boolean
  referral: { phone: string }
  location?: { address?: string; notes?: string }
}

let services: Service[] = []
let secrets: string[] = []

async function currentDirectory(country: string, locale: string) {
  const res = await api('public', `/api/directory-editions?where[country][equals]=${country}&where[locale][equals]=${locale}&depth=0`)
  expect(res.status).toBe(200)
  expect(res.body.docs.length, `${country} ${locale}`).toBe(1)
  return res.body.docs[0]
}

async function download(record: any): Promise<string> {
  expect(record.url).toMatch(/\/publications\/directories\/[a-z]{2}\/directory-[a-z]{2}-[a-z]{2}-[0-9a-f]{12}\.pdf$/)
  const res = await fetch(`${baseUrl()}${new URL(record.url).pathname}`)
  expect(res.status, record.url).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  const file = path.join(dir, record.fileName)
  writeFileSync(file, Buffer.from(await res.arrayBuffer()))
  return file
}

beforeAll(async () => {
  services = (await api('editor', '/api/services?limit=100&depth=0&locale=all')).body.docs
  secrets = services.flatMap((s) => [s.location?.address, s.location?.notes]).filter((v): v is string => Boolean(v && v.length > 8))
})

describe('printed directories of services', () => {
  it('exist for every country in every locale, and only current ones are listed publicly', async () => {
    const res = await api('public', '/api/directory-editions?limit=100&depth=0')
    expect(res.status).toBe(200)
    const keys = res.body.docs.map((d: any) => `${d.country}:${d.locale}`).sort()
    expect(keys).toEqual(countries.flatMap((c) => locales.map((l) => `${c}:${l}`)).sort())
    for (const doc of res.body.docs) {
      expect(doc.status).toBe('current')
      expect(doc).not.toHaveProperty('leftOut')
      expect(doc).not.toHaveProperty('contentHash')
    }
  })

  it.each(countries.flatMap((c) => [[c, 'en'], [c, 'th']]))('%s in %s lists every verified service with its phone, and no location or unverified service', async (country, locale) => {
    const file = await download(await currentDirectory(country, locale))
    const text = squash(readingText(file))
    const ofCountry = services.filter((s) => s.country === country)
    expect(ofCountry.length).toBeGreaterThanOrEqual(2)
    for (const s of ofCountry) {
      const name = squash((s.name as unknown as Record<string, string>)[locale])
      if (s.verificationOverdue) expect(text, `${s.slug} is overdue`).not.toContain(name)
      else {
        expect(text, s.slug).toContain(name)
        expect(text).toContain(squash(s.referral.phone))
      }
    }
    for (const secret of secrets) expect(text).not.toContain(squash(secret))
    // The raw file too: no address in metadata, bookmarks or an unextracted text layer.
    expect(run('strings', [file]).includes(secrets[0].slice(0, 20))).toBe(false)
  })

  it('numbers its contents with the pages the sections start on, with fonts embedded, tags, bookmarks and the language', async () => {
    for (const locale of locales) {
      const record = await currentDirectory('TH', locale)
      const file = await download(record)
      const info = pdfInfo(file)
      expect(info['Page size']).toMatch(/\(A5\)/)
      expect(info.Tagged).toBe('yes')
      for (const font of fonts(file)) expect(font.embedded, `${locale}: ${font.name}`).toBe(true)
      const { titles, lang } = outlineAndLang(file)
      expect(lang).toBe(locale)
      const pages = pageTexts(file, record.pages)
      const tocPage = pages.findIndex((p) => p.split('\n').filter((l) => /\S\s+\d+\s*$/.test(l)).length >= 2)
      expect(tocPage, locale).toBeGreaterThan(0)
      const entries = pages[tocPage].split('\n').filter((l) => /\S\s+\d+\s*$/.test(l))
      for (const line of entries) {
        const [, title, number] = /^\s*(.*?)\s*\.*\s+(\d+)\s*$/.exec(line)!
        expect(titles.map(squash), `${locale}: bookmark for ${title}`).toContain(squash(title))
        // The section's heading is on that page, below the running head (which is the directory's title).
        const page = squash(pages[Number(number) - 1].split('\n').filter((l) => l.trim()).slice(1).join(''))
        expect(page, `${locale}: ${title} on page ${number}`).toContain(squash(title))
      }
    }
  })

  it('says on its title page that the demo services are invented', async () => {
    const file = await download(await currentDirectory('ID', 'en'))
    expect(readingText(file, 1)).toMatch(/invented/i)
  })
})

describe('an editor changing a service', () => {
  it('rebuilds the country directory through the queue: an unpublished service leaves it, and the old file is gone', async () => {
    const target = services.find((s) => s.country === 'VN' && !s.verificationOverdue)!
    const before = await currentDirectory('VN', 'en')
    const unpublish = await api('editor', `/api/services/${target.id}`, { method: 'PATCH', json: { _status: 'draft' } })
    expect(unpublish.status).toBe(200)
    try {
      const ran = await api('editor', '/api/payload-jobs/run?queue=publishing&limit=10')
      expect(ran.status).toBe(200)
      const after = await currentDirectory('VN', 'en')
      expect(after.id).not.toBe(before.id)
      const text = squash(readingText(await download(after)))
      expect(text).not.toContain(squash((target.name as unknown as Record<string, string>).en))
      const old = await fetch(`${baseUrl()}${new URL(before.url).pathname}`)
      expect(old.status).toBe(410)
    } finally {
      await api('editor', `/api/services/${target.id}`, { method: 'PATCH', json: { _status: 'published' } })
      await api('editor', '/api/payload-jobs/run?queue=publishing&limit=10')
    }
    const restored = squash(readingText(await download(await currentDirectory('VN', 'en'))))
    expect(restored).toContain(squash((target.name as unknown as Record<string, string>).en))
  })
})

describe('the publishing gate', () => {
  it('refuses a directory whose translation is not approved when the language must be complete, and keeps the current one', async () => {
    const before = await currentDirectory('TH', 'th')
    // The demo translations wait for review: with only English allowed incomplete, the Thai directory may not be replaced.
    const run = runScript('publish', ['--country', 'TH', '--locale', 'th', '--force'], { ...inject('testEnv'), PUBLISH_INCOMPLETE_LOCALES: 'en' })
    expect(run.status).toBe(1)
    expect(run.stdout + run.stderr).toMatch(/translation of the directory is not complete \(service [a-z0-9-]+: needs-review/)
    expect((await currentDirectory('TH', 'th')).id).toBe(before.id)
    const failed = await api('editor', '/api/directory-editions?where[status][equals]=failed&where[country][equals]=TH&depth=0&limit=1&sort=-builtAt')
    expect(failed.body.docs[0].error).toMatch(/PUBLISH_INCOMPLETE_LOCALES/)
  }, 120_000)
})
