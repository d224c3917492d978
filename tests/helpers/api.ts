// A downstream client of the running server: plain fetch, logged in per role when asked.
import { inject } from 'vitest'

export type Role = 'public' | 'admin' | 'editor' | 'translator-th' | 'translator-vi'

const emails: Record<Exclude<Role, 'public'>, string> = {
  admin: 'admin@guidepress.local',
  editor: 'editor@guidepress.local',
  'translator-th': 'translator.th@guidepress.local',
  'translator-vi': 'translator.vi@guidepress.local',
}

const tokens = new Map<Role, string>()

export const baseUrl = () => inject('baseUrl')

export async function tokenFor(role: Role): Promise<string | undefined> {
  if (role === 'public') return undefined
  if (!tokens.has(role)) {
    const res = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: emails[role], password: inject('password') }),
    })
    const body = (await res.json()) as { token?: string }
    if (!body.token) throw new Error(`login as ${role} failed: ${res.status} ${JSON.stringify(body)}`)
    tokens.set(role, body.token)
  }
  return tokens.get(role)
}

export interface ApiResponse<T = any> {
  status: number
  body: T
}

export async function api<T = any>(
  role: Role,
  pathAndQuery: string,
  init: { method?: string; json?: unknown; form?: FormData } = {},
): Promise<ApiResponse<T>> {
  const token = await tokenFor(role)
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${baseUrl()}${pathAndQuery}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.form ?? (init.json !== undefined ? JSON.stringify(init.json) : undefined),
  })
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // non-JSON answers (HTML) stay text
  }
  return { status: res.status, body: body as T }
}

export async function graphql<T = any>(role: Role, query: string, variables: Record<string, unknown> = {}, locale?: string) {
  return api<{ data?: T; errors?: { message: string }[] }>(role, `/api/graphql${locale ? `?locale=${locale}` : ''}`, {
    method: 'POST',
    json: { query, variables },
  })
}

/** The message(s) of a Payload error answer, for asserting that they name the field. */
export function errorText(body: any): string {
  return JSON.stringify(body?.errors ?? body)
}

/**
 * Sends a form on its own connection (no keep-alive): for uploads the server aborts mid-stream,
 * where a reused socket would be reset under the next request.
 */
export async function postFormOnce(role: Role, pathAndQuery: string, form: FormData): Promise<ApiResponse> {
  const { request } = await import('node:http')
  const token = await tokenFor(role)
  const encoded = new Response(form)
  const body = Buffer.from(await encoded.arrayBuffer())
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl()}${pathAndQuery}`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': encoded.headers.get('content-type') ?? '', 'content-length': body.length, ...(token ? { authorization: `JWT ${token}` } : {}) },
    })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (c) => (text += c))
      res.on('end', () => {
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        } catch {
          // keep text
        }
        resolve({ status: res.statusCode ?? 0, body: parsed })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * An admin page as a browser fetches it: the login cookie plus the Sec-Fetch-Site header browsers
 * send (Payload ignores a cookie without it, as a CSRF guard, once allowed origins are configured).
 */
export async function adminPage(role: Role, path: string): Promise<{ status: number; html: string; location: string | null }> {
  const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }
  if (role !== 'public') headers.cookie = `payload-token=${await tokenFor(role)}`
  const res = await fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })
  return { status: res.status, html: await res.text(), location: res.headers.get('location') }
}
