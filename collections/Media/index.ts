import type { CollectionConfig } from 'payload'
import { editorOrTranslator } from '../../src/access/content'
import { anyone, isEditor } from '../../src/access/roles'
import { stripImageMetadata } from './hooks/stripImageMetadata'
import { queueSeriesRebuild } from '../../src/hooks/queuePublishing'
import { figureKey } from '../../src/blocks/Figure/key'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp']

/** Uploads are stored in `mediaDir` (MEDIA_DIR). */
export const Media = ({ mediaDir }: { mediaDir: string }): CollectionConfig => ({
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'Content' },
  access: { read: anyone, create: isEditor, update: editorOrTranslator, delete: isEditor },
  hooks: { afterChange: [queueSeriesRebuild], beforeOperation: [stripImageMetadata] },
  upload: {
    staticDir: mediaDir,
    mimeTypes: imageMimeTypes,
    // Renditions are re-encoded by sharp without metadata (withMetadata defaults to false).
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      // A4 text width (≈ 160 mm) at 300 dpi.
      { name: 'print', width: 1890, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, maxLength: 300, admin: { description: 'Describes the image for screen readers and the tagged PDF.' } },
    { name: 'caption', type: 'text', localized: true, maxLength: 400 },
    { name: 'credit', type: 'text', localized: true, maxLength: 200, admin: { description: 'Printed after the caption, e.g. "Diagram: guidepress". Translated like the caption.' } },
    {
      name: 'key',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      validate: figureKey,
      admin: { description: 'For a diagram whose numbers or symbols stand for words: one line per mark, e.g. "1 First recognition". Printed under the figure, so its meaning is on the page and not only in the alt text.' },
    },
  ],
})
