// Puts the login throttle in front of every way to log in: POST /api/users/login (also what the
// admin's login form posts) and GraphQL's loginUser mutation, each alias counted as an attempt.
// A refused attempt is a 429 with Retry-After and a message saying how long to wait.
import type { Request, RequestHandler, Response } from 'express'
import { Kind, parse, type DocumentNode, type ValueNode } from 'graphql'
import type { LoginThrottle } from '../auth/loginThrottle'
import { jsonBodyOf } from './requestBody'

type Json = Record<string, unknown>

/** The email addresses a request tries to log in as (empty when it is no login). */
export function loginEmails(req: Request, body: unknown): string[] {
  if (req.method !== 'POST' || !body || typeof body !== 'object') return []
  const path = req.path.replace(/\/+$/, '')
  if (path === '/api/users/login') return [String((body as Json).email ?? (body as Json).username ?? '')]
  if (path === '/api/graphql' && typeof (body as Json).query === 'string') return graphqlLoginEmails((body as Json).query as string, (body as Json).variables)
  return []
}

function graphqlLoginEmails(query: string, variables: unknown): string[] {
  let document: DocumentNode
  try {
    document = parse(query, { noLocation: true, maxTokens: 20_000 })
  } catch {
    return [] // GraphQL answers a syntax error itself; nothing is logged in
  }
  const vars = (variables && typeof variables === 'object' ? variables : {}) as Json
  const valueOf = (node: ValueNode | undefined): string => {
    if (!node) return ''
    if (node.kind === Kind.STRING) return node.value
    if (node.kind === Kind.VARIABLE) return String(vars[node.name.value] ?? '')
    return ''
  }
  const emails: string[] = []
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && selection.name.value === 'loginUser') {
        emails.push(valueOf(selection.arguments?.find((a) => a.name.value === 'email')?.value))
      }
    }
  }
  return emails
}

/** A login that went through: Payload set a non-empty auth cookie. */
function loggedIn(res: Response): boolean {
  const cookies = [res.getHeader('set-cookie') ?? []].flat().map(String)
  return res.statusCode === 200 && cookies.some((c) => /^payload-token=[^;]+/.test(c))
}

export function throttleLogins(throttle: LoginThrottle): RequestHandler {
  return async (req, res, next) => {
    const emails = loginEmails(req, jsonBodyOf(res))
    if (emails.length === 0) return next()
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    let wait = 0
    for (const email of emails) wait = Math.max(wait, await throttle.attempt(ip, email))
    if (wait > 0) {
      res.status(429).set('retry-after', String(wait)).json({
        errors: [{ message: `Too many failed logins from your address. Wait ${wait} s before trying again (check the email and password, or ask an admin to reset the password).` }],
      })
      return
    }
    res.once('finish', () => {
      if (emails.length === 1 && loggedIn(res)) void throttle.succeeded(ip, emails[0])
    })
    next()
  }
}
