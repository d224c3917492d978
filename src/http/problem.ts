// The error answer of guidepress's own endpoints, in Payload's shape (`{ errors: [{ message }] }`),
// so a client reads a custom endpoint's refusal the way it reads Payload's.
export function problem(status: number, message: string, { headers, extra }: { headers?: Record<string, string>; extra?: Record<string, unknown> } = {}): Response {
  return Response.json({ errors: [{ message }], ...extra }, { status, headers })
}

/** For answers that depend on who asks or on content that may change: never kept by a cache. */
export const noStore = { headers: { 'cache-control': 'no-store' } }
