// Admin view at /admin/xliff: download a guide for one language as XLIFF 1.2 for a CAT tool, and
// upload the translated file back. Uses the same endpoints as scripts (GET/POST /api/xliff/…).
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { requireStaff, StaffPage } from './StaffPage'
import { translatorLocales, userIsTranslator } from '../access/roles'
import { findLocale, translationLocales } from '../i18n/locales'
import { XliffImportForm } from './XliffImportForm'
import { DIRECTORY_BUNDLE } from '../keys'

const field: React.CSSProperties = { display: 'block', margin: '8px 0 16px', padding: 8, minWidth: 320 }

export async function XliffView(view: AdminViewServerProps) {
  const { req, user } = requireStaff(view, '/xliff')
  const guides = (await req.payload.find({ collection: 'guides', depth: 0, draft: true, overrideAccess: true, sort: 'seriesNumber', limit: 100, locale: 'en' })).docs as { slug: string; title: string; seriesNumber: number }[]
  const facilitatorGuides = (await req.payload.find({ collection: 'facilitator-guides', depth: 0, draft: true, overrideAccess: true, sort: 'slug', limit: 100, locale: 'en' })).docs as { slug: string; title: string }[]
  const languages = userIsTranslator(user) ? translationLocales.filter((l) => translatorLocales(user).includes(l)) : translationLocales
  const api = req.payload.config.routes.api
  return (
    <StaffPage view={view}>
      <h1>XLIFF exchange</h1>
      <p>For translators who work in a CAT tool (OmegaT, Trados, memoQ): download a guide with its chapters, quotes, exercises, images and glossary, a facilitator guide with its sessions and case studies, or the directory of services, as XLIFF 1.2, translate it, and upload it here.</p>
      <h2 style={{ marginTop: 32 }}>Download</h2>
      <form method="get" action={`${api}/xliff/export`}>
        <label>
          Guide
          <select name="guide" style={field} required>
            {guides.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.seriesNumber}. {g.title}
              </option>
            ))}
            {facilitatorGuides.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.title} (sessions and case studies)
              </option>
            ))}
            <option value={DIRECTORY_BUNDLE}>Directory of services (every service)</option>
          </select>
        </label>
        <label>
          Language
          <select name="locale" style={field} required>
            {languages.map((code) => (
              <option key={code} value={code}>
                {findLocale(code)?.label} ({code})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          Download XLIFF
        </button>
      </form>
      <h2 style={{ marginTop: 32 }}>Upload a translated file</h2>
      <p>Only the file&rsquo;s target language is written, as drafts. Units whose English changed since the export are reported as stale and not applied; an editor publishes.</p>
      <XliffImportForm action={`${api}/xliff/import`} />
    </StaffPage>
  )
}
