import type { Block } from 'payload'

/** Places a workbook exercise from the Exercises collection. */
export const ExerciseBlock: Block = {
  slug: 'exercise',
  interfaceName: 'ExerciseBlock',
  labels: { singular: 'Exercise', plural: 'Exercises' },
  fields: [{ name: 'exercise', type: 'relationship', relationTo: 'exercises', required: true }],
}
