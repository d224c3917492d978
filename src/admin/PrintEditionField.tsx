'use client'
// The print edition beside a guide or a chapter in the admin: the state of the guide's PDF in the
// language being viewed (queued, building, current, failed with the cause), a link to download it,
// and the print preview (the HTML the PDF is printed from, opened at the chapter). Read from
// GET /api/guides/:id/print-state, polled while a build waits or runs.
import { useConfig, useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { refId } from '../blocks/refs'

interface PrintState {
  state: 'queued' | 'building' | 'current' | 'failed' | 'none'
  current?: { url: string; pages: number; bytes: number; builtAt: string; translationComplete: boolean; warnings: string[] }
  error?: string
  previewUrl: string
}

const describe: Record<PrintState['state'], string> = {
  queued: 'Queued: a new PDF will be built in a moment.',
  building: 'Building the new PDF now…',
  current: 'Current.',
  failed: 'The last build failed; the previous PDF, if any, is still served.',
  none: 'No PDF yet: it is printed once the guide and its chapters are published.',
}

const colour: Record<PrintState['state'], string> = { queued: 'var(--theme-warning-500)', building: 'var(--theme-warning-500)', current: 'var(--theme-success-500)', failed: 'var(--theme-error-500)', none: 'var(--theme-elevation-500)' }


export function PrintEditionField() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const chapterGuide = useFormFields(([fields]) => fields.guide?.value)
  const chapterSlug = useFormFields(([fields]) => fields.slug?.value)
  const guideId = collectionSlug === 'guides' ? id : refId(chapterGuide)
  const [print, setPrint] = useState<PrintState | undefined>()
  const [problem, setProblem] = useState<string | undefined>()

  const load = useCallback(async () => {
    if (guideId === undefined || guideId === null || guideId === '') return
    const res = await fetch(`${config.routes.api}/guides/${guideId}/print-state?locale=${locale.code}`, { credentials: 'include' })
    const body = await res.json()
    if (res.ok) {
      setPrint(body as PrintState)
      setProblem(undefined)
    } else setProblem(body.errors?.[0]?.message ?? `The print edition could not be read (${res.status}).`)
  }, [guideId, locale.code, config.routes.api])

  useEffect(() => {
    load().catch((error: Error) => setProblem(error.message))
  }, [load])

  // While a build waits or runs, look again every few seconds until it is done.
  useEffect(() => {
    if (print?.state !== 'queued' && print?.state !== 'building') return
    const timer = setInterval(() => load().catch(() => undefined), 3000)
    return () => clearInterval(timer)
  }, [print?.state, load])

  if (guideId === undefined || guideId === null || guideId === '') return <p className="field-description">The print edition appears once this is saved with its guide.</p>
  const anchor = collectionSlug === 'chapters' && typeof chapterSlug === 'string' ? `#chapter-${chapterSlug}` : ''
  return (
    <div className="field-type print-edition-field" style={{ marginBottom: 'var(--base)' }} data-print-state={print?.state ?? ''}>
      <label className="field-label">Print edition ({locale.label && typeof locale.label === 'string' ? locale.label : locale.code})</label>
      {problem && <p className="field-description">{problem}</p>}
      {print && (
        <>
          <p style={{ margin: '4px 0', color: colour[print.state], fontWeight: 600 }} className="print-edition-state">
            {describe[print.state]}
          </p>
          {print.error && <p className="field-description print-edition-error">{print.error}</p>}
          {print.current && (
            <p className="field-description" style={{ margin: '4px 0' }}>
              <a href={print.current.url} target="_blank" rel="noreferrer" className="print-edition-download">
                Download the PDF
              </a>{' '}
              — {print.current.pages} pages, {Math.round(print.current.bytes / 1024)} KB, built {new Date(print.current.builtAt).toLocaleString()}
              {print.current.translationComplete ? '' : '; the translation is not complete'}
            </p>
          )}
          <p style={{ margin: '8px 0 0' }}>
            <a href={`${print.previewUrl}${anchor}`} target="_blank" rel="noreferrer" className="btn btn--size-small btn--style-secondary print-edition-preview" style={{ margin: 0 }}>
              Open the print preview
            </a>
          </p>
          <p className="field-description">The preview is the page the PDF is printed from, made now from the published content, with the page numbers of the last build.</p>
        </>
      )}
    </div>
  )
}
