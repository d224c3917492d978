// A chapter read by the public over REST or GraphQL carries no trace of a survivor quote the public may not read: the
// quote block is removed from the body, so a hidden quote looks exactly like one never placed
// (no bare id to probe). Staff keep the block, since they save bodies back; a translator's read
// of a pending or withdrawn quote is refused by the quote's own access, so only its id remains.
import type { CollectionAfterReadHook, PayloadRequest } from 'payload'
import { blockRefs } from '../blocks/refs'

type Plain = Record<string, any>

const CACHE = 'publicQuoteIds'

/** The rich-text states of a body field, whether read in one locale or with locale=all. */
const statesOf = (body: unknown): Plain[] => {
  if (!body || typeof body !== 'object') return []
  if ('root' in body) return [body as Plain]
  return Object.values(body as Plain).filter((state) => state && typeof state === 'object' && 'root' in state)
}

const quoteIdOf = (node: Plain): string | undefined => {
  const ref = node.fields?.quote
  const id = typeof ref === 'object' && ref ? ref.id : ref
  return id === undefined || id === null ? undefined : String(id)
}

function withoutHidden(node: Plain, visible: Set<string>): Plain {
  if (!Array.isArray(node.children)) return node
  const children = node.children
    .filter((child: Plain) => !(child?.type === 'block' && child.fields?.blockType === 'survivorQuote' && !visible.has(quoteIdOf(child) ?? '')))
    .map((child: Plain) => withoutHidden(child, visible))
  return { ...node, children }
}

/** Quote ids the public may read, among those asked for; remembered for the rest of the request. */
async function publicQuoteIds(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  const known = (req.context[CACHE] ??= new Map<string, boolean>()) as Map<string, boolean>
  const unknown = ids.filter((id) => !known.has(id))
  if (unknown.length) {
    const found = await req.payload.find({ collection: 'quotes', where: { id: { in: unknown } }, overrideAccess: false, depth: 0, pagination: false, select: { slug: true }, req })
    const readable = new Set(found.docs.map((q) => String(q.id)))
    for (const id of unknown) known.set(id, readable.has(id))
  }
  return new Set(ids.filter((id) => known.get(id)))
}

export const hideUnreadableQuotes =
  (field: string): CollectionAfterReadHook =>
  async ({ doc, req }) => {
    // Only answers to anonymous REST and GraphQL requests: guidepress's own reads (the publishing
    // loader, XLIFF, progress) use the Local API and must see every placed block.
    if (req.user || req.payloadAPI === 'local' || !doc?.[field]) return doc
    const states = statesOf(doc[field])
    const ids = [...new Set(states.flatMap((state) => blockRefs(state, 'survivorQuote', 'quote').map(String)))]
    if (ids.length === 0) return doc
    const visible = await publicQuoteIds(req, ids)
    if (visible.size === ids.length) return doc
    const body = doc[field] as Plain
    const clean = (state: Plain) => ({ ...state, root: withoutHidden(state.root, visible) })
    const cleaned = 'root' in body ? clean(body) : Object.fromEntries(Object.entries(body).map(([locale, state]) => [locale, state && typeof state === 'object' && 'root' in state ? clean(state as Plain) : state]))
    return { ...doc, [field]: cleaned }
  }
