import type { Block } from 'payload'
import { anchorField } from '../anchors'

/** Places a workbook exercise from the Exercises collection. */
export const ExerciseBlock: Block = {
  slug: 'exercise',
  interfaceName: 'ExerciseBlock',
  labels: { singular: 'Exercise', plural: 'Exercises' },
  fields: [{ name: 'exercise', type: 'relationship', relationTo: 'exercises', required: true }, anchorField('exercise')],
}
