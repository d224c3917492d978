// A facilitator guide as print HTML (A4), and its handouts as a document of their own. The guide:
// title page, contents, the facilitator's introduction, the agenda of a one-day and a two-day
// course, then one part per session with its own running head: the plan at a glance (duration,
// participants, objectives, materials, room, preparation) and each activity with its clock time
// from the session's start, method, numbered steps, notes, what it draws on and its handout.
// Pure: plain data in, HTML out.
import escapeHtml from 'escape-html'
import { partNumber } from '../../fields/options'
import { findLocale } from '../../i18n/locales'
import { agenda, type AgendaRow } from '../../training/agenda'
import type { GuideDocument } from '../document'
import type { ActivityDocument, FacilitatorDocument, SessionDocument } from '../facilitator/document'
import { runningHeadCss, printCss } from './css'
import { facilitatorLabels, type FacilitatorLabels } from './facilitatorLabels'
import { fontFaceCss } from './fonts'
import { headingTexts, tocList, type TocEntry } from './html'
import { labels as guideLabels } from './labels'
import { exerciseBox, notepad, quoteHtml, type RenderContext } from './richText'
import { typesetHtml } from './typesetting'

const e = (text: string | undefined) => escapeHtml(text ?? '')
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`))

export interface RenderedFacilitatorGuide {
  html: string
  title: string
  toc: TocEntry[]
  headings: string[]
}

export const facilitatorCss = `
.front-title .kind { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.08em; color: #7a3b69; margin-top: 40mm; }
.front-title .title { font-size: 24pt; font-weight: 700; color: #1f3a5f; line-height: 1.25; margin: 4mm 0 6mm; }
.front-title .for-guide { font-size: 12pt; }
.front-title .publisher { margin-top: 30mm; font-size: 10pt; }
.fg-part { break-before: page; }
table.agenda { width: 100%; border-collapse: collapse; margin: 2mm 0 6mm; font-size: 9.5pt; }
table.agenda th, table.agenda td { text-align: left; padding: 1.2mm 2mm; border-bottom: 0.5pt solid #c8c8c8; vertical-align: top; }
table.agenda th { font-weight: 700; color: #1f3a5f; border-bottom: 1pt solid #1f3a5f; }
table.agenda tr { break-inside: avoid; }
table.agenda td.time { white-space: nowrap; width: 28mm; font-variant-numeric: tabular-nums; }
table.agenda tr.session td { font-weight: 700; background: #eef3f8; }
table.agenda tr.pause td { font-style: italic; color: #555; }
table.agenda td.activity { padding-left: 6mm; }
.at-a-glance { border: 1.2pt solid #1f3a5f; border-radius: 2mm; padding: 4mm 5mm; margin: 0 0 6mm; break-inside: avoid; }
.at-a-glance dl { display: grid; grid-template-columns: 34mm 1fr; gap: 1.5mm 3mm; margin: 0; }
.at-a-glance dt { font-weight: 700; color: #1f3a5f; }
.at-a-glance dd { margin: 0; }
.at-a-glance ul { margin: 0; padding-left: 5mm; }
.activity { margin: 0 0 6mm; }
.activity-head { display: flex; gap: 4mm; align-items: baseline; border-top: 1pt solid #1f3a5f; padding-top: 2mm; break-after: avoid; }
.activity-head .clock { font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; color: #1f3a5f; }
.activity-head h2 { margin: 0; font-size: 12pt; flex: 1 1 auto; }
.activity-head .method { font-size: 8.5pt; color: #7a3b69; white-space: nowrap; }
.activity ol.steps { padding-left: 7mm; }
.activity ol.steps li { margin-bottom: 1mm; }
.activity .note { border-left: 1.5mm solid #d0a35c; background: #fbf4e8; padding: 2mm 4mm; margin: 2mm 0; break-inside: avoid; }
.activity .draws-on, .activity .handout-line { font-size: 9pt; color: #333; margin: 1mm 0; }
.handout { break-before: page; }
.handout .case-study { border: 1.2pt solid #1f3a5f; border-radius: 2mm; padding: 4mm 5mm; }
.handout .case-study h3 { margin-top: 0; color: #1f3a5f; }
`

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
const sessionTarget = (s: SessionDocument) => `session-${s.slug}`

/** The context exercises are rendered in (their instructions are rich text without blocks). */
function exerciseContext(doc: FacilitatorDocument): RenderContext {
  const stub = { locale: doc.locale, quotes: {}, exercises: {}, images: {} } as unknown as GuideDocument
  return { doc: stub, labels: guideLabels[doc.locale], imageData: {}, exerciseCount: { n: 0 }, figureCount: { n: 0 }, anchors: new Set(), references: new Set(), pageNumbers: {} }
}

/** Handouts in order of use: each exercise or case study once, numbered. */
export function handoutList(doc: FacilitatorDocument): { kind: 'exercise' | 'case-study'; id: string }[] {
  const seen = new Set<string>()
  const list: { kind: 'exercise' | 'case-study'; id: string }[] = []
  for (const a of doc.sessions.flatMap((s) => s.activities)) {
    const id = a.handout === 'exercise' ? a.exercise : a.handout === 'case-study' ? a.caseStudy : undefined
    if (!id || seen.has(`${a.handout}:${id}`)) continue
    seen.add(`${a.handout}:${id}`)
    list.push({ kind: a.handout as 'exercise' | 'case-study', id })
  }
  return list
}

function handoutsHtml(doc: FacilitatorDocument, labels: FacilitatorLabels): string {
  const ctx = exerciseContext(doc)
  return handoutList(doc)
    .map((h, i) => {
      const heading = `<p class="part-label">${e(labels.handout)} ${i + 1}</p>`
      if (h.kind === 'exercise') return `<section class="handout">${heading}${exerciseBox(doc.exercises[h.id], i + 1, ctx)}</section>`
      const study = doc.caseStudies[h.id]
      return `<section class="handout">${heading}<div class="case-study"><h3>${e(labels.caseStudy)}: ${e(study.title)}</h3><p>${e(study.story)}</p><p><strong>${e(labels.discussionQuestions)}</strong></p><ol>${study.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ol>${notepad(8)}</div></section>`
    })
    .join('\n')
}

function agendaTable(rows: AgendaRow[], doc: FacilitatorDocument, labels: FacilitatorLabels): string {
  const title = (row: AgendaRow) =>
    row.kind === 'session' ? `${fill(labels.session, { n: (row.session ?? 0) + 1 })}. ${row.title}` : row.kind === 'break' ? labels.breakTime : row.kind === 'lunch' ? labels.lunch : row.title
  const days = [...new Set(rows.map((r) => r.day))]
  return days
    .map(
      (day) => `${days.length > 1 ? `<h2>${e(fill(labels.day, { n: day }))}</h2>` : ''}<table class="agenda"><thead><tr><th>${e(labels.time)}</th><th>${e(labels.activities)}</th></tr></thead><tbody>${rows
        .filter((r) => r.day === day)
        .map((r) => `<tr class="${r.kind === 'break' || r.kind === 'lunch' ? 'pause' : r.kind}"><td class="time">${r.start}–${r.end}</td><td class="${r.kind}">${e(title(r))}</td></tr>`)
        .join('')}</tbody></table>`,
    )
    .join('\n')
}

function activityHtml(a: ActivityDocument, startsAt: number, doc: FacilitatorDocument, labels: FacilitatorLabels, handoutNumber: (a: ActivityDocument) => number | undefined): string {
  const { part } = guideLabels[doc.locale]
  const drawsOn = [
    ...a.parts.flatMap((p) => partNumber('practitioner-guide', p) ?? []).map(part),
    ...(a.exercise ? [`${labels.exercise}: ${doc.exercises[a.exercise].title}`] : []),
    ...(a.caseStudy ? [`${labels.caseStudy}: ${doc.caseStudies[a.caseStudy].title}`] : []),
  ]
  const number = handoutNumber(a)
  const handout = number ? `${labels.handout} ${number}: ${a.handout === 'exercise' ? doc.exercises[a.exercise!].title : doc.caseStudies[a.caseStudy!].title}` : ''
  return `<div class="activity">
<div class="activity-head"><span class="clock">${clock(startsAt)}–${clock(startsAt + a.minutes)}</span><h2>${e(a.title)}</h2><span class="method">${e(labels.methods[a.method as keyof FacilitatorLabels['methods']] ?? a.method)} · ${e(fill(labels.minutes, { n: a.minutes }))}</span></div>
<ol class="steps">${a.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>
${a.notes ? `<p class="note"><strong>${e(labels.facilitatorNotes)}:</strong> ${e(a.notes)}</p>` : ''}
${a.quotes.map((id) => quoteHtml(doc.quotes[id], guideLabels[doc.locale].illustrative)).join('\n')}
${drawsOn.length ? `<p class="draws-on"><strong>${e(labels.drawsOn)}:</strong> ${e(drawsOn.join('; '))}</p>` : ''}
${handout ? `<p class="handout-line"><strong>${e(handout)}</strong></p>` : ''}
</div>`
}

function sessionHtml(s: SessionDocument, n: number, doc: FacilitatorDocument, labels: FacilitatorLabels, handoutNumber: (a: ActivityDocument) => number | undefined): string {
  let at = 0
  const activities = s.activities.map((a) => {
    const html = activityHtml(a, at, doc, labels, handoutNumber)
    at += a.minutes
    return html
  })
  return `<section class="fg-part" id="${sessionTarget(s)}-section">
<p class="part-label">${e(fill(labels.session, { n }))}</p>
<h1 id="${sessionTarget(s)}">${e(s.title)}</h1>
<div class="at-a-glance"><dl>
<dt>${e(labels.duration)}</dt><dd>${e(fill(labels.minutes, { n: s.durationMinutes }))}</dd>
<dt>${e(labels.participants)}</dt><dd>${e(s.participants)} (${e(fill(labels.groupSize, { min: s.groupSize.min, max: s.groupSize.max }))})</dd>
<dt>${e(labels.objectives)}</dt><dd>${e(labels.objectivesLead)}<ul>${s.objectives.map((o) => `<li>${e(o)}</li>`).join('')}</ul></dd>
<dt>${e(labels.materials)}</dt><dd>${e(s.materials)}</dd>
<dt>${e(labels.roomSetup)}</dt><dd>${e(s.roomSetup)}</dd>
<dt>${e(labels.preparation)}</dt><dd>${e(s.preparation)}</dd>
</dl></div>
${activities.join('\n')}
</section>`
}

function documentHtml(doc: FacilitatorDocument, title: string, heads: { name: string; head: string }[], pageRules: string, body: string): string {
  return `<!doctype html>
<html lang="${doc.locale}" dir="${findLocale(doc.locale)?.direction ?? 'ltr'}">
<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<style>${fontFaceCss()}</style>
<style>${printCss}</style>
<style>${facilitatorCss}
${runningHeadCss(heads)}
${pageRules}
</style>
</head>
<body>
${body}
</body>
</html>`
}

export function renderFacilitatorGuide(doc: FacilitatorDocument, pageNumbers: Record<string, number> = {}): RenderedFacilitatorGuide {
  const labels = facilitatorLabels[doc.locale]
  const series = guideLabels[doc.locale]
  const title = doc.facilitatorGuide.title
  const handouts = handoutList(doc)
  const handoutNumber = (a: ActivityDocument) => {
    const i = handouts.findIndex((h) => (h.kind === 'exercise' && a.handout === 'exercise' && h.id === a.exercise) || (h.kind === 'case-study' && a.handout === 'case-study' && h.id === a.caseStudy))
    return i >= 0 ? i + 1 : undefined
  }
  const plain = doc.sessions.map((s) => ({ title: s.title, durationMinutes: s.durationMinutes, activities: s.activities }))
  const parts = [
    { target: 'fg-introduction', page: 'fgintro', title: labels.introduction, html: `<p>${e(doc.facilitatorGuide.introduction)}</p>` },
    { target: 'fg-agenda-1', page: 'fgagenda1', title: labels.agendaOneDay, html: agendaTable(agenda(plain, { days: 1 }), doc, labels) },
    { target: 'fg-agenda-2', page: 'fgagenda2', title: labels.agendaTwoDays, html: agendaTable(agenda(plain, { days: 2 }), doc, labels) },
  ]
  const toc: TocEntry[] = [
    ...parts.map((p) => ({ target: p.target, title: p.title })),
    ...doc.sessions.map((s, i) => ({ target: sessionTarget(s), title: `${fill(labels.session, { n: i + 1 })}. ${s.title}` })),
    ...(handouts.length ? [{ target: 'fg-handouts', title: labels.handouts }] : []),
  ]
  const heads = [
    ...parts.map((p) => ({ name: p.page, head: `${title} · ${p.title}` })),
    ...doc.sessions.map((s, i) => ({ name: `fgsession${i + 1}`, head: `${title} · ${fill(labels.session, { n: i + 1 })}. ${s.title}` })),
    { name: 'fghandouts', head: `${title} · ${labels.handouts}` },
  ]
  const pageRules = [
    ...parts.map((p) => `#${p.target}-section { page: ${p.page}; }`),
    ...doc.sessions.map((s, i) => `#${sessionTarget(s)}-section { page: fgsession${i + 1}; }`),
    '#fg-handouts-section { page: fghandouts; }',
  ].join('\n')
  const body = `<section class="front front-title">
<p class="series">${e(series.series)}</p>
<p class="kind">${e(labels.facilitatorGuide)}</p>
<p class="title">${e(title)}</p>
<p class="for-guide">${e(fill(labels.forGuide, { n: doc.guide.seriesNumber, title: doc.guide.title }))}</p>
<p class="publisher">${e(series.publisher)}</p>
</section>
<nav class="front toc">
<h1>${e(series.contents)}</h1>
${tocList(toc, pageNumbers)}
</nav>
${parts.map((p) => `<section class="fg-part" id="${p.target}-section"><h1 id="${p.target}">${e(p.title)}</h1>${p.html}</section>`).join('\n')}
${doc.sessions.map((s, i) => sessionHtml(s, i + 1, doc, labels, handoutNumber)).join('\n')}
${handouts.length ? `<section class="fg-part" id="fg-handouts-section"><h1 id="fg-handouts">${e(labels.handouts)}</h1><p>${e(labels.handoutsIntro)}</p>${handoutsHtml(doc, labels)}</section>` : ''}`
  const html = typesetHtml(documentHtml(doc, title, heads, pageRules, body), { locale: doc.locale })
  return { html, title, toc, headings: headingTexts(html) }
}

/** The handouts alone, one per page, for the photocopier: a separate PDF. */
export function renderHandouts(doc: FacilitatorDocument): { html: string; title: string; headings: string[] } {
  const labels = facilitatorLabels[doc.locale]
  const title = `${doc.facilitatorGuide.title} · ${labels.handouts}`
  const html = typesetHtml(documentHtml(doc, title, [{ name: 'fghandouts', head: title }], 'body { page: fghandouts; } .handout:first-child { break-before: auto; }', handoutsHtml(doc, labels)), { locale: doc.locale })
  return { html, title, headings: headingTexts(html) }
}
