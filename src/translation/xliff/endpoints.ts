// XLIFF over HTTP for editors and translators (the admin page uses the same two endpoints):
//   GET  /api/xliff/export?guide=<slug>&locale=<code>  → the .xlf file
//   POST /api/xliff/import[?locale=<code>]              → body: the .xlf file (raw or multipart "file")
import type { Endpoint, PayloadRequest } from 'payload'
import { translatorLocales, userIsEditor, userIsTranslator } from '../../access/roles'
import { UnknownGuide } from './bundle'
import { ExportRefused, exportGuide } from './export'
import { ImportRejected, importXliff } from './import'
import { problem } from '../../http/problem'


const staffOnly = (req: PayloadRequest): Response | undefined => {
  if (!req.user) return problem(401, 'Log in as an editor or translator to exchange XLIFF files.')
  if (!userIsEditor(req.user) && !userIsTranslator(req.user)) return problem(403, 'Only editors and translators exchange XLIFF files.')
}

/** Reads the request body, stopping as soon as it passes `max` bytes. */
async function bodyBytes(req: PayloadRequest, max: number): Promise<Uint8Array | 'too-large'> {
  if (Number(req.headers.get('content-length') ?? 0) > max) return 'too-large'
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = (req.body as ReadableStream<Uint8Array> | null)?.getReader()
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

async function uploadedFile(req: PayloadRequest, max: number): Promise<Uint8Array | Response> {
  const bytes = await bodyBytes(req, max)
  if (bytes === 'too-large') return problem(413, `The file is larger than ${max} bytes (XLIFF_MAX_BYTES).`)
  const type = req.headers.get('content-type') ?? ''
  if (!type.startsWith('multipart/form-data')) return bytes
  const file = (await new Response(Buffer.from(bytes), { headers: { 'content-type': type } }).formData().catch(() => null))?.get('file')
  if (!file || typeof file === 'string') return problem(400, 'Send the XLIFF as the request body, or as a multipart field named "file".')
  return new Uint8Array(await file.arrayBuffer())
}

export const xliffEndpoints = ({ maxBytes }: { maxBytes: number }): Endpoint[] => [
  {
    path: '/xliff/export',
    method: 'get',
    handler: async (req) => {
      const denied = staffOnly(req)
      if (denied) return denied
      const guide = req.searchParams.get('guide') ?? ''
      const locale = req.searchParams.get('locale') ?? ''
      if (!guide || !locale) return problem(400, 'Give ?guide=<slug>&locale=<code>, e.g. ?guide=victim-identification&locale=th.')
      if (userIsTranslator(req.user) && !translatorLocales(req.user).includes(locale)) return problem(403, `You translate into ${translatorLocales(req.user).join(', ') || 'no language yet'}, not "${locale}".`)
      try {
        const { xml, filename } = await exportGuide(req.payload, guide, locale)
        return new Response(xml, { headers: { 'content-type': 'application/x-xliff+xml; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` } })
      } catch (error) {
        if (error instanceof UnknownGuide) return problem(404, error.message)
        if (error instanceof ExportRefused) return problem(400, error.message)
        throw error
      }
    },
  },
  {
    path: '/xliff/import',
    method: 'post',
    handler: async (req) => {
      const denied = staffOnly(req)
      if (denied) return denied
      const file = await uploadedFile(req, maxBytes)
      if (file instanceof Response) return file
      const user = req.user as unknown as Record<string, unknown>
      try {
        const report = await importXliff(req.payload, file, { user, name: String(user.email) }, { maxBytes, locale: req.searchParams.get('locale') ?? undefined })
        return Response.json(report)
      } catch (error) {
        if (error instanceof ImportRejected) return problem(error.status, error.message, { extra: { report: error.report } })
        throw error
      }
    },
  },
]
