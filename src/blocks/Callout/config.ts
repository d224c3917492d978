import type { Block } from 'payload'
import { referenceField } from '../anchors'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  // The block's header names what it holds (src/admin/BlockLabel.tsx) instead of \"Untitled\".
  admin: { disableBlockName: true, components: { Label: '/src/admin/BlockLabel#CalloutBlockLabel' } },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { label: 'Information', value: 'info' },
        { label: 'Practice tip', value: 'tip' },
        { label: 'Warning', value: 'warning' },
      ],
    },
    { name: 'title', type: 'text', maxLength: 200 },
    { name: 'text', type: 'textarea', required: true, maxLength: 2000 },
    referenceField,
  ],
}
