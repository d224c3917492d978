// Cards above the admin dashboard's collections: translation progress per language (the viewer's own
// languages first, each linked to its work list), the XLIFF exchange, and the print editions (how
// many are current, which failed). Figures from the same functions as the API and the full pages.
import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { findLocale, ownLanguagesFirst } from '../i18n/locales'
import { translationProgress } from '../translation/progress'
import { waitingPublishingJobs } from '../jobs/waiting'

const card: React.CSSProperties = { flex: '1 1 260px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '16px 20px', background: 'var(--theme-elevation-0)' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: 13, margin: '4px 0 10px' }

async function printEditions(payload: Payload) {
  const count = async (status: string) => (await payload.count({ collection: 'publications', where: { and: [{ status: { equals: status } }, { kind: { equals: 'guide' } }] }, overrideAccess: true })).totalDocs
  const pending = (await waitingPublishingJobs(payload)).length
  const [current, failed] = await Promise.all([count('current'), count('failed')])
  return { current, failed, pending }
}

export async function DashboardCards({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const admin = payload.config.routes.admin
  const [progress, prints] = await Promise.all([translationProgress(payload, { user, adminBase: admin }), printEditions(payload)])
  const perLocale = ownLanguagesFirst(progress.locales, user).map((code) => {
    const rows = progress.guides.map((g) => g.locales[code])
    const items = rows.reduce((n, r) => n + r.items, 0)
    const approved = rows.reduce((n, r) => n + r.approved, 0)
    const toDo = rows.reduce((n, r) => n + r.items - r.approved, 0)
    return { code, label: findLocale(code)?.label ?? code, percent: Math.round((approved / Math.max(items, 1)) * 100), toDo }
  })
  const own = new Set(((user as { languages?: string[] }).languages ?? []).map(String))
  return (
    <div className="guidepress-dashboard-cards" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '8px 0 32px' }}>
      <section style={card} className="dashboard-card dashboard-card--progress">
        <h3 style={{ margin: 0 }}>Translation progress</h3>
        <p style={muted}>Items approved in each language, over every guide, facilitator guide and the directory.</p>
        {perLocale.map((l) => (
          <div key={l.code} style={{ margin: '6px 0' }} data-locale={l.code}>
            <div style={{ display: 'flex', justifyContent: 'space-between', fontWeight: own.has(l.code) ? 700 : undefined }}>
              <span>{l.label}</span>
              <span>
                {l.percent}% · <a href={`${admin}/translation-progress#${l.code}`}>{l.toDo} to do</a>
              </span>
            </div>
            <div style={{ background: 'var(--theme-elevation-100)', height: 6, borderRadius: 3 }}>
              <div style={{ width: `${l.percent}%`, height: 6, borderRadius: 3, background: 'var(--theme-success-500)' }} />
            </div>
          </div>
        ))}
        <p style={{ margin: '12px 0 0' }}>
          <a href={`${admin}/translation-progress`}>Open translation progress</a>
        </p>
      </section>
      <section style={card} className="dashboard-card dashboard-card--xliff">
        <h3 style={{ margin: 0 }}>XLIFF exchange</h3>
        <p style={muted}>Translate a whole guide, facilitator guide or the directory in a CAT tool: download it as XLIFF 1.2, upload it back. Units whose formatting tags do not match are refused one by one; the rest is saved as drafts.</p>
        <p style={{ margin: 0 }}>
          <a href={`${admin}/xliff`}>Open the XLIFF exchange</a>
        </p>
      </section>
      <section style={card} className="dashboard-card dashboard-card--print">
        <h3 style={{ margin: 0 }}>Print editions</h3>
        <p style={muted}>PDFs of the guides in every language, rebuilt after each published change.</p>
        <p style={{ margin: '4px 0' }}>
          <strong>{prints.current}</strong> current
          {prints.pending > 0 && (
            <>
              {' '}
              · <strong>{prints.pending}</strong> publishing job{prints.pending === 1 ? '' : 's'} waiting
            </>
          )}
        </p>
        {prints.failed > 0 && (
          <p style={{ margin: '4px 0', color: 'var(--theme-error-500)' }}>
            <a href={`${admin}/collections/publications?where[status][equals]=failed`}>{prints.failed} failed build{prints.failed === 1 ? '' : 's'}: see why</a>
          </p>
        )}
        <p style={{ margin: '12px 0 0' }}>
          <a href={`${admin}/collections/publications?where[status][equals]=current&where[kind][equals]=guide`}>Open the publications</a>
        </p>
      </section>
    </div>
  )
}
