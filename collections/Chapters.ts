import type { CollectionConfig } from 'payload'
import { editorOrTranslator, publishedInPublishedGuideOrStaff } from '../src/access/content'
import { isEditor, isStaff } from '../src/access/roles'
import { guideParts } from '../src/fields/options'
import { partFitsGuide } from '../src/fields/partFitsGuide'
import { chapterEditor, localizedRichText } from '../src/fields/richText'
import { printEditionField } from '../src/fields/printEdition'
import { slugField } from '../src/fields/slug'
import { dropHiddenQuoteMarkers, hideUnreadableQuotes } from '../src/hooks/hideUnreadableQuotes'
import { queueChapterRebuild, queueRebuildOfDeletedChapter } from '../src/hooks/queuePublishing'
import { withdrawDeletedChapter, withdrawUnpublishedChapter } from '../src/hooks/withdrawChapterFromDelivery'

export const Chapters: CollectionConfig = {
  slug: 'chapters',
  // Grouped by guide in the list ("Group by" → Guide), each guide's chapters in their order.
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'guide', 'part', 'order', '_status'], group: 'Content', groupBy: true, listSearchableFields: ['title', 'slug'] },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedInPublishedGuideOrStaff, readVersions: isStaff, create: isEditor, update: editorOrTranslator, delete: isEditor },
  hooks: { afterChange: [withdrawUnpublishedChapter, queueChapterRebuild], afterDelete: [withdrawDeletedChapter, queueRebuildOfDeletedChapter], afterRead: [hideUnreadableQuotes('body')], beforeChange: [dropHiddenQuoteMarkers('body')] },
  fields: [
    { name: 'guide', type: 'relationship', relationTo: 'guides', required: true, index: true, admin: { position: 'sidebar' } },
    { name: 'order', type: 'number', required: true, min: 0, max: 999, admin: { position: 'sidebar' } },
    printEditionField,
    { name: 'part', type: 'select', required: true, options: guideParts, validate: partFitsGuide, admin: { position: 'sidebar', description: 'A practitioner guide\'s chapters are in guide parts, the guidance note\'s in guidance note parts; Part 1 and Other fit both.' } },
    slugField({ unique: false }),
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    localizedRichText({ name: 'body', editor: chapterEditor }),
  ],
  indexes: [{ fields: ['guide', 'slug'], unique: true }],
}
