// The demo facilitator guides: each with its case studies and three training sessions whose
// activities point at the practitioner guide's exercises and quotes by id (looked up by slug).
import type { Payload } from 'payload'
import type { LocaleCode } from '../i18n/locales'
import type { FacilitatorGuideContent } from './content/schema'
import { createInAllLocales, withRowIds } from './localized'

type Doc = Record<string, any> & { id: number | string }
type Id = number | string

async function idsBySlug(payload: Payload, collection: 'exercises' | 'quotes' | 'guides', slugs: string[]): Promise<Map<string, Id>> {
  if (slugs.length === 0) return new Map()
  const found = await payload.find({ collection, where: { slug: { in: slugs } }, depth: 0, pagination: false, draft: true, overrideAccess: true, select: { slug: true } })
  return new Map(found.docs.map((d) => [d.slug as string, d.id as Id]))
}

export async function seedFacilitatorGuides(payload: Payload, guides: FacilitatorGuideContent[]): Promise<number> {
  let created = 0
  for (const content of guides) {
    const activities = content.sessions.flatMap((s) => s.activities)
    const guideIds = await idsBySlug(payload, 'guides', [content.guide])
    const exerciseIds = await idsBySlug(payload, 'exercises', activities.flatMap((a) => (a.drawsOn.exercise ? [a.drawsOn.exercise] : [])))
    const quoteIds = await idsBySlug(payload, 'quotes', activities.flatMap((a) => a.drawsOn.quotes))
    const must = (ids: Map<string, Id>, slug: string, what: string) => {
      const id = ids.get(slug)
      if (id === undefined) throw new Error(`Facilitator guide "${content.slug}" refers to ${what} "${slug}", which the demo content does not have.`)
      return id
    }
    const guide = await createInAllLocales(payload, 'facilitator-guides', { slug: { equals: content.slug } }, (locale, first) => {
      const localized = { title: content.title[locale], introduction: content.introduction[locale] }
      return first ? localized : { ...localized, slug: content.slug, guide: must(guideIds, content.guide, 'the practitioner guide'), _status: 'published' }
    })
    if (guide.created) created += 1

    const caseStudyIds = new Map<string, Id>()
    for (const study of content.caseStudies) {
      const { doc } = await createInAllLocales(payload, 'case-studies', { slug: { equals: study.slug } }, (locale, first) => {
        const localized = { title: study.title[locale], story: study.story[locale], questions: withRowIds(study.questions.map((q) => ({ question: q[locale] })), first, 'questions') }
        return first ? localized : { ...localized, slug: study.slug, _status: 'published' }
      })
      caseStudyIds.set(study.slug, doc.id)
    }

    for (const [order, session] of content.sessions.entries()) {
      await createInAllLocales(payload, 'training-sessions', { slug: { equals: session.slug } }, (locale: LocaleCode, first?: Doc) => {
        const rows = session.activities.map((activity, i) => {
          const created = first?.activities?.[i] as Doc | undefined
          return {
            ...(created?.id ? { id: created.id } : {}),
            title: activity.title[locale],
            facilitatorNotes: activity.facilitatorNotes?.[locale],
            steps: withRowIds(activity.steps.map((step) => ({ step: step[locale] })), created, 'steps'),
            ...(first
              ? {}
              : {
                  method: activity.method,
                  minutes: activity.minutes,
                  handout: activity.handout,
                  drawsOn: {
                    parts: activity.drawsOn.parts,
                    exercise: activity.drawsOn.exercise ? must(exerciseIds, activity.drawsOn.exercise, 'the exercise') : undefined,
                    quotes: activity.drawsOn.quotes.map((slug) => must(quoteIds, slug, 'the quote')),
                    caseStudy: activity.drawsOn.caseStudy ? must(caseStudyIds, activity.drawsOn.caseStudy, 'the case study') : undefined,
                  },
                }),
          }
        })
        const localized = {
          title: session.title[locale],
          objectives: withRowIds(session.objectives.map((o) => ({ objective: o[locale] })), first, 'objectives'),
          participants: session.participants[locale],
          materials: session.materials[locale],
          roomSetup: session.roomSetup[locale],
          preparation: session.preparation[locale],
          activities: rows,
        }
        if (first) return localized
        return { ...localized, slug: session.slug, facilitatorGuide: guide.doc.id, order: (order + 1) * 10, durationMinutes: session.durationMinutes, groupSize: session.groupSize, _status: 'published' }
      })
    }
  }
  return created
}
