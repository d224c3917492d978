import type { Block } from 'payload'
import { anchorField } from '../anchors'

/** Places a workbook exercise from the Exercises collection. */
export const ExerciseBlock: Block = {
  slug: 'exercise',
  interfaceName: 'ExerciseBlock',
  labels: { singular: 'Exercise', plural: 'Exercises' },
  // The block's header names what it holds (src/admin/BlockLabel.tsx) instead of \"Untitled\".
  admin: { disableBlockName: true, components: { Label: '/src/admin/BlockLabel#ExerciseBlockLabel' } },
  fields: [{ name: 'exercise', type: 'relationship', relationTo: 'exercises', required: true }, anchorField('exercise')],
}
