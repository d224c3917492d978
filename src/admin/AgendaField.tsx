'use client'
// The agenda of a facilitator guide's course in its edit view: the sessions and activities with
// their times, for a one-day or a two-day course, in the language the editor is viewing. Read from
// GET /api/facilitator-guides/:id/agenda, the figures the printed guide uses.
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

interface Row {
  day: number
  start: string
  end: string
  kind: 'session' | 'activity' | 'break' | 'lunch'
  title: string
}

const cell: React.CSSProperties = { padding: '4px 10px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left', verticalAlign: 'top' }

export function AgendaField() {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const [days, setDays] = useState<1 | 2>(1)
  const [rows, setRows] = useState<Row[] | undefined>()
  const [problem, setProblem] = useState<string | undefined>()

  useEffect(() => {
    if (id === undefined) return
    let current = true
    fetch(`${config.routes.api}/facilitator-guides/${id}/agenda?days=${days}&locale=${locale.code}`, { credentials: 'include' })
      .then(async (res) => {
        const body = await res.json()
        if (!current) return
        if (res.ok) {
          setRows(body.rows as Row[])
          setProblem(undefined)
        } else setProblem(body.errors?.[0]?.message ?? `The agenda could not be read (${res.status}).`)
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [id, days, locale.code, config.routes.api])

  if (id === undefined) return <p className="field-description">The agenda appears once the facilitator guide is saved and has sessions.</p>
  return (
    <div className="field-type agenda-field" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">Agenda</label>
      <div style={{ display: 'flex', gap: 8, margin: '4px 0 8px' }}>
        {([1, 2] as const).map((n) => (
          <button key={n} type="button" className={`btn btn--size-small ${days === n ? 'btn--style-primary' : 'btn--style-secondary'}`} onClick={() => setDays(n)} aria-pressed={days === n}>
            {n === 1 ? 'One-day course' : 'Two-day course'}
          </button>
        ))}
      </div>
      {problem && <p className="field-description">{problem}</p>}
      {rows && (
        <table className="agenda-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} style={{ fontWeight: row.kind === 'session' ? 600 : undefined, fontStyle: row.kind === 'break' || row.kind === 'lunch' ? 'italic' : undefined }}>
                {days === 2 && <td style={{ ...cell, whiteSpace: 'nowrap', width: 60 }}>{i === 0 || rows[i - 1].day !== row.day ? `Day ${row.day}` : ''}</td>}
                <td style={{ ...cell, whiteSpace: 'nowrap', width: 120 }}>
                  {row.start}–{row.end}
                </td>
                <td style={{ ...cell, paddingLeft: row.kind === 'activity' ? 28 : 10 }}>{row.kind === 'break' ? 'Break' : row.kind === 'lunch' ? 'Lunch' : row.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
