// Translation statuses and who may set them.
export const translationStatuses = ['missing', 'in-progress', 'needs-review', 'approved', 'outdated'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

/** Translators move their own locales up to "needs review"; editors approve. */
export const translatorMaySet: TranslationStatus[] = ['missing', 'in-progress', 'needs-review']

/** Statuses that record the English they were made from, and can turn outdated. */
export const reviewedStatuses: TranslationStatus[] = ['needs-review', 'approved']

/** Collections whose documents carry a translation status and travel in XLIFF files. */
export const translatableCollections = ['guides', 'chapters', 'quotes', 'exercises', 'glossary-terms', 'media', 'legal-instruments', 'services', 'facilitator-guides', 'training-sessions', 'case-studies'] as const
