// Small valid documents per collection, and a real PNG, for tests that create things.
import sharp from 'sharp'

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`

export async function png(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#336699' } }).png().toBuffer()
}

export async function mediaForm(alt = 'Test image', file?: Buffer, name = 'test.png', type = 'image/png'): Promise<FormData> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file ?? (await png()))], { type }), name)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

/** A valid new document for each collection (except media, which is a form upload). */
export function newDoc(collection: string, refs: { guideId: number | string }): Record<string, unknown> {
  const slug = unique('t')
  switch (collection) {
    case 'guides':
      return { slug, seriesNumber: 50 + (counter % 40), title: 'Test guide', year: 2025, phase: 'two' }
    case 'chapters':
      return { slug, guide: refs.guideId, order: 900, part: 'other', title: 'Test chapter' }
    case 'quotes':
      return { slug, text: 'A test quote.', attribution: 'Test attribution', consent: 'granted' }
    case 'exercises':
      return { slug, title: 'Test exercise', kind: 'reflection', notepadLines: 4 }
    case 'legal-instruments':
      return { slug, name: 'Test instrument', shortName: 'TI', year: 2020, scope: 'national' }
    case 'glossary-terms':
      return { slug, term: 'Test term', definition: 'A test definition.' }
    case 'users':
      return { email: `${slug}@example.org`, password: 'a-long-test-password', roles: ['translator'], languages: ['th'] }
    default:
      throw new Error(`no fixture for ${collection}`)
  }
}
