// What a /delivery/v1 request asks for, parsed once for both the Express fast path and the Next
// handler: route, slug, locale (from ?locale=, else Accept-Language, else English) and cache key.
import Negotiator from 'negotiator'
import { defaultLocale, isLocaleCode, localeCodes, type LocaleCode } from '../i18n/locales'

export const DELIVERY_BASE = '/delivery/v1'

export type DeliveryRoute = 'guides' | 'guide' | 'glossary' | 'legal-instruments' | 'openapi'

export interface DeliveryProblem {
  status: number
  code: string
  message: string
}

export interface DeliveryRequest {
  route: DeliveryRoute
  slug?: string
  locale: LocaleCode
  /** How the locale was chosen, said in the response (Content-Language and the body's `locale`). */
  localeFrom: 'query' | 'accept-language' | 'default'
  /** The cache key of the answer: route, slug and locale. */
  key: string
  /** Keys a CDN can purge by. */
  surrogateKeys: string[]
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/

export function problem(status: number, code: string, message: string): DeliveryProblem {
  return { status, code, message }
}

/** The one error shape of the API, as sent. */
export const problemBody = ({ status, code, message }: DeliveryProblem): string => JSON.stringify({ error: { status, code, message } })

function routeOf(pathname: string): { route: DeliveryRoute; slug?: string } | DeliveryProblem {
  const rest = pathname.startsWith(DELIVERY_BASE) ? pathname.slice(DELIVERY_BASE.length).replace(/\/+$/, '') : pathname
  if (rest === '/guides') return { route: 'guides' }
  if (rest === '/glossary') return { route: 'glossary' }
  if (rest === '/legal-instruments') return { route: 'legal-instruments' }
  if (rest === '/openapi.json') return { route: 'openapi' }
  const guide = /^\/guides\/([^/]+)$/.exec(rest)
  if (guide) {
    const slug = decodeURIComponent(guide[1])
    if (!SLUG.test(slug)) return problem(404, 'GuideNotFound', `"${slug.slice(0, 100)}" is not a guide slug (lower-case letters, digits and hyphens). GET ${DELIVERY_BASE}/guides lists the series.`)
    return { route: 'guide', slug }
  }
  return problem(404, 'NotFound', `No such resource: ${pathname.slice(0, 200)}. The API is described at ${DELIVERY_BASE}/openapi.json.`)
}

function localeOf(search: URLSearchParams, acceptLanguage: string | null | undefined): Pick<DeliveryRequest, 'locale' | 'localeFrom'> | DeliveryProblem {
  const asked = search.getAll('locale')
  if (asked.length > 1) return problem(400, 'UnknownLocale', `Give one locale, not ${asked.length}. Use one of: ${localeCodes.join(', ')}.`)
  if (asked.length === 1) {
    if (!isLocaleCode(asked[0])) return problem(400, 'UnknownLocale', `Unknown locale "${asked[0].slice(0, 20)}". Use one of: ${localeCodes.join(', ')}.`)
    return { locale: asked[0], localeFrom: 'query' }
  }
  const negotiated = acceptLanguage ? new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...localeCodes]) : undefined
  return negotiated && acceptLanguage?.trim() !== '*' ? { locale: negotiated as LocaleCode, localeFrom: 'accept-language' } : { locale: defaultLocale, localeFrom: 'default' }
}

export function parseDeliveryRequest(pathname: string, search: URLSearchParams, acceptLanguage: string | null | undefined): DeliveryRequest | DeliveryProblem {
  const target = routeOf(pathname)
  if ('status' in target) return target
  if (target.route === 'openapi') return { route: 'openapi', locale: defaultLocale, localeFrom: 'default', key: 'openapi', surrogateKeys: ['delivery'] }
  const locale = localeOf(search, acceptLanguage)
  if ('status' in locale) return locale
  const name = target.route === 'guide' ? `guide-${target.slug}` : target.route
  return {
    ...target,
    ...locale,
    key: `${name}:${locale.locale}`,
    surrogateKeys: ['delivery', `delivery-${name}`, `delivery-${name}-${locale.locale}`, ...(target.route === 'guide' ? [] : [`delivery-locale-${locale.locale}`])],
  }
}
