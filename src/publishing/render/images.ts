// Prepares images for print with sharp: no wider than their widest printed width at 300 dpi, JPEG
// or PNG, as data URLs for the HTML. A missing file is a named error.
import { readFile, stat } from 'node:fs/promises'
import sharp from 'sharp'
import { blockFields, refId } from '../../blocks/refs'
import type { GuideDocument } from '../document'
import { PublishingError } from '../errors'
import { TEXT_COLUMN_MM } from './typesetting/css'

const A4_WIDTH_MM = 210
const TEXT_WIDTH_MM = 170
/** Print resolution: enough for offset printing, no more (larger only grows the PDF). */
export const PRINT_DPI = 300
const mmToPx = (mm: number) => Math.round((mm / 25.4) * PRINT_DPI)

/** The widest each image is printed: the cover bleeds across the page, figures span the text block or half the text column. */
export function printedWidthsMm(doc: GuideDocument): Map<string, number> {
  const widths = new Map<string, number>()
  const widen = (id: unknown, mm: number) => id !== undefined && id !== null && widths.set(String(id), Math.max(widths.get(String(id)) ?? 0, mm))
  for (const chapter of doc.chapters) {
    for (const figure of blockFields(chapter.body, 'figure')) widen(refId(figure.image), figure.width === 'half' ? TEXT_COLUMN_MM / 2 : TEXT_WIDTH_MM)
  }
  for (const [id, image] of Object.entries(doc.images)) if (doc.guide.cover?.file === image.file) widen(id, A4_WIDTH_MM)
  return widths
}

/**
 * Prepared images by file, version and width: every edition of a guide prints the same cover, and
 * a rebuild after an edit should not redo sharp's work (≈ 0.2 s per edition measured here).
 */
const prepared = new Map<string, string>()
// Prepared images are cached above; libvips' own operation cache would only hold decoded originals.
sharp.cache(false)
const PREPARED_MAX = 64

export async function prepareImages(doc: GuideDocument): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const widths = printedWidthsMm(doc)
  for (const [id, image] of Object.entries(doc.images)) {
    const maxWidth = mmToPx(widths.get(id) ?? TEXT_WIDTH_MM)
    let bytes: Buffer
    let key: string
    try {
      const file = await stat(image.file)
      key = `${image.file}:${file.size}:${file.mtimeMs}:${maxWidth}`
      const hit = prepared.get(key)
      if (hit) {
        out[id] = hit
        continue
      }
      bytes = await readFile(image.file)
    } catch (cause) {
      throw new PublishingError('MissingImageFile', `Image ${id} (${image.alt || 'no alt text'}) is missing its file.`, { cause })
    }
    out[id] = await forPrint(bytes, maxWidth)
    prepared.set(key, out[id])
    if (prepared.size > PREPARED_MAX) prepared.delete(prepared.keys().next().value!)
  }
  return out
}

async function forPrint(bytes: Buffer, maxWidth: number): Promise<string> {
  const pipeline = sharp(bytes).rotate().resize({ width: maxWidth, withoutEnlargement: true })
  const { format } = await sharp(bytes).metadata()
  const printable = format === 'png' ? await pipeline.png().toBuffer() : await pipeline.jpeg({ quality: 85 }).toBuffer()
  return `data:image/${format === 'png' ? 'png' : 'jpeg'};base64,${printable.toString('base64')}`
}
