// Legal instruments and glossary terms shared by the whole series.
import type { Payload } from 'payload'
import type { LibraryContent } from './content/schema'
import { createInAllLocales, withRowIds } from './localized'

export async function seedLibrary(payload: Payload, library: LibraryContent): Promise<Map<string, number | string>> {
  const instrumentIds = new Map<string, number | string>()
  for (const item of library.instruments) {
    const { doc } = await createInAllLocales(payload, 'legal-instruments', { slug: { equals: item.slug } }, (locale, created) => {
      const articles = withRowIds(item.articles.map((a) => ({ number: a.number, summary: a.summary[locale] })), created, 'articles')
      return created
        ? { name: item.name[locale], articles }
        : { slug: item.slug, name: item.name[locale], shortName: item.shortName, year: item.year, scope: item.scope, articles }
    })
    instrumentIds.set(item.slug, doc.id)
  }
  for (const term of library.glossary) {
    await createInAllLocales(payload, 'glossary-terms', { slug: { equals: term.slug } }, (locale, created) =>
      created ? { term: term.term[locale], definition: term.definition[locale] } : { slug: term.slug, term: term.term[locale], definition: term.definition[locale] },
    )
  }
  return instrumentIds
}
