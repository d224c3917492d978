// The demo directory of services: invented providers in the six member countries, every one
// marked fictitious. Their (invented) addresses go into the editors-only location group.
import type { Payload } from 'payload'
import type { ServiceContent } from './content/schema'
import { createInAllLocales, withRowIds } from './localized'

export async function seedServices(payload: Payload, services: ServiceContent[]): Promise<number> {
  let created = 0
  for (const service of services) {
    const result = await createInAllLocales(payload, 'services', { slug: { equals: service.slug } }, (locale, first) => {
      const localized = {
        name: service.name[locale],
        areaServed: service.areaServed[locale],
        description: service.description[locale],
        referral: {
          hours: service.referral.hours[locale],
          requirements: service.referral.requirements[locale],
          steps: withRowIds(service.referral.steps.map((step) => ({ step: step[locale] })), (first?.referral ?? undefined) as never, 'steps'),
        },
      }
      if (first) return localized
      return {
        ...localized,
        slug: service.slug,
        country: service.country,
        serviceTypes: service.serviceTypes,
        serves: service.serves,
        referral: { ...localized.referral, phone: service.referral.phone, cost: service.referral.cost },
        lastVerified: service.lastVerified,
        fictitious: true,
        location: service.location,
        _status: 'published',
      }
    })
    if (result.created) created += 1
  }
  return created
}
