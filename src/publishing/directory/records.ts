// The printed directories' records in Payload (collection directory-editions): which is current
// for a country in a locale, a new one made current, a failure, a directory retired.
import type { Payload, Where } from 'payload'
import type { DirectoryCountry } from '../../fields/options'
import type { LocaleCode } from '../../i18n/locales'
import type { Id } from '../document'
import { PublishingError } from '../errors'
import { inTransaction } from '../records'

export interface DirectoryRecord {
  id: Id
  country: DirectoryCountry
  locale: LocaleCode
  contentHash?: string
  fileName?: string
  url?: string
  pages?: number
  bytes?: number
  tocPages?: Record<string, number>
}

/** Current directories, by "<country>:<locale>". */
export async function currentDirectories(payload: Payload): Promise<Map<string, DirectoryRecord>> {
  const found = await payload.find({ collection: 'directory-editions', where: { status: { equals: 'current' } }, sort: '-builtAt', pagination: false, depth: 0, overrideAccess: true })
  const current = new Map<string, DirectoryRecord>()
  for (const doc of found.docs as unknown as DirectoryRecord[]) if (!current.has(`${doc.country}:${doc.locale}`)) current.set(`${doc.country}:${doc.locale}`, doc)
  return current
}

const others = (country: DirectoryCountry, locale: LocaleCode, except?: Id): Where => ({
  and: [{ country: { equals: country } }, { locale: { equals: locale } }, { status: { equals: 'current' } }, ...(except === undefined ? [] : [{ id: { not_equals: except } }])],
})

/** The new directory becomes current and every other current one of its country and locale superseded, in one transaction. */
export async function recordCurrentDirectory(payload: Payload, data: Record<string, unknown> & { country: DirectoryCountry; locale: LocaleCode }): Promise<void> {
  await inTransaction(payload, async (req) => {
    const created = await payload.create({ req, collection: 'directory-editions', overrideAccess: true, depth: 0, select: { status: true }, data: { ...data, status: 'current' } as never })
    await payload.update({ req, collection: 'directory-editions', where: others(data.country, data.locale, created.id), overrideAccess: true, depth: 0, select: { status: true }, data: { status: 'superseded' } })
  })
}

/** No verified service is left for the country: its current directory is no longer served. */
export async function retireDirectory(payload: Payload, country: DirectoryCountry, locale: LocaleCode): Promise<number> {
  const retired = await payload.update({ collection: 'directory-editions', where: others(country, locale), overrideAccess: true, depth: 0, select: { status: true }, data: { status: 'retired' } })
  return retired.docs.length
}

export async function recordDirectoryFailure(payload: Payload, country: DirectoryCountry, locale: LocaleCode, cause: Error): Promise<void> {
  const hint = cause instanceof PublishingError ? ` ${cause.hint}` : ''
  await payload
    .create({ collection: 'directory-editions', overrideAccess: true, data: { country, locale, status: 'failed', builtAt: new Date().toISOString(), error: `${cause.message}${hint}` } as never })
    .catch(() => undefined)
}
