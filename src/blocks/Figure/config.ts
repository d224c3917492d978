import type { Block } from 'payload'

/** An image from Media with its caption and credit; alt text comes from the media item. */
export const FigureBlock: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: 'Figure', plural: 'Figures' },
  // The block's header names what it holds (src/admin/BlockLabel.tsx) instead of \"Untitled\".
  admin: { disableBlockName: true, components: { Label: '/src/admin/BlockLabel#FigureBlockLabel' } },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', maxLength: 400 },
    { name: 'credit', type: 'text', maxLength: 200 },
    {
      name: 'width',
      type: 'select',
      defaultValue: 'full',
      options: [
        { label: 'Full text width', value: 'full' },
        { label: 'Half text width', value: 'half' },
      ],
    },
  ],
}
