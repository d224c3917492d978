// Survivor quotes a reader may not read leave no trace in the chapter bodies they read over REST
// or GraphQL. The public: the quote block is removed, so a hidden quote looks exactly like one
// never placed (no bare id to probe). Translators, who save bodies back: the block stays, marked
// `quoteHidden`, and its quote is not resolved (the quote's own access refuses it); the marker
// is dropped again on every save. Editors see everything.
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { userIsEditor } from '../access/roles'
import { blockRefs } from '../blocks/refs'

type Plain = Record<string, any>

const MARKER = 'quoteHidden'

/** The rich-text states of a body field, whether read in one locale or with locale=all. */
const statesOf = (body: unknown): Plain[] => {
  if (!body || typeof body !== 'object') return []
  if ('root' in body) return [body as Plain]
  return Object.values(body as Plain).filter((state) => state && typeof state === 'object' && 'root' in state)
}

/** Applies `change` to every state of a body, keeping its shape (one locale, or all). */
const mapStates = (body: Plain, change: (state: Plain) => Plain): Plain =>
  'root' in body ? change(body) : Object.fromEntries(Object.entries(body).map(([locale, state]) => [locale, state && typeof state === 'object' && 'root' in state ? change(state as Plain) : state]))

const isQuoteBlock = (node: Plain) => node?.type === 'block' && node.fields?.blockType === 'survivorQuote'

const quoteIdOf = (node: Plain): string => {
  const ref = node.fields?.quote
  const id = typeof ref === 'object' && ref ? ref.id : ref
  return id === undefined || id === null ? '' : String(id)
}

/** A copy of the tree with each quote block passed through `change` (null removes the block). */
function mapQuoteBlocks(node: Plain, change: (block: Plain) => Plain | null): Plain {
  if (!Array.isArray(node?.children)) return node
  const children = node.children.flatMap((child: Plain) => {
    if (isQuoteBlock(child)) return change(child) ?? []
    return [mapQuoteBlocks(child, change)]
  })
  return { ...node, children }
}

/** Quote ids this request's reader may read, among those asked for; remembered for the rest of the request. */
async function readableQuoteIds(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  const known = (req.context.readableQuoteIds ??= new Map<string, boolean>())
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
    // Only answers over REST and GraphQL: guidepress's own reads (the publishing loader, XLIFF,
    // progress) use the Local API and must see every placed block.
    if (userIsEditor(req.user) || req.payloadAPI === 'local' || !doc?.[field]) return doc
    const ids = [...new Set(statesOf(doc[field]).flatMap((state) => blockRefs(state, 'survivorQuote', 'quote').map(String)))]
    if (ids.length === 0) return doc
    const visible = await readableQuoteIds(req, ids)
    if (visible.size === ids.length) return doc
    const hidden = (block: Plain) => !visible.has(quoteIdOf(block))
    const change = req.user
      ? (block: Plain) => (hidden(block) ? { ...block, fields: { ...block.fields, [MARKER]: true } } : block)
      : (block: Plain) => (hidden(block) ? null : block)
    return { ...doc, [field]: mapStates(doc[field], (state) => ({ ...state, root: mapQuoteBlocks(state.root, change) })) }
  }

/** The read-only marker never reaches the database, whoever sends it back. */
export const dropHiddenQuoteMarkers =
  (field: string): CollectionBeforeChangeHook =>
  ({ data }) => {
    const body = data?.[field]
    if (!body || typeof body !== 'object' || !JSON.stringify(body).includes(`"${MARKER}"`)) return data
    const unmark = (block: Plain) => {
      const { [MARKER]: _marker, ...fields } = block.fields ?? {}
      return { ...block, fields }
    }
    return { ...data, [field]: mapStates(body, (state) => ({ ...state, root: mapQuoteBlocks(state.root, unmark) })) }
  }
