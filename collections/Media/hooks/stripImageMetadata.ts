import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/**
 * Re-encodes every uploaded image before Payload stores it, so EXIF, GPS, XMP and IPTC metadata
 * never reach the disk (the original included). Orientation is applied to the pixels first.
 */
export const stripImageMetadata: CollectionBeforeOperationHook = async ({ args, operation }) => {
  const file = args.req?.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data) return args
  try {
    const image = sharp(file.data, { failOn: 'error' })
    const { format } = await image.metadata()
    if (!format || !['jpeg', 'png', 'webp'].includes(format)) throw new Error(`unsupported format ${format}`)
    file.data = await image.rotate().toFormat(format as 'jpeg' | 'png' | 'webp').toBuffer()
    file.size = file.data.length
  } catch {
    throw new APIError(`"${file.name}" is not a readable JPEG, PNG or WebP image. Upload a photo or graphic in one of those formats.`, 400, null, true)
  }
  return args
}
