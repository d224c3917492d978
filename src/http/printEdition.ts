// The print edition of a guide as staff see it from the admin panel:
// - GET /api/guides/:id/print-state?locale=th: the state of its PDF in that language (queued,
//   building, current, failed with the cause, or none yet), with the download link;
// - GET /api/guides/:id/print-preview?locale=th: the HTML the PDF is printed from, rendered now
//   from the published content, with the page numbers of the last build in its contents.
// Staff only: a print edition may carry print-only quotes, which never go online.
import type { Payload, PayloadHandler, PayloadRequest } from 'payload'
import { envOf } from '../env'
import { isLocaleCode, localeCodes, type LocaleCode } from '../i18n/locales'
import { PublishingError } from '../publishing/errors'
import { guideDocument, readGuideSources } from '../publishing/load'
import { renderGuide } from '../publishing/render/html'
import { prepareImages } from '../publishing/render/images'
import { ALL_GUIDES, TASKS } from '../keys'
import { noStore, problem } from './problem'
import { waitingPublishingJobs } from '../jobs/waiting'


export interface PrintState {
  guide: string
  locale: LocaleCode
  /** queued or building: a publishing job for this guide waits or runs; else the latest record's. */
  state: 'queued' | 'building' | 'current' | 'failed' | 'none'
  current?: { url: string; pages: number; bytes: number; builtAt: string; translationComplete: boolean; warnings: string[] }
  /** Why the latest build failed (the current PDF, if any, stays current). */
  error?: string
  previewUrl: string
}

type Guide = { id: number | string; slug: string; _status?: string }

/** The guide of the URL, read as the caller may read it; a Response when the request cannot go on. */
async function guideAndLocale(req: PayloadRequest): Promise<{ guide: Guide; locale: LocaleCode } | Response> {
  if (!req.user) return problem(401, 'Log in as staff (an editor, admin or translator) to see a print edition before it is public.', noStore)
  const locale = req.searchParams.get('locale') ?? 'en'
  if (!isLocaleCode(locale)) return problem(400, `locale must be one of ${localeCodes.join(', ')}, not "${locale.slice(0, 20)}".`, noStore)
  const id = String(req.routeParams?.id ?? '')
  const guide = (await req.payload.findByID({ collection: 'guides', id, depth: 0, draft: false, req, overrideAccess: false, user: req.user, disableErrors: true, select: { slug: true, _status: true } }).catch(() => null)) as Guide | null
  if (!guide) return problem(404, `No guide with id "${id.slice(0, 40)}".`, noStore)
  return { guide, locale }
}

/** The state of a guide's PDF in a locale: a pending job first, then its latest record. */
export async function printStateOf(payload: Payload, guide: Guide, locale: LocaleCode, apiRoute: string): Promise<PrintState> {
  const previewUrl = `${apiRoute}/guides/${guide.id}/print-preview?locale=${locale}`
  const pending = (await waitingPublishingJobs(payload, TASKS.publishGuide)).filter((job) => [guide.slug, ALL_GUIDES].includes(String(job.input?.guide)))
  const records = await payload.find({
    collection: 'publications',
    where: { and: [{ guide: { equals: guide.id } }, { locale: { equals: locale } }, { kind: { equals: 'guide' } }] },
    sort: '-builtAt',
    limit: 5,
    depth: 0,
    overrideAccess: true,
    select: { status: true, url: true, pages: true, bytes: true, builtAt: true, translationComplete: true, warnings: true, error: true },
  })
  const current = records.docs.find((r) => r.status === 'current')
  const latest = records.docs[0]
  const state: PrintState['state'] = pending.some((job) => job.processing) ? 'building' : pending.length ? 'queued' : latest?.status === 'failed' ? 'failed' : current ? 'current' : 'none'
  return {
    guide: guide.slug,
    locale,
    state,
    ...(current
      ? { current: { url: String(current.url), pages: Number(current.pages), bytes: Number(current.bytes), builtAt: String(current.builtAt), translationComplete: Boolean(current.translationComplete), warnings: (current.warnings as string[] | null) ?? [] } }
      : {}),
    ...(latest?.status === 'failed' && latest.error ? { error: String(latest.error) } : {}),
    previewUrl,
  }
}

export const printStateEndpoint: PayloadHandler = async (req) => {
  const found = await guideAndLocale(req)
  if (found instanceof Response) return found
  return Response.json(await printStateOf(req.payload, found.guide, found.locale, req.payload.config.routes.api), { headers: { 'cache-control': 'no-store' } })
}

const screenStyle = '<style media="screen">html { background: #d9d9d9; } body { box-sizing: border-box; width: 210mm; margin: 8mm auto; padding: 20mm 20mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3); }</style>\n'

export const printPreviewEndpoint: PayloadHandler = async (req) => {
  const found = await guideAndLocale(req)
  if (found instanceof Response) return found
  const { guide, locale } = found
  if (guide._status !== 'published') return problem(409, `"${guide.slug}" is not published yet: the print edition is made from published content. Publish the guide, then preview it.`, noStore)
  try {
    const sources = await readGuideSources(req.payload, guide.slug)
    const doc = guideDocument(sources, locale, envOf(req.payload).MEDIA_DIR)
    const latest = (await req.payload.find({ collection: 'publications', where: { and: [{ guide: { equals: guide.id } }, { locale: { equals: locale } }, { kind: { equals: 'guide' } }, { status: { equals: 'current' } }] }, limit: 1, depth: 0, overrideAccess: true, select: { tocPages: true } })).docs[0]
    const rendered = renderGuide(doc, await prepareImages(doc), (latest?.tocPages as Record<string, number> | undefined) ?? {})
    // On screen, the pages' width and margins; printed (Ctrl+P), exactly the PDF's HTML.
    return new Response(rendered.html.replace('</head>', `${screenStyle}</head>`), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'content-language': locale } })
  } catch (error) {
    // A guide that cannot be printed says why, as the publishing run would (e.g. a cross-reference to a missing anchor).
    if (error instanceof PublishingError) return problem(422, `The print edition cannot be rendered: ${error.message}`, noStore)
    throw error
  }
}
