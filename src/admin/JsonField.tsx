'use client'
// JSON fields in the admin without Payload's code editor, which loads Monaco from a CDN (the admin
// must work where only the server can be reached): read-only fields as formatted text, editable
// ones as a plain text area that accepts only valid JSON.
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState } from 'react'

const pretty = (value: unknown) => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2))

export const JsonField: JSONFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<unknown>({ potentiallyStalePath: path })
  const [text, setText] = useState(() => pretty(value))
  const [invalid, setInvalid] = useState<string>()
  const label = field.label || field.name
  const locked = readOnly || field.admin?.readOnly
  return (
    <div className="field-type json-field" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={label} path={path} required={field.required} />
      {locked ? (
        <pre className="json-field__view" data-field={field.name} style={{ maxHeight: '24rem', overflow: 'auto', padding: 'calc(var(--base) / 2)', background: 'var(--theme-elevation-50)', whiteSpace: 'pre-wrap' }}>
          {pretty(value) || '—'}
        </pre>
      ) : (
        <>
          <FieldError message={invalid ?? errorMessage} path={path} showError={Boolean(invalid) || showError} />
          <textarea
            className="json-field__input"
            data-field={field.name}
            rows={Math.min(20, Math.max(4, text.split('\n').length))}
            spellCheck={false}
            style={{ width: '100%', fontFamily: 'monospace' }}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              if (!event.target.value.trim()) return void (setInvalid(undefined), setValue(null))
              try {
                setValue(JSON.parse(event.target.value))
                setInvalid(undefined)
              } catch (error) {
                setInvalid(`Not valid JSON: ${(error as Error).message}`)
              }
            }}
          />
        </>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
