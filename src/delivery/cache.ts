// The delivery API's responses, kept in memory already compressed. The Next route handlers fill
// it; the Express fast path (src/http/delivery.ts) answers from it without entering Next. Both run in
// one process but from two module graphs (Next bundles its own copy of this file), so the state is
// plain data on globalThis.
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import Negotiator from 'negotiator'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * An answer may be reused without asking the database for this long. Changes made in this server
 * (every editor's save, every withdrawal) are seen at once through deliveryChanged(); this bounds
 * how late a write by another process (`npm run publish`, a second server) is seen. Each check
 * enters Next and holds the event loop a few milliseconds, which under load shows in the p99.
 */
export const REVALIDATE_MS = 5000
/**
 * After a change in this process, nothing is reused for this long: the change is made inside the
 * editor's transaction, and a database read before it commits still sees the old snapshot.
 */
export const VOLATILE_MS = 10_000

export interface CachedResponse {
  status: number
  etag: string
  headers: Record<string, string>
  identity: Buffer
  gzip: Buffer
  br: Buffer
  /** Date.now() when the database last confirmed this is current; 0 when it must be asked again. */
  checkedAt: number
  generation: number
}

interface DeliveryStore {
  generation: number
  volatileUntil: number
  entries: Map<string, CachedResponse>
}

const holder = globalThis as typeof globalThis & { __guidepressDelivery?: DeliveryStore }
const store: DeliveryStore = (holder.__guidepressDelivery ??= { generation: 0, volatileUntil: 0, entries: new Map() })

/** Called on every change to what the API serves (snapshots, editions, glossary, instruments). */
export function deliveryChanged(): void {
  store.generation += 1
  store.volatileUntil = Date.now() + VOLATILE_MS
}

export const currentGeneration = (): number => store.generation

/** An answer that may be served without asking the database, if there is one. */
export function freshResponse(key: string, now = Date.now()): CachedResponse | undefined {
  const entry = store.entries.get(key)
  if (!entry || entry.generation !== store.generation || now < store.volatileUntil || now - entry.checkedAt >= REVALIDATE_MS) return undefined
  return entry
}

/** The answer kept for key, fresh or not (the caller compares its ETag with the database's). */
export const keptResponse = (key: string): CachedResponse | undefined => store.entries.get(key)

/** The database confirmed this entry is current, as of a read that started at `generation`. */
export function confirm(entry: CachedResponse, generation: number): void {
  entry.generation = generation
  entry.checkedAt = Date.now() < store.volatileUntil ? 0 : Date.now()
}

export async function remember(key: string, response: { status: number; etag: string; headers: Record<string, string>; body: string }, generation: number): Promise<CachedResponse> {
  const identity = Buffer.from(response.body)
  const [gz, br] = await Promise.all([
    gzipped(identity, { level: 9 }),
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
  ])
  const entry: CachedResponse = { status: response.status, etag: response.etag, headers: response.headers, identity, gzip: gz, br, checkedAt: 0, generation }
  confirm(entry, generation)
  store.entries.set(key, entry)
  return entry
}

/** The body to send for an Accept-Encoding header: brotli when accepted (the smallest), then gzip, then none. */
export function encodingFor(acceptEncoding: string | null | undefined): 'br' | 'gzip' | 'identity' {
  const accepted = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? undefined } }).encodings(['br', 'gzip', 'identity'])
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : 'identity'
}

/** Does If-None-Match name this ETag (or `*`)? */
export function notModified(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag || t === `W/${etag}`
  })
}

/** What to send for a kept answer: 304 when If-None-Match names it, else the body in the encoding accepted. */
export function answerFor(entry: CachedResponse, request: { ifNoneMatch?: string | null; acceptEncoding?: string | null; head: boolean }): { status: number; headers: Record<string, string>; body?: Buffer } {
  if (notModified(request.ifNoneMatch, entry.etag)) {
    const { 'content-type': _type, ...headers } = entry.headers
    return { status: 304, headers }
  }
  const encoding = encodingFor(request.acceptEncoding)
  const body = entry[encoding]
  const headers = { ...entry.headers, 'content-length': String(body.length), ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }) }
  return { status: entry.status, headers, body: request.head ? undefined : body }
}
