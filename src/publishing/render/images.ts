// Prepares images for print with sharp: no wider than their printed width at 300 dpi, JPEG or PNG,
// as data URLs for the HTML. A missing file is a named error.
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import type { GuideDocument } from '../document'
import { PublishingError } from '../errors'

const A4_WIDTH_MM = 210
const TEXT_WIDTH_MM = 170
const mmToPx300 = (mm: number) => Math.round((mm / 25.4) * 300)

export async function prepareImages(doc: GuideDocument): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const [id, image] of Object.entries(doc.images)) {
    const isCover = doc.guide.cover?.file === image.file
    const maxWidth = mmToPx300(isCover ? A4_WIDTH_MM : TEXT_WIDTH_MM)
    let bytes: Buffer
    try {
      bytes = await readFile(image.file)
    } catch (cause) {
      throw new PublishingError('MissingImageFile', `Image ${id} (${image.alt || 'no alt text'}) is missing its file.`, { cause })
    }
    const pipeline = sharp(bytes).rotate().resize({ width: maxWidth, withoutEnlargement: true })
    const { format } = await sharp(bytes).metadata()
    const printable = format === 'png' ? await pipeline.png().toBuffer() : await pipeline.jpeg({ quality: 85 }).toBuffer()
    out[id] = `data:image/${format === 'png' ? 'png' : 'jpeg'};base64,${printable.toString('base64')}`
  }
  return out
}
