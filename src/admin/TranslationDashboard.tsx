// Admin view at /admin/translation-progress: guides, facilitator guides and the directory of
// services × locales with percent approved, outdated and missing counts, and links to the items to work on. Same figures as GET /api/translation-progress.
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { requireStaff, StaffPage } from './StaffPage'
import { findLocale, ownLanguagesFirst } from '../i18n/locales'
import { translationProgress } from '../translation/progress'

const cell: React.CSSProperties = { padding: '10px 12px', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }

export async function TranslationDashboard(view: AdminViewServerProps) {
  const { req, admin, user } = requireStaff(view, '/translation-progress')
  const progress = await translationProgress(req.payload, { user: req.user, adminBase: admin })
  // A translator's own languages come first, their work lists open.
  const locales = ownLanguagesFirst(progress.locales, user)
  const own = new Set(((user as { languages?: string[] }).languages ?? []).map(String))
  return (
    <StaffPage view={view}>
      <h1>Translation progress</h1>
      <p>Per publication (guides, facilitator guides, the directory of services) and language: share of items approved, items outdated by English changes, and items not yet translated. Each language lists every item still to work on (missing, in progress, to review, outdated), each linked to its edit view in that language; a translator&rsquo;s own languages come first.</p>
      <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: 24 }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left' }}>Publication</th>
            {locales.map((code) => (
              <th key={code} id={code} style={{ ...cell, textAlign: 'left' }}>
                {findLocale(code)?.label ?? code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {progress.guides.map((guide) => (
            <tr key={`${guide.kind}:${guide.slug}`}>
              <td style={cell}>
                {guide.title}
                {guide.kind !== 'guide' && <div style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>{guide.kind === 'directory' ? 'every service' : 'sessions and case studies'}</div>}
              </td>
              {locales.map((code) => {
                const p = guide.locales[code]
                return (
                  <td key={code} style={cell}>
                    <div style={{ fontSize: 20, fontWeight: 600 }}>{p.percentApproved}%</div>
                    <div style={{ background: 'var(--theme-elevation-100)', height: 6, borderRadius: 3, margin: '4px 0 6px' }}>
                      <div style={{ width: `${p.percentApproved}%`, height: 6, borderRadius: 3, background: 'var(--theme-success-500)' }} />
                    </div>
                    <div>
                      {p.approved}/{p.items} approved · {p.needsReview} to review
                    </div>
                    <div style={{ color: p.outdated ? 'var(--theme-warning-600)' : undefined }}>{p.outdated} outdated</div>
                    <div style={{ color: p.missing ? 'var(--theme-error-500)' : undefined }}>{p.missing} missing</div>
                    {(p.work ?? []).length > 0 && (
                      <details open={own.has(code)} className="translation-work" data-locale={code}>
                        <summary>{(p.work ?? []).length} to work on</summary>
                        {(p.work ?? []).map((w) => (
                          <div key={`${w.collection}-${w.id}`}>
                            <a href={w.adminUrl}>
                              {w.status}: {w.title}
                            </a>
                          </div>
                        ))}
                      </details>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </StaffPage>
  )
}
