import type { UIField } from 'payload'

/** The guide's print edition in the sidebar (src/admin/PrintEditionField.tsx): not stored. */
export const printEditionField: UIField = {
  name: 'printEdition',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/admin/PrintEditionField#PrintEditionField' } },
}
