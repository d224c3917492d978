import type { CollectionConfig, NumberFieldSingleValidation, SelectFieldSingleValidation } from 'payload'
import { editorOrTranslator, publishedOrStaff } from '../../src/access/content'
import { isEditor, isStaff } from '../../src/access/roles'
import { guideParts, handoutKinds, trainingMethods } from '../../src/fields/options'
import { slugField } from '../../src/fields/slug'
import { checkTimings } from './hooks/checkTimings'
import { queueRebuildOfDeletedSession, queueSessionRebuild } from '../../src/hooks/queuePublishing'

/** A handout needs the thing it hands out. */
const handoutHasItsSource: SelectFieldSingleValidation = (value, { siblingData }) => {
  const row = (siblingData as { drawsOn?: { exercise?: unknown; caseStudy?: unknown } }).drawsOn ?? {}
  if (value === 'exercise' && !row.exercise) return 'This activity hands out an exercise: choose the exercise under "Draws on", or set the handout to "No handout".'
  if (value === 'case-study' && !row.caseStudy) return 'This activity hands out a case study: choose the case study under "Draws on", or set the handout to "No handout".'
  return true
}

const localizedText = (name: string, maxLength: number, description?: string) =>
  ({ name, type: 'textarea', required: true, localized: true, maxLength, ...(description ? { admin: { description } } : {}) }) as const

/**
 * One session of a facilitator guide's course: objectives, timing, who and how many, materials,
 * room and preparation, and its activities in order. Activities draw on the practitioner guide
 * by reference (parts, an exercise, survivor quotes, a case study), never by copy.
 */
export const TrainingSessions: CollectionConfig = {
  slug: 'training-sessions',
  labels: { singular: 'Training session', plural: 'Training sessions' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'facilitatorGuide', 'order', 'durationMinutes', '_status'], group: 'Training' },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  hooks: { beforeValidate: [checkTimings], afterChange: [queueSessionRebuild], afterDelete: [queueRebuildOfDeletedSession] },
  fields: [
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'facilitatorGuide', type: 'relationship', relationTo: 'facilitator-guides', required: true, index: true },
        { name: 'order', type: 'number', required: true, min: 0, index: true, admin: { description: 'Sessions run in this order.' } },
        { name: 'durationMinutes', type: 'number', required: true, min: 5, max: 600, admin: { description: "The sum of the activities' minutes (checked on save)." } },
      ],
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'objectives', type: 'array', minRows: 1, maxRows: 8, labels: { singular: 'Objective', plural: 'Learning objectives' }, fields: [{ name: 'objective', type: 'text', required: true, localized: true, maxLength: 300 }] },
    localizedText('participants', 500, 'Who should attend.'),
    {
      name: 'groupSize',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', required: true, min: 1, max: 200 },
            { name: 'max', type: 'number', required: true, min: 1, max: 200, validate: ((value, { siblingData }) => (value == null || (siblingData as { min?: number }).min == null || value >= (siblingData as { min: number }).min ? true : `The largest group (${value}) is smaller than the smallest (${(siblingData as { min: number }).min}).`)) as NumberFieldSingleValidation },
          ],
        },
      ],
    },
    localizedText('materials', 1000),
    localizedText('roomSetup', 1000),
    localizedText('preparation', 2000, 'What the facilitator does beforehand.'),
    {
      name: 'activities',
      type: 'array',
      minRows: 1,
      maxRows: 20,
      admin: { initCollapsed: true },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
        {
          type: 'row',
          fields: [
            { name: 'method', type: 'select', required: true, options: trainingMethods.map((m) => ({ ...m })) },
            { name: 'minutes', type: 'number', required: true, min: 1, max: 480 },
          ],
        },
        { name: 'steps', type: 'array', minRows: 1, maxRows: 12, fields: [{ name: 'step', type: 'textarea', required: true, localized: true, maxLength: 800 }] },
        { name: 'facilitatorNotes', type: 'textarea', localized: true, maxLength: 2000 },
        {
          name: 'drawsOn',
          type: 'group',
          label: 'Draws on (the practitioner guide, by reference)',
          fields: [
            { name: 'parts', type: 'select', hasMany: true, options: guideParts.map((p) => ({ ...p })) },
            { name: 'exercise', type: 'relationship', relationTo: 'exercises' },
            { name: 'quotes', type: 'relationship', relationTo: 'quotes', hasMany: true, admin: { description: 'Printed only while each quote may be printed (published, consent granted or print only).' } },
            { name: 'caseStudy', type: 'relationship', relationTo: 'case-studies' },
          ],
        },
        { name: 'handout', type: 'select', required: true, defaultValue: 'none', options: handoutKinds.map((h) => ({ ...h })), validate: handoutHasItsSource },
      ],
    },
  ],
}
