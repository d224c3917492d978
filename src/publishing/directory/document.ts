// The plain data a printed directory of services is made from: one country in one language.
// No location detail is ever part of it: the loader does not read the `location` group at all.
import type { DirectoryCountry, ServiceType } from '../../fields/options'
import type { LocaleCode } from '../../i18n/locales'
import type { Id } from '../document'

export interface DirectoryService {
  id: Id
  slug: string
  name: string
  areaServed: string
  description: string
  serviceTypes: ServiceType[]
  groups: string[]
  /** ISO 3166-1 codes; empty: any nationality. */
  nationalities: string[]
  languages: string[]
  minimumAge?: number
  maximumAge?: number
  phone: string
  hours: string
  requirements?: string
  steps: string[]
  cost: string
  /** YYYY-MM-DD */
  lastVerified: string
  fictitious: boolean
}

export interface DirectoryDocument {
  country: DirectoryCountry
  locale: LocaleCode
  /** Published services of the country verified since `verifiedSince`, by name. */
  services: DirectoryService[]
  /** Published services left out because their last check is older than `verifiedSince` (slugs, for the record). */
  leftOut: string[]
  verifiedSince: string
  /** Fields printed in English because this language has no text yet ("<slug>.<field>"). */
  fallbacks: string[]
  /** Listed services whose translation into this language is not approved ("service <slug>: <status>"). */
  unapproved: string[]
}
