// Fields every record of a printed file has (Publications, DirectoryEditions): its status, and the
// stored file's name, public URL, hash, size and pages.
import type { Field, SelectField } from 'payload'

/** current / superseded / failed, and the statuses a kind of publication adds (withdrawn, retired). */
export function editionStatus(more: { label: string; value: string }[]): SelectField {
  return {
    name: 'status',
    type: 'select',
    required: true,
    index: true,
    options: [{ label: 'Current', value: 'current' }, { label: 'Superseded', value: 'superseded' }, { label: 'Failed', value: 'failed' }, ...more],
  }
}

export const storedFileFields = (): Field[] => [
  { name: 'fileName', type: 'text' },
  { name: 'url', type: 'text' },
  { name: 'sha256', type: 'text' },
  { name: 'bytes', type: 'number' },
  { name: 'pages', type: 'number' },
]
