// Survivor safety for printed files. An edition that printed a quote which may no longer be
// printed (consent withdrawn or pending, unpublished, trashed, deleted) is taken down at once:
// its record stops being current, every file that printed the quote is deleted from disk, and
// the guide is queued for a rebuild without it. Decided from what each edition recorded it
// printed, never from a hook's doc/previousDoc (the latest version may be a translator's draft).
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { onlineConsent, printableConsent } from '../fields/options'
import type { LocaleCode } from '../i18n/locales'
import type { Id } from './document'
import type { PressRecord } from './pressStage'

/** An edition taken down because of a quote; what a webhook may say of it (never the quote's text). */
export interface WithdrawnEdition {
  publication: Id
  guide: Id | null
  /** Set for a facilitator guide's edition (its practitioner guide is then null). */
  facilitatorGuide: Id | null
  locale: LocaleCode
  /** The record was the current edition (not an archived one). */
  wasCurrent: boolean
}

interface PrintedRecord {
  id: Id
  guide?: Id | null
  facilitatorGuide?: Id | null
  locale: LocaleCode
  status: string
  fileName?: string | null
  printedQuotes?: unknown
  press?: unknown
}

const key = (id: unknown) => String(id)

/** Of `ids`, the quotes that may be printed now (published, consent granted or print-only, not trashed). */
export const printableQuotes = (payload: Payload, ids: Id[], req?: Partial<PayloadRequest>) => quotesWithConsent(payload, ids, printableConsent, req)

/** Of `ids`, the quotes that may be shown online now (published, consent granted, not trashed). */
export const onlineQuotes = (payload: Payload, ids: Id[], req?: Partial<PayloadRequest>) => quotesWithConsent(payload, ids, onlineConsent, req)

async function quotesWithConsent(payload: Payload, ids: Id[], consents: readonly string[], req?: Partial<PayloadRequest>): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = await payload.find({
    collection: 'quotes',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }, { consent: { in: [...consents] } }] },
    draft: false,
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { slug: true },
    req,
  })
  return new Set(found.docs.map((q) => key(q.id)))
}

/** Every publication whose PDF may still be on disk, with the quotes it printed. */
async function recordsWithFiles(payload: Payload, req?: Partial<PayloadRequest>): Promise<PrintedRecord[]> {
  const found = await payload.find({
    collection: 'publications',
    where: { and: [{ fileName: { exists: true } }, { fileRemovedAt: { exists: false } }] },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { guide: true, facilitatorGuide: true, locale: true, status: true, fileName: true, printedQuotes: true, press: true },
    req,
  })
  return found.docs as unknown as PrintedRecord[]
}

/**
 * A record's printed quotes, or undefined when it was built before guidepress recorded them
 * (such a file's contents are unknown and must be treated as possibly containing any quote).
 */
const printedBy = (record: PrintedRecord): string[] | undefined => (Array.isArray(record.printedQuotes) ? record.printedQuotes.map(key) : undefined)

/** File names of a record's press edition (interior and cover), whatever shape the stored JSON has. */
function pressFileNames(press: unknown): string[] {
  const record = press as Partial<PressRecord> | null | undefined
  return [record?.interior?.fileName, record?.cover?.fileName].filter((name): name is string => typeof name === 'string')
}

/** Deletes a publication's file wherever it lies below the publications folder (one folder per guide). */
async function deleteFile(publicationsDir: string, fileName: string): Promise<void> {
  if (fileName.includes('/') || fileName.includes('\\') || fileName.startsWith('.')) return
  const folders = await readdir(publicationsDir, { withFileTypes: true }).catch(() => [])
  await Promise.all(folders.filter((f) => f.isDirectory()).map((f) => rm(path.join(publicationsDir, f.name, fileName), { force: true })))
}

/** Takes down the given records: current ones become withdrawn, every file is deleted, the records say when. */
async function takeDown(payload: Payload, records: PrintedRecord[], publicationsDir: string, req?: Partial<PayloadRequest>): Promise<WithdrawnEdition[]> {
  if (records.length === 0) return []
  const now = new Date().toISOString()
  const current = records.filter((r) => r.status === 'current').map((r) => r.id)
  // The record first, so the file is no longer served even before it is gone from disk.
  if (current.length) {
    await payload.update({
      collection: 'publications',
      where: { id: { in: current } },
      data: { status: 'withdrawn', error: `Withdrawn ${now}: it printed a survivor quote that may no longer be printed. A new edition is being built without it.` } as never,
      overrideAccess: true,
      depth: 0,
      select: { status: true },
      req,
    })
  }
  // The screen edition and its press edition (interior and cover) printed the same quotes.
  for (const record of records) for (const name of [record.fileName, ...pressFileNames(record.press)]) if (name) await deleteFile(publicationsDir, name)
  await payload.update({
    collection: 'publications',
    where: { id: { in: records.map((r) => r.id) } },
    data: { fileRemovedAt: now } as never,
    overrideAccess: true,
    depth: 0,
    select: { status: true },
    req,
  })
  return records.map((r) => ({ publication: r.id, guide: r.guide ?? null, facilitatorGuide: r.facilitatorGuide ?? null, locale: r.locale, wasCurrent: r.status === 'current' }))
}

/** Takes down every edition, current or archived, that printed any of `quoteIds`. */
export async function withdrawEditionsPrinting(payload: Payload, quoteIds: Id[], publicationsDir: string, req?: Partial<PayloadRequest>): Promise<WithdrawnEdition[]> {
  const wanted = new Set(quoteIds.map(key))
  const records = (await recordsWithFiles(payload, req)).filter((r) => printedBy(r)?.some((id) => wanted.has(id)))
  return takeDown(payload, records, publicationsDir, req)
}

/**
 * The backstop behind the hooks: takes down every edition on disk that printed a quote which may
 * no longer be printed, whatever route the change took (a race with a running build, a write
 * that bypassed Payload, a crash between two steps). Archived files of unknown contents (built
 * before guidepress recorded printed quotes) are deleted too; a current one is withdrawn and rebuilt.
 */
export async function withdrawUnprintableEditions(payload: Payload, publicationsDir: string): Promise<WithdrawnEdition[]> {
  const records = await recordsWithFiles(payload)
  const printed = [...new Set(records.flatMap((r) => printedBy(r) ?? []))]
  const printable = await printableQuotes(payload, printed)
  const offending = records.filter((r) => {
    const quotes = printedBy(r)
    return quotes === undefined || quotes.some((id) => !printable.has(id))
  })
  return takeDown(payload, offending, publicationsDir)
}
