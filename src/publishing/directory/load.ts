// Stage 1 of a directory: read the published services once (every locale, never their location),
// then make the plain document of one country in one language.
import type { Payload } from 'payload'
import { verificationOverdue, verifiedSince } from '../../access/services'
import type { DirectoryCountry, ServiceType } from '../../fields/options'
import type { LocaleCode } from '../../i18n/locales'
import { defaultLocale } from '../../i18n/locales'
import { unapprovedIn } from '../load'
import type { Id } from '../document'
import type { DirectoryDocument, DirectoryService } from './document'

type Localized = Record<string, string | null | undefined> | null | undefined

/** A published service as read for printing: every locale of its texts, and nothing of its location. */
export interface ServiceSource {
  id: Id
  slug: string
  country: DirectoryCountry
  name: Localized
  areaServed: Localized
  description: Localized
  serviceTypes: ServiceType[]
  serves?: { groups?: string[] | null; nationalities?: string[] | null; languages?: string[] | null; minimumAge?: number | null; maximumAge?: number | null } | null
  referral?: { phone?: string | null; hours?: Localized; requirements?: Localized; steps?: { step?: Localized }[] | null; cost?: string | null } | null
  lastVerified: string
  fictitious?: boolean | null
  translation?: Record<string, { status?: string | null } | null> | null
}

/** Every published service. The select leaves out `location`, so no address ever enters the pipeline. */
export async function readServiceSources(payload: Payload): Promise<ServiceSource[]> {
  const found = await payload.find({
    collection: 'services',
    where: { _status: { equals: 'published' } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'slug',
    select: { slug: true, country: true, name: true, areaServed: true, description: true, serviceTypes: true, serves: true, referral: true, lastVerified: true, fictitious: true, translation: { status: true } },
  })
  return found.docs as unknown as ServiceSource[]
}

export function directoryDocument(sources: ServiceSource[], country: DirectoryCountry, locale: LocaleCode, { verificationDays, now = new Date() }: { verificationDays: number; now?: Date }): DirectoryDocument {
  const fallbacks: string[] = []
  const text = (value: Localized, where: string): string => {
    const own = value?.[locale]?.trim().normalize('NFC')
    if (own) return own
    const english = value?.[defaultLocale]?.trim().normalize('NFC') ?? ''
    if (english && locale !== defaultLocale) fallbacks.push(where)
    return english
  }
  const ofCountry = sources.filter((s) => s.country === country)
  const current = ofCountry.filter((s) => !verificationOverdue(s.lastVerified, verificationDays, now))
  const services = current.map((s): DirectoryService => ({
    id: s.id,
    slug: s.slug,
    name: text(s.name, `${s.slug}.name`),
    areaServed: text(s.areaServed, `${s.slug}.areaServed`),
    description: text(s.description, `${s.slug}.description`),
    serviceTypes: s.serviceTypes ?? [],
    groups: s.serves?.groups ?? [],
    nationalities: s.serves?.nationalities ?? [],
    languages: s.serves?.languages ?? [],
    minimumAge: s.serves?.minimumAge ?? undefined,
    maximumAge: s.serves?.maximumAge ?? undefined,
    phone: s.referral?.phone ?? '',
    hours: text(s.referral?.hours, `${s.slug}.referral.hours`),
    requirements: text(s.referral?.requirements, `${s.slug}.referral.requirements`) || undefined,
    steps: (s.referral?.steps ?? []).map((row, i) => text(row.step, `${s.slug}.referral.steps.${i + 1}`)).filter(Boolean),
    cost: s.referral?.cost ?? 'free',
    lastVerified: String(s.lastVerified).slice(0, 10),
    fictitious: Boolean(s.fictitious),
  }))
  services.sort((a, b) => a.name.localeCompare(b.name, locale))
  const unapproved: string[] = []
  for (const s of current) unapprovedIn(locale, `service ${s.slug}`, s as unknown as Record<string, unknown>, unapproved)
  return {
    country,
    locale,
    services,
    unapproved,
    leftOut: ofCountry.filter((s) => !current.includes(s)).map((s) => s.slug),
    verifiedSince: verifiedSince(verificationDays, now),
    fallbacks,
  }
}
