'use client'
// Uploads an XLIFF file to POST /api/xliff/import and shows the import's summary or the reason it was rejected.
import React, { useState } from 'react'

interface Report {
  locale?: string
  summary?: Record<string, number>
  documents?: { document: string; applied: number; stale: number; rejected: number; unchanged: number; status?: { from: string; to: string } }[]
  stale?: { document?: string; unit?: string; reason: string }[]
  rejected?: { document?: string; unit?: string; reason: string }[]
}

export function XliffImportForm({ action }: { action: string }) {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message?: string; report?: Report } | null>(null)

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File) || file.size === 0) return setResult({ ok: false, message: 'Choose an .xlf file first.' })
    setBusy(true)
    try {
      const res = await fetch(action, { method: 'POST', body: file, credentials: 'include', headers: { 'content-type': 'application/x-xliff+xml' } })
      const body = await res.json().catch(() => ({}))
      setResult(res.ok ? { ok: true, report: body } : { ok: false, message: body.errors?.[0]?.message ?? `The server answered ${res.status}.`, report: body.report })
    } catch {
      setResult({ ok: false, message: 'The upload did not reach the server. Check the connection and try again.' })
    } finally {
      setBusy(false)
    }
  }

  const problems = [...(result?.report?.stale ?? []).map((p) => ({ ...p, kind: 'stale' })), ...(result?.report?.rejected ?? []).filter((p) => p.unit).map((p) => ({ ...p, kind: 'rejected' }))]
  return (
    <div>
      <form onSubmit={upload}>
        <input type="file" name="file" accept=".xlf,.xliff,application/x-xliff+xml" style={{ display: 'block', margin: '8px 0 16px' }} />
        <button type="submit" disabled={busy} className="btn btn--style-primary btn--size-medium">
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
      {result && !result.ok && (
        <p role="alert" className="xliff-result" style={{ color: 'var(--theme-error-500)' }}>
          Rejected, nothing was changed: {result.message}
        </p>
      )}
      {result?.ok && result.report?.summary && (
        <p role="status" className="xliff-result">
          Imported ({result.report.locale}): {result.report.summary.applied} applied, {result.report.summary.stale} stale, {result.report.summary.rejected} rejected,{' '}
          {result.report.summary.unchanged} unchanged.
        </p>
      )}
      {result?.ok &&
        (result.report?.documents ?? [])
          .filter((d) => d.applied || d.status)
          .map((d) => (
            <div key={d.document}>
              {d.document}: {d.applied} applied{d.status ? `, status ${d.status.from} → ${d.status.to}` : ''}
            </div>
          ))}
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={`${p.kind}-${p.document}-${p.unit}`}>
              {p.kind}: {p.document} {p.unit} — {p.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
