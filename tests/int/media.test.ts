// Uploads are re-encoded without metadata: no EXIF, GPS or XMP in the original or any rendition.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it, inject } from 'vitest'
import { api } from '../helpers/api'
import { mediaForm } from '../helpers/fixtures'

async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#aa5533' } })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Secret Model', Artist: 'Interviewer Name', Copyright: 'nobody' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '100/1 30/1 0/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Person</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .jpeg()
    .toBuffer()
}

describe('media uploads', () => {
  it('strips EXIF, GPS and XMP from the stored image and every rendition', async () => {
    const photo = await photoWithGps()
    const before = await sharp(photo).metadata()
    expect(before.exif).toBeDefined()
    expect(before.xmp).toBeDefined()

    const res = await api('editor', '/api/media', { method: 'POST', form: await mediaForm('Shelter garden', photo, 'garden.jpg', 'image/jpeg') })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc
    const files = [doc.filename, doc.sizes.thumbnail.filename, doc.sizes.print.filename].filter(Boolean)
    expect(files.length).toBe(3)
    const dir = inject('mediaDir')
    for (const file of files) {
      expect(readdirSync(dir)).toContain(file)
      const bytes = readFileSync(path.join(dir, file))
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, file).toBeUndefined()
      expect(meta.xmp, file).toBeUndefined()
      expect(meta.iptc, file).toBeUndefined()
      expect(bytes.includes(Buffer.from('Secret Model'))).toBe(false)
      expect(bytes.includes(Buffer.from('Interviewer Name'))).toBe(false)
    }
    // Served over HTTP as stored.
    const served = await fetch(doc.url.replace(/^http:\/\/localhost:\d+/, inject('baseUrl')))
    expect(served.status).toBe(200)
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined()
    await api('admin', `/api/media/${doc.id}`, { method: 'DELETE' })
  })

  it('requires alt text', async () => {
    const res = await api('editor', '/api/media', { method: 'POST', form: await mediaForm('') })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/alt/)
  })
})
