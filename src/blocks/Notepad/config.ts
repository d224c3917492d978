import type { Block } from 'payload'
import { anchorField } from '../anchors'

/** Blank ruled lines where a practitioner writes in the printed workbook. */
export const NotepadBlock: Block = {
  slug: 'notepad',
  interfaceName: 'NotepadBlock',
  labels: { singular: 'Notepad', plural: 'Notepads' },
  // The block's header names what it holds (src/admin/BlockLabel.tsx) instead of \"Untitled\".
  admin: { disableBlockName: true, components: { Label: '/src/admin/BlockLabel#NotepadBlockLabel' } },
  fields: [
    { name: 'lines', type: 'number', required: true, min: 1, max: 30, defaultValue: 6 },
    { name: 'prompt', type: 'text', maxLength: 300 },
    anchorField('notepad'),
  ],
}
