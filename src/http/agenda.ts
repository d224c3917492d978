// GET /api/facilitator-guides/:id/agenda?days=1|2&locale=<code>: the course's agenda, each session
// and activity with its start and end time, over one day or two. Reads as the caller may read:
// the public sees a published facilitator guide's published sessions only.
import type { PayloadHandler } from 'payload'
import { isLocaleCode, localeCodes } from '../i18n/locales'
import { agenda } from '../training/agenda'
import { problem } from './problem'


export const agendaEndpoint: PayloadHandler = async (req) => {
  const days = req.searchParams.get('days') ?? '1'
  if (days !== '1' && days !== '2') return problem(400, `days must be 1 or 2 (a one-day or a two-day course), not "${days.slice(0, 20)}".`)
  const locale = req.searchParams.get('locale') ?? 'en'
  if (!isLocaleCode(locale)) return problem(400, `locale must be one of ${localeCodes.join(', ')}.`)
  const id = String(req.routeParams?.id ?? '')
  const read = { req, overrideAccess: false, user: req.user, locale, depth: 0 } as const
  const guide = await req.payload.findByID({ collection: 'facilitator-guides', id, ...read, disableErrors: true }).catch(() => null)
  if (!guide) return problem(404, `No facilitator guide with id "${id.slice(0, 40)}".`)
  const sessions = await req.payload.find({ collection: 'training-sessions', ...read, where: { facilitatorGuide: { equals: guide.id } }, sort: 'order', pagination: false })
  const plain = sessions.docs.map((s) => ({ title: s.title, durationMinutes: s.durationMinutes, activities: (s.activities ?? []).map((a) => ({ title: a.title, minutes: a.minutes })) }))
  return Response.json({ facilitatorGuide: guide.id, title: guide.title, locale, days: Number(days), rows: agenda(plain, { days: days === '1' ? 1 : 2 }) })
}
