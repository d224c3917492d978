// Seeds the benchmark's scale corpus: N guides whose chapters repeat a demo guide's chapters R
// times, in every locale. Run by bench/publish.ts in its own process, so the memory Payload keeps
// after writing thousands of large documents is not counted as the publishing pipeline's.
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { guides: { type: 'string' }, repeat: { type: 'string' }, from: { type: 'string' } } })
const { getPayload } = await import('payload')
const config = (await import('../payload.config')).default
const { seedContext } = await import('../src/seed/localized')
const { localeCodes } = await import('../src/i18n/locales')

const payload = await getPayload({ config })
const source = (await payload.find({ collection: 'guides', where: { slug: { equals: values.from } }, depth: 0 })).docs[0]
const demo = (await payload.find({ collection: 'chapters', where: { guide: { equals: source.id } }, depth: 0, locale: 'all', sort: 'order', limit: 20 })).docs as any[]
const repeat = Number(values.repeat)
const translated = localeCodes.filter((l) => l !== 'en')
for (let g = 1; g <= Number(values.guides); g++) {
  const created = await payload.create({ collection: 'guides', locale: 'en', context: seedContext, data: { slug: `scale-${g}`, seriesNumber: 20 + g, title: `Scale guide ${g}`, year: 2026, phase: 'two', _status: 'published' } as never })
  for (const locale of translated) await payload.update({ collection: 'guides', id: created.id, locale, context: seedContext, data: { title: `Scale guide ${g} (${locale})` } as never })
  for (const [i, c] of demo.entries()) {
    const body = (locale: string) => ({ root: { ...c.body[locale].root, children: Array.from({ length: repeat }, () => c.body[locale].root.children).flat() } })
    const ch = await payload.create({ collection: 'chapters', locale: 'en', context: seedContext, data: { guide: created.id, slug: `${c.slug}`, order: (i + 1) * 10, part: c.part, title: c.title.en, body: body('en'), _status: 'published' } as never })
    for (const locale of translated) await payload.update({ collection: 'chapters', id: ch.id, locale, context: seedContext, data: { title: c.title[locale], body: body(locale) } as never })
  }
}
process.exit(0)
