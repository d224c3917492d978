// The translation workflow as one config transformer: a per-locale status on every translatable
// collection, the English fingerprint taken when a translation is reviewed, automatic "outdated"
// when the English changes (unless saved as a minor edit), a diff endpoint, an audit trail and a
// progress endpoint.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Config, Field, FieldHook, PayloadRequest } from 'payload'
import { fieldIsStaff, userIsEditor, userIsTranslator } from '../access/roles'
import { GuidepressError } from '../errors'
import { keepLocale } from '../hooks/keepLocale'
import { defaultLocale, translationLocales } from '../i18n/locales'
import { TranslationEvents } from './events'
import { translationDiffEndpoint } from './diff'
import { translationProgressEndpoint } from './progress'
import { publishOneLanguage } from './publishOneLanguage'
import { xliffEndpoints } from './xliff/endpoints'
import { reviewedStatuses, translationStatuses, translatorMaySet, type TranslationStatus } from './statuses'
import { changedUnits, fingerprint, sourceUnits } from './units'
import { hasDraftsEnabled } from 'payload/shared'

type Plain = Record<string, any>

const recordAccess = { read: fieldIsStaff }

/** The parts of the translation group guidepress writes itself; nobody sends them in. */
const recordedKeys = ['sourceFingerprint', 'sourceSnapshot', 'changedBy', 'changedAt'] as const

const translationField: Field = {
  name: 'translation',
  type: 'group',
  localized: true,
  label: 'Translation',
  hooks: { beforeChange: [(args) => writeOutdatedLanguages(args)] },
  admin: { position: 'sidebar', description: 'Status of this language. Translators go up to "needs review"; editors approve.' },
  fields: [
    { name: 'status', type: 'select', defaultValue: 'missing', index: true, options: translationStatuses.map((s) => ({ label: s, value: s })) },
    // Written by guidepress only (onStatusChange); staff read them. The snapshot holds English
    // that may since have been removed from the published text, and changedBy is a staff email.
    { name: 'sourceFingerprint', type: 'json', access: recordAccess, admin: { hidden: true } },
    { name: 'sourceSnapshot', type: 'json', access: recordAccess, admin: { hidden: true } },
    { name: 'changedBy', type: 'text', access: recordAccess, admin: { readOnly: true } },
    { name: 'changedAt', type: 'date', access: recordAccess, admin: { readOnly: true } },
  ],
}

/** For an outdated language: the English changes since review, and "Mark as updated" (src/admin/TranslationChangesField.tsx). */
const translationChangesField: Field = {
  name: 'translationChanges',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/admin/TranslationChangesField#TranslationChangesField' } },
}

const minorEditField: Field = {
  name: 'minorEdit',
  type: 'checkbox',
  defaultValue: false,
  admin: { position: 'sidebar', description: 'English only: a typo or punctuation fix that does not mark translations outdated. Cleared after saving.' },
}

/** Who acts: the logged-in user, or whoever a script or import says (context.auditUser). */
const actorOf = (req: PayloadRequest): string => req.context.auditUser ?? (req.user as { email?: string } | null)?.email ?? 'system'

async function record(req: PayloadRequest, entry: { collection: string; docId: string; locale: string; from: string; to: string; note?: string }) {
  await req.payload.create({
    collection: 'translation-events',
    overrideAccess: true,
    req,
    data: { ...entry, user: actorOf(req), at: new Date().toISOString() } as never,
  })
}

const englishUnits = async (req: PayloadRequest, collection: CollectionConfig, id: number | string) =>
  sourceUnits(
    collection.fields,
    (await keepLocale(req, () => req.payload.findByID({ collection: collection.slug as never, id, locale: defaultLocale, depth: 0, draft: true, overrideAccess: true, req }))) as never,
  )

const onStatusChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  req.context.minorEdit = Boolean(data.minorEdit)
  data.minorEdit = false
  // A translator cannot set the recorded keys: what their request sends is dropped, and the
  // values are set below or kept as they were.
  if (req.user && !userIsEditor(req.user) && data.translation && typeof data.translation === 'object') {
    for (const key of recordedKeys) delete data.translation[key]
  }
  const locale = req.locale
  if (operation !== 'update' || !locale || locale === 'all') return data
  if (locale === defaultLocale) {
    // A document moved to the trash is not translated further.
    if (!req.context.minorEdit && !originalDoc?.deletedAt) await noteOutdatedLanguages(req, collection, originalDoc, data)
    return data
  }
  const next = data.translation?.status as TranslationStatus | undefined
  const previous = (originalDoc?.translation?.status ?? 'missing') as TranslationStatus
  if (!next || next === previous) return data
  if (userIsTranslator(req.user) && !translatorMaySet.includes(next)) {
    throw new GuidepressError(`Translators may set translation.status to ${translatorMaySet.join(', ')}; an editor approves.`, 403, 'translation.status')
  }
  const translation = { ...data.translation, changedBy: actorOf(req), changedAt: new Date().toISOString() }
  if (reviewedStatuses.includes(next)) {
    const units = await englishUnits(req, collection, originalDoc.id)
    translation.sourceFingerprint = fingerprint(units)
    translation.sourceSnapshot = units
  }
  req.context.translationEvent = { locale, from: previous, to: next }
  return { ...data, translation }
}

/**
 * An English save that changes what a reviewed translation was made from turns that language
 * outdated in the same write, so the automatic status change adds no version of its own: the
 * languages are worked out here, and the translation field's hook writes them into the document.
 */
async function noteOutdatedLanguages(req: PayloadRequest, collection: CollectionConfig, originalDoc: Plain, data: Plain) {
  const now = fingerprint(sourceUnits(collection.fields, { ...originalDoc, ...data }))
  const stored = (await keepLocale(req, () =>
    req.payload.findByID({ collection: collection.slug as never, id: originalDoc.id, locale: 'all', depth: 0, draft: true, overrideAccess: true, req, select: { translation: true } as never }),
  )) as { translation?: Record<string, { status?: string; sourceFingerprint?: Record<string, string> } | undefined> }
  const languages = translationLocales.flatMap((locale) => {
    const status = stored.translation?.[locale]?.status as TranslationStatus | undefined
    if (!status || !reviewedStatuses.includes(status)) return []
    const changed = changedUnits(stored.translation?.[locale]?.sourceFingerprint, now)
    return changed.length ? [{ locale, from: status, changed }] : []
  })
  req.context.outdatedLanguages = { doc: docKey(collection, originalDoc.id), languages }
}

/** Which document a request's pending outdated languages belong to (nested saves share req.context). */
const docKey = (collection: { slug: string }, id: unknown) => `${collection.slug}:${String(id)}`

/** The translation group's hook: the other languages' statuses of this write (see noteOutdatedLanguages). */
const writeOutdatedLanguages: FieldHook = ({ collection, data, siblingDocWithLocales, req, value }) => {
  const pending = req.context.outdatedLanguages
  if (!pending || !collection || pending.doc !== docKey(collection, data?.id) || !siblingDocWithLocales) return value
  const byLocale = (siblingDocWithLocales.translation ??= {}) as Record<string, Plain | undefined>
  for (const { locale } of pending.languages) byLocale[locale] = { ...byLocale[locale], status: 'outdated' }
  return value
}

const afterChange: CollectionAfterChangeHook = ({ req, ...args }) => keepLocale(req, () => recordEvents({ req, ...args }))

/** The audit trail of this save: its own status change, and the languages it turned outdated. */
const recordEvents: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const event = req.context.translationEvent
  if (event) {
    req.context.translationEvent = undefined
    const note = req.context.translationEventNote
    await record(req, { collection: collection.slug, docId: String(doc.id), ...event, ...(note && { note }) })
  }
  const pending = req.context.outdatedLanguages
  if (pending?.doc === docKey(collection, doc.id)) {
    req.context.outdatedLanguages = undefined
    for (const { locale, from, changed } of pending.languages) await record(req, { collection: collection.slug, docId: String(doc.id), locale, from, to: 'outdated', note: `English changed: ${changed.join(', ')}` })
  }
  return doc
}

export const translationWorkflow =
  ({ collections, xliffMaxBytes }: { collections: string[]; xliffMaxBytes: number }) =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collections.includes(collection.slug)
          ? {
              ...collection,
              // The status of the language being viewed, as a list column (filterable like any field).
              admin: { ...collection.admin, defaultColumns: [...(collection.admin?.defaultColumns ?? [collection.admin?.useAsTitle ?? 'id']), 'translation.status'] },
              fields: [...collection.fields, translationChangesField, translationField, minorEditField],
              hooks: {
                ...collection.hooks,
                // A publish through the admin or the API publishes its own language only (drafts are per document).
                ...(hasDraftsEnabled(collection) && { beforeOperation: [...(collection.hooks?.beforeOperation ?? []), publishOneLanguage] }),
                beforeChange: [...(collection.hooks?.beforeChange ?? []), onStatusChange],
                afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
              },
              endpoints: [...(collection.endpoints || []), translationDiffEndpoint(collection.slug)],
            }
          : collection,
      ),
      TranslationEvents,
    ],
    endpoints: [...(config.endpoints ?? []), translationProgressEndpoint, ...xliffEndpoints({ maxBytes: xliffMaxBytes })],
  })
