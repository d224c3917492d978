// Serves published PDFs from the publications folder: PDFs only (never a temp file), with
// long caching since every file name carries its content hash.
import express, { type RequestHandler } from 'express'

export function servePublications(publicationsDir: string): RequestHandler[] {
  const onlyPdf: RequestHandler = (req, res, next) => (req.path.endsWith('.pdf') ? next() : res.status(404).json({ errors: [{ message: 'Not found.' }] }))
  return [onlyPdf, express.static(publicationsDir, { immutable: true, maxAge: '365d', index: false, dotfiles: 'deny', fallthrough: false })]
}
