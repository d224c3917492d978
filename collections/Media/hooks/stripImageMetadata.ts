import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { userIsEditor } from '../../../src/access/roles'
import { GuidepressError } from '../../../src/errors'

/**
 * Re-encodes every uploaded image before Payload stores it, so EXIF, GPS, XMP and IPTC metadata
 * never reach the disk (the original included). Orientation is applied to the pixels first.
 */
export const stripImageMetadata: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  // Access is checked after this hook: never spend work on uploads from people who may not upload.
  if ((operation !== 'create' && operation !== 'update') || !file?.data || !userIsEditor(req.user)) return args
  try {
    const image = sharp(file.data, { failOn: 'error' })
    const { format } = await image.metadata()
    if (!format || !['jpeg', 'png', 'webp'].includes(format)) throw new Error(`unsupported format ${format}`)
    file.data = await image.rotate().toFormat(format as 'jpeg' | 'png' | 'webp').toBuffer()
    file.size = file.data.length
  } catch {
    throw new GuidepressError(`"${file.name}" is not a readable JPEG, PNG or WebP image. Upload a photo or graphic in one of those formats.`, 400, 'file')
  }
  return args
}
