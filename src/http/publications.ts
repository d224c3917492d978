// Serves published PDFs. Only a current edition is public: a superseded or withdrawn one answers
// 410 Gone, and editors download archived files through the authenticated /api route. Cache
// headers let a withdrawal take effect at a CDN within a minute (no long-lived `immutable`).
import { createReadStream, existsSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Payload, PayloadHandler, PayloadRequest } from 'payload'
import { userIsEditor } from '../access/roles'
import { envOf } from '../env'
import { noStore, problem } from './problem'

/** How long a browser or CDN may keep a current PDF before asking again. */
export const PUBLICATION_MAX_AGE_SECONDS = 60

interface Publication {
  id: number | string
  status: string
  fileName?: string | null
  sha256?: string | null
  locale?: string
  fileRemovedAt?: string | null
}

const safeName = (name: string) => /^[a-z0-9][a-z0-9-]*\.pdf$/.test(name)

/** A PDF file as a response, with a strong ETag from its hash and conditional GET. */
function pdfResponse(file: string, record: Publication, request: Request, cacheControl: string, extra: Record<string, string> = {}): Response {
  const etag = `"${record.sha256}"`
  const headers = { 'content-type': 'application/pdf', etag, 'cache-control': cacheControl, 'x-content-type-options': 'nosniff', ...extra }
  if (record.sha256 && request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers })
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream
  return new Response(stream, { status: 200, headers })
}

/** Where a public PDF's record is kept, and the CDN keys it is purged by. */
interface PublicFile {
  collection: 'publications' | 'directory-editions'
  /** The folder below PUBLICATIONS_DIR (and /publications/). */
  folder: string
  /** Surrogate keys without the locale (the locale's own key is added). */
  keys: string[]
  gone: string
}

/** GET /publications/<guide>/<file>.pdf: the current edition, or 410 for one that no longer is. */
export const publicEditionResponse = (payload: Payload, request: Request, guide: string, fileName: string): Promise<Response> =>
  safeName(guide + '.pdf')
    ? publicFileResponse(payload, request, fileName, {
        collection: 'publications',
        folder: guide,
        keys: ['publications', `publications-${guide}`],
        gone: 'This edition is no longer published. The current edition of each guide is listed at /api/publications.',
      })
    : Promise.resolve(problem(404, 'No such publication.', noStore))

/** GET /publications/directories/<country>/<file>.pdf: a current printed directory of services. */
export const publicDirectoryResponse = (payload: Payload, request: Request, country: string, fileName: string): Promise<Response> =>
  /^[a-z]{2}$/.test(country)
    ? publicFileResponse(payload, request, fileName, {
        collection: 'directory-editions',
        folder: `directories/${country}`,
        keys: ['directories', `directories-${country}`],
        gone: 'This directory is no longer published. The current directories are listed at /api/directory-editions.',
      })
    : Promise.resolve(problem(404, 'No such directory.', noStore))

async function publicFileResponse(payload: Payload, request: Request, fileName: string, where: PublicFile): Promise<Response> {
  if (!safeName(fileName)) return problem(404, 'No such publication.', noStore)
  const found = await payload.find({
    collection: where.collection,
    where: { fileName: { equals: fileName } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    select: { status: true, fileName: true, sha256: true, locale: true, ...(where.collection === 'publications' ? { fileRemovedAt: true } : {}) },
  })
  const record = found.docs[0] as unknown as Publication | undefined
  if (!record) return problem(404, 'No such publication.', noStore)
  const file = path.join(envOf(payload).PUBLICATIONS_DIR, where.folder, fileName)
  if (record.status !== 'current' || record.fileRemovedAt || !existsSync(file)) return problem(410, where.gone, noStore)
  const keys = [...where.keys, `${where.keys[where.keys.length - 1]}-${record.locale}`]
  return pdfResponse(file, record, request, `public, max-age=${PUBLICATION_MAX_AGE_SECONDS}, must-revalidate`, {
    // Keys a CDN can purge by (Fastly Surrogate-Key, Cloudflare Cache-Tag): the collection, the guide or country, and it in this language.
    'surrogate-key': keys.join(' '),
    'cache-tag': keys.join(','),
  })
}

/** An editor's request for a publication record by id: the record, or the answer that refuses it. */
async function editorsRecord<T extends Publication>(req: PayloadRequest, what: string): Promise<T | Response> {
  if (!userIsEditor(req.user)) return problem(req.user ? 403 : 401, `Only editors and admins may download ${what}.`, noStore)
  const id = req.routeParams?.id as string | undefined
  const record = id ? ((await req.payload.findByID({ collection: 'publications', id, overrideAccess: true, depth: 0, disableErrors: true, req }).catch(() => null)) as T | null) : null
  return record ?? problem(404, `No publication with id "${String(id).slice(0, 40)}".`, noStore)
}

/** A stored file below the publications folder, as an attachment for editors; 410 once a withdrawal deleted it. */
function editorsDownload(req: PayloadRequest, record: Publication, relativePath: string, fileName: string, sha256: string | null | undefined): Response {
  const file = path.join(envOf(req.payload).PUBLICATIONS_DIR, relativePath)
  if (record.fileRemovedAt || !relativePath.endsWith(`/${fileName}`) || !existsSync(file)) {
    return problem(410, 'This file was deleted from disk because it printed a survivor quote that may no longer be printed.', noStore)
  }
  return pdfResponse(file, { ...record, sha256 }, req as unknown as Request, 'private, no-store', { 'content-disposition': `attachment; filename="${fileName}"` })
}

/** GET /api/publications/:id/file: any edition whose file is still on disk, for editors. */
export const downloadArchivedEdition: PayloadHandler = async (req) => {
  const record = await editorsRecord<Publication & { url?: string }>(req, 'archived editions')
  if (record instanceof Response) return record
  if (!record.fileName) return problem(404, 'This publication record has no file (the build failed).', noStore)
  const relative = record.url ? new URL(record.url).pathname.replace(/^\/publications\//, '') : ''
  return editorsDownload(req, record, relative, record.fileName, record.sha256)
}

const pressParts = ['interior', 'cover'] as const

/** GET /api/publications/:id/press/interior|cover: an edition's press files, for editors (never public). */
export const downloadPressEdition: PayloadHandler = async (req) => {
  const part = req.routeParams?.part as string | undefined
  if (userIsEditor(req.user) && !pressParts.includes(part as never)) return problem(404, `No press file "${String(part).slice(0, 40)}": ask for ${pressParts.join(' or ')}.`, noStore)
  const record = await editorsRecord<Publication & { press?: Record<string, { fileName?: string; relativePath?: string; sha256?: string }> | null }>(req, 'press editions')
  if (record instanceof Response) return record
  const file = record.press?.[part as string]
  if (!file?.fileName || !file.relativePath) return problem(404, 'This edition has no press edition. Make one with npm run publish -- --press, or tick the guide\'s "Press edition" setting.', noStore)
  return editorsDownload(req, record, file.relativePath, file.fileName, file.sha256)
}
