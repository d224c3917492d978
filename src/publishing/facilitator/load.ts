// Stage 1 of a facilitator guide: Payload → plain FacilitatorDocument for one locale. Everything
// is read with locale=all (one read serves five editions); quotes are read only while they may be
// printed and never with their internal fields.
import type { Payload, Where } from 'payload'
import { printableConsent } from '../../fields/options'
import type { LocaleCode } from '../../i18n/locales'
import type { ExerciseDocument, Id, QuoteDocument } from '../document'
import { PublishingError } from '../errors'
import { picker, unapprovedIn } from '../load'
import type { ActivityDocument, CaseStudyDocument, FacilitatorDocument } from './document'

type Plain = Record<string, any>

export interface FacilitatorSources {
  facilitatorGuide: Plain
  guide: Plain
  sessions: Plain[]
  exercises: Plain[]
  quotes: Plain[]
  caseStudies: Plain[]
}

const readAll = { locale: 'all' as const, depth: 0, draft: false, overrideAccess: true, pagination: false as const }
const published: Where = { _status: { equals: 'published' } }
const unique = (ids: unknown[]) => [...new Set(ids.filter((id) => id !== null && id !== undefined).map(String))]

/** Published facilitator guides whose practitioner guide is published: slug and id. */
export async function publishedFacilitatorGuides(payload: Payload): Promise<{ slug: string; id: Id }[]> {
  const found = await payload.find({ collection: 'facilitator-guides', ...readAll, locale: 'en', where: { and: [published, { 'guide._status': { equals: 'published' } }] }, sort: 'slug', select: { slug: true } })
  return found.docs.map((g) => ({ slug: g.slug as string, id: g.id as Id }))
}

export async function readFacilitatorSources(payload: Payload, slug: string): Promise<FacilitatorSources> {
  const [facilitatorGuide] = (await payload.find({ collection: 'facilitator-guides', ...readAll, where: { and: [{ slug: { equals: slug } }, published] } })).docs as Plain[]
  if (!facilitatorGuide) throw new PublishingError('FacilitatorGuideNotPublished', `No published facilitator guide with slug "${slug}".`)
  const [guide] = (await payload.find({ collection: 'guides', ...readAll, where: { and: [{ id: { equals: facilitatorGuide.guide } }, published] }, select: { slug: true, seriesNumber: true, title: true } })).docs as Plain[]
  if (!guide) throw new PublishingError('FacilitatorGuideNotPublished', `The practitioner guide of facilitator guide "${slug}" is not published.`)
  const sessions = (await payload.find({ collection: 'training-sessions', ...readAll, where: { and: [{ facilitatorGuide: { equals: facilitatorGuide.id } }, published] }, sort: 'order' })).docs as Plain[]
  const activities = sessions.flatMap((s) => (s.activities ?? []) as Plain[])
  const byIds = async (collection: 'exercises' | 'quotes' | 'case-studies', ids: string[], where: Where[], select?: Plain) =>
    ids.length ? ((await payload.find({ collection, ...readAll, where: { and: [{ id: { in: ids } }, ...where] }, ...(select ? { select } : {}) })).docs as Plain[]) : []
  const [exercises, quotes, caseStudies] = await Promise.all([
    byIds('exercises', unique(activities.map((a) => a.drawsOn?.exercise)), [published]),
    // The same rule as a practitioner guide's: published, consent to print; internal fields never selected.
    byIds('quotes', unique(activities.flatMap((a) => a.drawsOn?.quotes ?? [])), [published, { consent: { in: [...printableConsent] } }], {
      slug: true,
      text: true,
      attribution: true,
      illustrative: true,
      consent: true,
      translation: { status: true },
    }),
    byIds('case-studies', unique(activities.map((a) => a.drawsOn?.caseStudy)), [published]),
  ])
  return { facilitatorGuide, guide, sessions, exercises, quotes, caseStudies }
}

/** One locale's edition of the sources: pure, so five editions share one read. */
export function facilitatorDocument(sources: FacilitatorSources, locale: LocaleCode): FacilitatorDocument {
  const fallbacks: string[] = []
  const omissions: string[] = []
  const unapproved: string[] = []
  const pick = picker(locale, fallbacks)
  const text = (value: unknown, where: string) => pick<string>(value as never, where) ?? ''
  const { facilitatorGuide, guide } = sources
  unapprovedIn(locale, 'facilitator guide', facilitatorGuide, unapproved)

  const quotes: Record<string, QuoteDocument> = {}
  for (const q of sources.quotes) {
    unapprovedIn(locale, `quote ${q.slug}`, q, unapproved)
    quotes[String(q.id)] = { text: text(q.text, `quote ${q.slug}: text`), attribution: text(q.attribution, `quote ${q.slug}: attribution`), illustrative: Boolean(q.illustrative), online: q.consent === 'granted' }
  }
  const exercises: Record<string, ExerciseDocument> = {}
  for (const e of sources.exercises) {
    unapprovedIn(locale, `exercise ${e.slug}`, e, unapproved)
    exercises[String(e.id)] = {
      title: text(e.title, `exercise ${e.slug}: title`),
      kind: e.kind,
      instructions: pick(e.instructions, `exercise ${e.slug}: instructions`) ?? null,
      questions: (e.questions ?? []).map((q: Plain, i: number) => text(q.question, `exercise ${e.slug}: question ${i + 1}`)),
      notepadLines: e.notepadLines ?? 0,
    }
  }
  const caseStudies: Record<string, CaseStudyDocument> = {}
  for (const c of sources.caseStudies) {
    unapprovedIn(locale, `case study ${c.slug}`, c, unapproved)
    caseStudies[String(c.id)] = { slug: c.slug, title: text(c.title, `case study ${c.slug}: title`), story: text(c.story, `case study ${c.slug}: story`), questions: (c.questions ?? []).map((q: Plain, i: number) => text(q.question, `case study ${c.slug}: question ${i + 1}`)) }
  }

  let leftOutQuotes = 0
  const sessions = sources.sessions.map((s) => {
    unapprovedIn(locale, `session ${s.slug}`, s, unapproved)
    const activities = ((s.activities ?? []) as Plain[]).map((a, i): ActivityDocument => {
      const where = `session ${s.slug}: activity ${i + 1}`
      const exercise = a.drawsOn?.exercise != null && exercises[String(a.drawsOn.exercise)] ? String(a.drawsOn.exercise) : undefined
      const caseStudy = a.drawsOn?.caseStudy != null && caseStudies[String(a.drawsOn.caseStudy)] ? String(a.drawsOn.caseStudy) : undefined
      const wanted = unique(a.drawsOn?.quotes ?? [])
      const printable = wanted.filter((id) => quotes[id])
      leftOutQuotes += wanted.length - printable.length
      return {
        title: text(a.title, `${where}: title`),
        method: a.method,
        minutes: a.minutes,
        steps: ((a.steps ?? []) as Plain[]).map((row, n) => text(row.step, `${where}: step ${n + 1}`)),
        notes: pick<string>(a.facilitatorNotes, `${where}: notes`) || undefined,
        parts: a.drawsOn?.parts ?? [],
        exercise,
        quotes: printable,
        caseStudy,
        handout: a.handout === 'exercise' && exercise ? 'exercise' : a.handout === 'case-study' && caseStudy ? 'case-study' : 'none',
      }
    })
    return {
      id: s.id,
      slug: s.slug,
      title: text(s.title, `session ${s.slug}: title`),
      durationMinutes: s.durationMinutes,
      objectives: ((s.objectives ?? []) as Plain[]).map((o, n) => text(o.objective, `session ${s.slug}: objective ${n + 1}`)),
      participants: text(s.participants, `session ${s.slug}: participants`),
      groupSize: { min: s.groupSize?.min ?? 0, max: s.groupSize?.max ?? 0 },
      materials: text(s.materials, `session ${s.slug}: materials`),
      roomSetup: text(s.roomSetup, `session ${s.slug}: room set-up`),
      preparation: text(s.preparation, `session ${s.slug}: preparation`),
      activities,
    }
  })
  if (leftOutQuotes > 0) omissions.push(`${leftOutQuotes} survivor quote(s) not printed: unpublished or without print consent`)
  return {
    locale,
    facilitatorGuide: { id: facilitatorGuide.id, slug: facilitatorGuide.slug, title: text(facilitatorGuide.title, 'facilitator guide: title'), introduction: text(facilitatorGuide.introduction, 'facilitator guide: introduction') },
    guide: { id: guide.id, slug: guide.slug, seriesNumber: guide.seriesNumber, title: text(guide.title, 'guide: title') },
    sessions,
    exercises,
    quotes,
    caseStudies,
    fallbacks,
    omissions,
    unapproved,
  }
}
