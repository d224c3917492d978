'use client'
// A publication's PDF as a link, in its edit view and in the Publications list: the current
// edition's public URL, an archived one through the editors' download route, or why there is none.
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

interface PublicationFile {
  id?: number | string
  status?: string
  url?: string | null
  fileName?: string | null
  fileRemovedAt?: string | null
}

function DownloadLink({ id, status, url, fileName, fileRemovedAt }: PublicationFile) {
  if (fileRemovedAt) return <span>File deleted (it printed a quote that may no longer be printed)</span>
  if (!fileName || id === undefined) return <span>No file{status === 'failed' ? ': the build failed (see Error)' : ''}</span>
  // Only the current edition is public; editors download archived ones through the API.
  // The record's URL is absolute (PUBLIC_URL); the link stays on the host the admin is open on.
  const href = status === 'current' && url ? url.replace(/^https?:\/\/[^/]+/, '') : `/api/publications/${id}/file`
  return (
    <a href={href} download={fileName} target="_blank" rel="noopener">
      Download PDF{status === 'current' ? '' : ' (archived)'}
    </a>
  )
}

export function PublicationDownloadField() {
  const { id } = useDocumentInfo()
  const fields = useFormFields(([all]) => ({
    status: all.status?.value as string | undefined,
    url: all.url?.value as string | undefined,
    fileName: all.fileName?.value as string | undefined,
    fileRemovedAt: all.fileRemovedAt?.value as string | undefined,
  }))
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">PDF</label>
      <DownloadLink id={id} {...fields} />
    </div>
  )
}

export function PublicationDownloadCell({ rowData }: DefaultCellComponentProps) {
  return <DownloadLink {...(rowData as PublicationFile)} />
}
