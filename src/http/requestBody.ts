// Reads request bodies under /api before Payload does: a JSON body nested deeper than
// JSON_MAX_DEPTH is refused with a 400 (Payload walks bodies recursively and would crash with a
// 500), and the login throttle can see who is logging in, also from the admin's login form, which
// posts multipart form data with the JSON in its `_payload` field. Payload reads the raw body
// itself, so the request handed on to Next replays the same bytes.
import { IncomingMessage } from 'node:http'
import type { Request, RequestHandler, Response } from 'express'

const isJson = (req: Request) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(req.headers['content-type'] ?? '')
const isForm = (req: Request) => /^(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(req.headers['content-type'] ?? '')

/** Forms are read only where they carry a login: small, so they are capped far below uploads. */
const LOGIN_PATHS = new Set(['/api/users/login'])
const LOGIN_FORM_MAX_BYTES = 64 * 1024

/** The deepest nesting of arrays and objects in JSON text, stopping early past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      depth++
      if (depth > deepest && (deepest = depth) > limit) return deepest
    } else if (c === 125 || c === 93) depth--
  }
  return deepest
}

export function readRequestBodies({ maxBytes: jsonMaxBytes, maxDepth }: { maxBytes: number; maxDepth: number }): RequestHandler {
  return async (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !req.path.startsWith('/api/')) return next()
    const form = isForm(req) && LOGIN_PATHS.has(req.path.replace(/\/+$/, ''))
    if (!form && !isJson(req)) return next()
    const maxBytes = form ? LOGIN_FORM_MAX_BYTES : jsonMaxBytes
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > maxBytes) return void tooLarge(res, maxBytes)
    const chunks: Buffer[] = []
    let size = 0
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length
        if (size > maxBytes) return void tooLarge(res, maxBytes)
        chunks.push(chunk)
      }
    } catch {
      return void res.destroy() // the client went away mid-body
    }
    const raw = Buffer.concat(chunks)
    res.locals.rawBody = raw
    const text = form ? await formPayload(raw, req.headers['content-type'] ?? '') : raw.toString('utf8')
    if (text === undefined) return next()
    if (jsonDepth(text, maxDepth) > maxDepth) {
      res.status(400).json({ errors: [{ message: `The JSON body is nested more than ${maxDepth} levels deep. Send a flatter document.` }] })
      return
    }
    try {
      res.locals.jsonBody = JSON.parse(text)
    } catch {
      // Malformed JSON is Payload's to answer; it is handed on unchanged.
    }
    // GraphQL's parser recurses too: a query nesting literals thousands deep overflows its stack.
    const query = (res.locals.jsonBody as { query?: unknown } | undefined)?.query
    if (typeof query === 'string' && jsonDepth(query, maxDepth) > maxDepth) {
      res.status(400).json({ errors: [{ message: `The GraphQL query is nested more than ${maxDepth} levels deep. Send a flatter query (pass large values as variables).` }] })
      return
    }
    next()
  }
}

/** The JSON in a form's `_payload` field, as Payload reads it (undefined when there is none). */
async function formPayload(raw: Buffer, contentType: string): Promise<string | undefined> {
  try {
    const fields = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData()
    const payload = fields.get('_payload')
    return typeof payload === 'string' ? payload : undefined
  } catch {
    return undefined // not a readable form: Payload answers it
  }
}

function tooLarge(res: Response, maxBytes: number) {
  res.status(413).set('connection', 'close').json({ errors: [{ message: `The JSON body is larger than ${maxBytes} bytes (UPLOAD_MAX_BYTES, 64 KiB for a login form). Send less.` }] })
}

/** The parsed JSON body (or a login form's `_payload`), when readRequestBodies read one. */
export const jsonBodyOf = (res: Response): unknown => res.locals.jsonBody

/** The request to hand to Next: the original, or a copy replaying the body read above. */
export function requestForNext(req: Request, res: Response): IncomingMessage {
  const raw = res.locals.rawBody as Buffer | undefined
  if (!raw) return req
  const copy = new IncomingMessage(req.socket)
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
  })
  copy.push(raw)
  copy.push(null)
  copy.complete = true
  return copy
}
