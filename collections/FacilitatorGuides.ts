import type { CollectionConfig } from 'payload'
import { editorOrTranslator, publishedOrStaff } from '../src/access/content'
import { isEditor, isStaff } from '../src/access/roles'
import { slugField } from '../src/fields/slug'
import { agendaEndpoint } from '../src/http/agenda'
import { queueFacilitatorRebuild } from '../src/hooks/queuePublishing'

/**
 * A facilitator guide (phase two): step-by-step plans to train practitioners on one practitioner
 * guide's theme. Its training sessions (collection training-sessions) point at it; the agenda of
 * a one-day and a two-day course is computed from them (GET /api/facilitator-guides/:id/agenda).
 */
export const FacilitatorGuides: CollectionConfig = {
  slug: 'facilitator-guides',
  labels: { singular: 'Facilitator guide', plural: 'Facilitator guides' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'guide', '_status'], group: 'Training' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  endpoints: [{ path: '/:id/agenda', method: 'get', handler: agendaEndpoint }],
  hooks: { afterChange: [queueFacilitatorRebuild] },
  fields: [
    slugField(),
    {
      name: 'guide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      unique: true,
      index: true,
      filterOptions: { kind: { equals: 'practitioner-guide' } },
      admin: { description: 'The practitioner guide this training is on (one facilitator guide per practitioner guide; not the guidance note).' },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'introduction', type: 'textarea', required: true, localized: true, maxLength: 3000, admin: { description: 'For the facilitator: who the training is for, how to use the session plans, keeping participants safe.' } },
    // Computed from the training sessions; the printed guide carries the same agenda.
    { name: 'agenda', type: 'ui', admin: { components: { Field: '/src/admin/AgendaField#AgendaField' } } },
  ],
}
