// The Next side of /delivery/v1: answers what the Express fast path could not serve from memory,
// asking the database whether the answer kept is still current (one small query for a guide).
import type { Payload, Where } from 'payload'
import { localeCodes, type LocaleCode } from '../i18n/locales'
import type { components } from './api'
import { answerFor, confirm, currentGeneration, keptResponse, remember, type CachedResponse } from './cache'
import { bodyHash } from './build'
import { openApiDocument } from './openapi'
import { parseDeliveryRequest, problem, problemBody, type DeliveryProblem, type DeliveryRequest } from './routes'

type Schemas = components['schemas']

/** A browser or CDN may keep an answer 30 s, and serve it stale 30 s more while it asks again: a withdrawal is gone within a minute. */
export const DELIVERY_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=30'

function problemResponse(problem: DeliveryProblem, extra: Record<string, string> = {}): Response {
  return new Response(problemBody(problem), { status: problem.status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra } })
}

/** Headers of a successful answer: validators, cache keys and the locale it is in. */
function answerHeaders(request: DeliveryRequest, etag: string): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    etag,
    'cache-control': DELIVERY_CACHE_CONTROL,
    'content-language': request.locale,
    vary: 'Accept-Encoding, Accept-Language, Origin',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'cross-origin',
    'surrogate-key': request.surrogateKeys.join(' '),
    'cache-tag': request.surrogateKeys.join(','),
  }
}

/**
 * A kept answer as a Web Response. Always uncompressed: Next drops a route's Content-Encoding
 * header, so compressed bodies are sent by the front (src/http/delivery.ts).
 */
function cachedResponse(entry: CachedResponse, request: Request): Response {
  const answer = answerFor(entry, { ifNoneMatch: request.headers.get('if-none-match'), acceptEncoding: 'identity', head: request.method === 'HEAD' })
  return new Response(answer.body ? new Uint8Array(answer.body) : null, { status: answer.status, headers: answer.headers })
}

/** The kept answer while its ETag is still `etag` (confirmed as of `generation`), else a new one from `load`. */
async function keptOrLoaded(request: DeliveryRequest, generation: number, etag: string, load: () => Promise<{ etag: string; text: string } | undefined>): Promise<CachedResponse | undefined> {
  const kept = keptResponse(request.key)
  if (kept?.etag === etag) {
    confirm(kept, generation)
    return kept
  }
  const loaded = await load()
  return loaded && remember(request.key, { status: 200, etag: loaded.etag, headers: answerHeaders(request, loaded.etag), body: loaded.text }, generation)
}

/** The answer for a request whose body is computed whole (lists, glossary): kept unless its hash moved. */
async function computed(request: DeliveryRequest, generation: number, body: unknown): Promise<CachedResponse> {
  const text = JSON.stringify(body)
  const etag = `"${bodyHash(text)}"`
  return (await keptOrLoaded(request, generation, etag, async () => ({ etag, text })))!
}

async function guideAnswer(payload: Payload, request: DeliveryRequest, generation: number): Promise<CachedResponse | DeliveryProblem> {
  const where: Where = { and: [{ slug: { equals: request.slug } }, { locale: { equals: request.locale } }] }
  const found = await payload.find({ collection: 'delivery-snapshots', where, limit: 1, depth: 0, overrideAccess: true, select: { hash: true } })
  const snapshot = found.docs[0]
  if (!snapshot) {
    const elsewhere = await payload.find({ collection: 'delivery-snapshots', where: { slug: { equals: request.slug } }, pagination: false, depth: 0, overrideAccess: true, select: { locale: true } })
    const locales = elsewhere.docs.map((d) => d.locale as string).sort((a, b) => localeCodes.indexOf(a as LocaleCode) - localeCodes.indexOf(b as LocaleCode))
    return locales.length
      ? problem(404, 'GuideNotInLocale', `Guide "${request.slug}" is not published in locale "${request.locale}" yet. It is published in: ${locales.join(', ')}.`)
      : problem(404, 'GuideNotFound', `No published guide "${request.slug}". GET /delivery/v1/guides lists the series.`)
  }
  const answer = await keptOrLoaded(request, generation, `"${snapshot.hash}"`, async () => {
    const full = await payload.findByID({ collection: 'delivery-snapshots', id: snapshot.id, depth: 0, overrideAccess: true, select: { body: true, hash: true }, disableErrors: true })
    return full ? { etag: `"${full.hash}"`, text: JSON.stringify(full.body) } : undefined
  })
  return answer ?? problem(404, 'GuideNotFound', `Guide "${request.slug}" was just unpublished.`)
}

async function guideList(payload: Payload, request: DeliveryRequest): Promise<Schemas['GuideList']> {
  const [snapshots, editions] = await Promise.all([
    payload.find({ collection: 'delivery-snapshots', where: { locale: { equals: request.locale } }, pagination: false, depth: 0, overrideAccess: true, select: { summary: true, guide: true } }),
    payload.find({
      collection: 'publications',
      where: { status: { equals: 'current' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { guide: true, locale: true, url: true, bytes: true, pages: true, sha256: true, translationComplete: true, builtAt: true },
    }),
  ])
  const editionsOf = (guide: unknown): Schemas['Edition'][] =>
    editions.docs
      .filter((e) => String(e.guide) === String(guide) && e.url && e.sha256)
      .sort((a, b) => localeCodes.indexOf(a.locale as LocaleCode) - localeCodes.indexOf(b.locale as LocaleCode))
      .map((e) => ({ locale: e.locale as LocaleCode, url: e.url!, bytes: e.bytes ?? 0, pages: e.pages ?? 0, sha256: e.sha256!, translationComplete: Boolean(e.translationComplete), builtAt: e.builtAt }))
  const guides = snapshots.docs
    .map((s) => ({ ...(s.summary as Omit<Schemas['GuideSummary'], 'editions'>), editions: editionsOf(s.guide) }))
    .sort((a, b) => a.seriesNumber - b.seriesNumber)
  return { locale: request.locale, guides }
}

async function glossary(payload: Payload, request: DeliveryRequest): Promise<Schemas['Glossary']> {
  // As the public reads it (overrideAccess: false, no user): nothing the public may not see.
  const found = await payload.find({ collection: 'glossary-terms', locale: request.locale, fallbackLocale: 'en', pagination: false, depth: 0, overrideAccess: false, select: { term: true, definition: true } })
  const terms = found.docs.map((t) => ({ term: t.term ?? '', definition: t.definition ?? '' })).sort((a, b) => a.term.localeCompare(b.term, request.locale))
  return { locale: request.locale, terms }
}

async function legalInstruments(payload: Payload, request: DeliveryRequest): Promise<Schemas['LegalInstrumentList']> {
  const found = await payload.find({ collection: 'legal-instruments', locale: request.locale, fallbackLocale: 'en', sort: 'year', pagination: false, depth: 0, overrideAccess: false, select: { shortName: true, name: true, year: true, articles: true } })
  return {
    locale: request.locale,
    legalInstruments: found.docs.map((i) => ({ shortName: i.shortName, name: i.name ?? '', year: i.year, articles: (i.articles ?? []).map((a) => ({ number: a.number, summary: a.summary ?? '' })) })),
  }
}

async function answer(payload: Payload, request: DeliveryRequest): Promise<CachedResponse | DeliveryProblem> {
  // Read before the database: a change during the reads leaves the answer unconfirmed for the next request.
  const generation = currentGeneration()
  switch (request.route) {
    case 'guide':
      return guideAnswer(payload, request, generation)
    case 'guides':
      return computed(request, generation, await guideList(payload, request))
    case 'glossary':
      return computed(request, generation, await glossary(payload, request))
    case 'legal-instruments':
      return computed(request, generation, await legalInstruments(payload, request))
    case 'openapi':
      return computed(request, generation, openApiDocument)
  }
}

/** GET/HEAD /delivery/v1/…: every route of the delivery API. */
export async function deliveryHandler(payload: Payload, request: Request): Promise<Response> {
  const url = new URL(request.url)
  const parsed = parseDeliveryRequest(url.pathname, url.searchParams, request.headers.get('accept-language'))
  if ('status' in parsed) return problemResponse(parsed)
  try {
    const result = await answer(payload, parsed)
    return 'etag' in result ? cachedResponse(result, request) : problemResponse(result)
  } catch (error) {
    payload.logger.error({ msg: `Delivery API failed for ${url.pathname}: ${(error as Error).message}` })
    return problemResponse(problem(503, 'Unavailable', 'The delivery API could not read the published content just now. Retry in a few seconds.'), { 'retry-after': '5' })
  }
}
