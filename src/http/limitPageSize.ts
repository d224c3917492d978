// A REST read asks for at most MAX_DOCUMENTS_PER_REQUEST documents per page (Payload has no cap
// of its own); asking for more is a 400 that says to page through instead.
import type { RequestHandler } from 'express'

export function limitPageSize(max: number): RequestHandler {
  return (req, res, next) => {
    const limit = new URL(req.originalUrl, 'http://localhost').searchParams.get('limit')
    if (limit !== null && !(/^\d+$/.test(limit) && Number(limit) <= max)) {
      res.status(400).json({
        errors: [{ message: `limit must be a whole number up to ${max}; got "${limit.slice(0, 20)}". Ask for fewer documents and page through with page=2, 3 …`, field: 'limit' }],
      })
      return
    }
    next()
  }
}
