'use client'
// Beside an outdated translation: what changed in the English since it was last reviewed, unit by
// unit (a field, or a paragraph of rich text), the English then and now with the changed words
// marked, read from GET /api/<collection>/<id>/translation-diff. Once the translation is brought up
// to date, "Mark as updated" sets this language's status to needs review; saving records it.
import { useConfig, useDocumentInfo, useField, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Change {
  unit: string
  before: string
  after: string
  diff: string
}

/** "{+added+}" and "[-removed-]" of the word diff as <ins> and <del>. */
function Marked({ diff }: { diff: string }) {
  const parts = diff.split(/(\{\+[\s\S]*?\+\}|\[-[\s\S]*?-\])/)
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('{+') && part.endsWith('+}') ? (
          <ins key={i} style={{ background: 'var(--theme-success-100)', textDecoration: 'none' }}>
            {part.slice(2, -2)}
          </ins>
        ) : part.startsWith('[-') && part.endsWith('-]') ? (
          <del key={i} style={{ background: 'var(--theme-error-100)' }}>
            {part.slice(2, -2)}
          </del>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  )
}

/** "body.3" → "Body, paragraph 4"; "title" → "Title". */
const unitLabel = (unit: string) => {
  const [field, ...rest] = unit.split('.')
  const name = field.charAt(0).toUpperCase() + field.slice(1).replace(/([A-Z])/g, ' $1').toLowerCase()
  const index = rest.find((r) => /^\d+$/.test(r))
  return index === undefined ? name : `${name}, part ${Number(index) + 1}`
}

export function TranslationChangesField() {
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const status = useField<string>({ path: 'translation.status' })
  const [changes, setChanges] = useState<Change[] | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const outdated = status.value === 'outdated'

  useEffect(() => {
    if (!outdated || id === undefined || locale.code === 'en') return
    let current = true
    fetch(`${config.routes.api}/${collectionSlug}/${id}/translation-diff?locale=${locale.code}`, { credentials: 'include' })
      .then(async (res) => {
        const body = await res.json()
        if (!current) return
        if (res.ok) setChanges(body.changes as Change[])
        else setProblem(body.errors?.[0]?.message ?? `The changes could not be read (${res.status}).`)
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [outdated, id, collectionSlug, locale.code, config.routes.api])

  if (locale.code === 'en' || id === undefined) return null
  if (!outdated) {
    return status.value === 'needs-review' && changes ? (
      <p className="field-description translation-changes-done">Marked as updated: save the draft to record it.</p>
    ) : null
  }
  return (
    <div className="field-type translation-changes" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">English changed since this translation was reviewed</label>
      {problem && <p className="field-description">{problem}</p>}
      {changes?.length === 0 && <p className="field-description">No recorded English to compare with: read the English and update what differs.</p>}
      {changes?.map((change) => (
        <div key={change.unit} className="translation-change" data-unit={change.unit} style={{ borderLeft: '3px solid var(--theme-warning-500)', padding: '2px 0 2px 10px', margin: '8px 0' }}>
          <div style={{ fontWeight: 600, fontSize: 12 }}>{unitLabel(change.unit)}</div>
          <div style={{ fontSize: 13, lineHeight: 1.5 }}>
            <Marked diff={change.diff} />
          </div>
        </div>
      ))}
      {changes && (
        <button type="button" className="btn btn--size-small btn--style-secondary translation-changes-mark" style={{ margin: '4px 0 0' }} disabled={status.disabled} onClick={() => status.setValue('needs-review')}>
          Mark as updated (needs review)
        </button>
      )}
    </div>
  )
}
