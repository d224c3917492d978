// On SQLite, ids are whole numbers, and Payload reads "/api/glossary-terms/1abc" as id 1: a
// DELETE of "1abc" would delete document 1. A path segment that starts like an id but is not one
// is refused here, before Payload parses it (a word like "abc" is refused by src/plugins/queryGuard.ts).
import type { RequestHandler } from 'express'

export const rejectMalformedId: RequestHandler = (req, res, next) => {
  const id = /^\/[a-z][\w-]*\/(\d[^/]*)(?:\/|$)/.exec(req.path)?.[1]
  if (id !== undefined && !/^\d{1,15}$/.test(id)) {
    res.status(400).json({ errors: [{ message: `"${decodeURIComponent(id).slice(0, 40)}" is not an id: an id is a whole number, e.g. 12.`, field: 'id' }] })
    return
  }
  next()
}
