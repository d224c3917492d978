// The press edition as a stage of an edition: printed from the same document as the screen
// edition, stored beside it under names no public route serves, and described for the edition's
// record, which a withdrawal reads to delete these files too.
import { createHash } from 'node:crypto'
import type { GuideDocument } from './document'
import type { Printer } from './print'
import { pressEdition, type PressSettings } from './press'
import { removeStoredPdf, storePdf, type StoredFile } from './store'

/** What the edition's record keeps of its press edition (staff read it; the files are for editors). */
export interface PressRecord {
  interior: StoredFile
  cover: StoredFile
  pages: number
  spineMm: number
  /** Content hash and press settings it was made from: unchanged, it is not made again. */
  key: string
}

/** The press edition depends on the content and on the press settings (paper, profile, bleed). */
export const pressKey = (contentHash: string, settings: PressSettings): string =>
  createHash('sha256').update(contentHash).update(JSON.stringify(settings)).digest('hex')

export async function makePressEdition(
  { doc, imageData, printer, settings, publicationsDir, contentHash, timeoutMs, signal }: { doc: GuideDocument; imageData: Record<string, string>; printer: Printer; settings: PressSettings; publicationsDir: string; contentHash: string; timeoutMs?: number; signal?: AbortSignal },
): Promise<{ record: PressRecord; warnings: string[]; timings: Record<string, number> }> {
  const made = await pressEdition({ doc, imageData, printer, settings, timeoutMs, signal })
  const interior = await storePdf(made.pdf, publicationsDir, doc.guide.slug, `${doc.locale}-press`)
  const cover = await storePdf(made.cover, publicationsDir, doc.guide.slug, `${doc.locale}-press-cover`).catch(async (error) => {
    await removeStoredPdf(publicationsDir, interior.relativePath)
    throw error
  })
  return {
    record: { interior, cover, pages: made.pages, spineMm: made.spineMm, key: pressKey(contentHash, settings) },
    warnings: made.warnings.map((w) => `Press edition: ${w}`),
    timings: made.timings,
  }
}

/** Removes a press edition's files that never became part of a current edition. */
export async function removePressFiles(publicationsDir: string, record: PressRecord | undefined): Promise<void> {
  if (!record) return
  await removeStoredPdf(publicationsDir, record.interior.relativePath)
  await removeStoredPdf(publicationsDir, record.cover.relativePath)
}
