// Translators write only the localized fields of their own locales, as drafts. This plugin adds one
// beforeOperation hook to every collection that has localized fields, so the rule lives in one place,
// and a notice above each such document telling a translator why a field is read-only.
import type { CollectionBeforeOperationHook, CollectionConfig, Config, Field } from 'payload'
import { translatorLocales, userIsTranslator } from '../access/roles'
import { GuidepressError } from '../errors'
import { defaultLocale } from '../i18n/locales'
import { refId } from '../blocks/refs'
import { hasDraftsEnabled } from 'payload/shared'

type Plain = Record<string, unknown>

/** Paths of non-localized leaf values in `data` that differ from `original`. */
export function changedSharedFields(fields: Field[], data: Plain, original: Plain, prefix = ''): string[] {
  const changed: string[] = []
  for (const field of fields) {
    if ('fields' in field && !('name' in field)) {
      changed.push(...changedSharedFields(field.fields, data, original, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) changed.push(...changedSharedFields(tab.fields, data, original, prefix))
      continue
    }
    if (!('name' in field) || ('localized' in field && field.localized) || !(field.name in data)) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const before = original?.[field.name]
    if (field.type === 'group') {
      changed.push(...changedSharedFields(field.fields, (value ?? {}) as Plain, (before ?? {}) as Plain, `${path}.`))
    } else if (field.type === 'array') {
      const rows = (value ?? []) as Plain[]
      const previous = (before ?? []) as Plain[]
      if (rows.length !== previous.length) changed.push(path)
      else rows.forEach((row, i) => changed.push(...changedSharedFields(field.fields, row, previous[i] ?? {}, `${path}.${i}.`)))
    } else if (field.name !== 'id' && !sameValue(value, before)) {
      changed.push(path)
    }
  }
  return changed
}

function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): string => JSON.stringify(Array.isArray(v) ? v.map(refId) : (refId(v) ?? null))
  return norm(a) === norm(b)
}

/** Why a translator may not write in this locale, in words that say what to do instead. */
function localeRefusal(locale: unknown, own: string[]): string {
  const theirs = own.length ? own.join(', ') : 'none yet (an admin assigns them)'
  if (typeof locale !== 'string' || locale === 'all' || locale === '*') return `Translators save one language at a time: choose your language (${theirs}) with ?locale= or the admin's locale switch.`
  if (locale === defaultLocale) return `English (en) is the source text; an editor changes it. Your languages: ${theirs}. Switch the locale to write your translation.`
  return `You translate into ${theirs}, not "${locale}". Switch the locale to your language to save a translation.`
}

const guard: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!userIsTranslator(req.user) || operation !== 'update') return args
  const locale = req.locale
  const own = translatorLocales(req.user)
  if (typeof locale !== 'string' || !own.includes(locale)) throw new GuidepressError(localeRefusal(locale, own), 403)
  const data = (args.data ?? {}) as Plain
  if (hasDraftsEnabled(collection) && !args.draft) {
    throw new GuidepressError('Translators save drafts; an editor publishes. Save with ?draft=true (the admin panel: "Save draft").', 403)
  }
  if (data._status === 'published') throw new GuidepressError('Translators cannot publish; an editor publishes.', 403)
  const id = (args as { id?: number | string }).id
  if (id === undefined) throw new GuidepressError('Translators update one document at a time.', 403)
  const original = (await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    locale,
    draft: true,
    overrideAccess: true,
    req,
  })) as unknown as Plain
  // The admin panel's "Save draft" sends `_status: 'draft'`: saving a draft is what a translator
  // does, not a change to a shared field (publishing was refused above).
  const { _status: _draft, ...fields } = data
  const changed = changedSharedFields(collection.fields, fields, original)
  if (changed.length > 0) {
    throw new GuidepressError(`Translators may change only translated fields; ${changed.join(', ')} ${changed.length === 1 ? 'is' : 'are'} shared by every language (an editor changes ${changed.length === 1 ? 'it' : 'them'}). Not saved in ${locale}.`, 403)
  }
  return args
}


const hasLocalizedField = (fields: Field[]): boolean =>
  fields.some((f) => ('localized' in f && f.localized) || ('fields' in f && hasLocalizedField(f.fields)) || (f.type === 'tabs' && f.tabs.some((t) => hasLocalizedField(t.fields))))

/** Shows shared (non-localized) top-level fields read-only to translators in the admin panel. */
function readOnlyForTranslators(field: Field): Field {
  // Containers holding translated fields stay open; their shared children are locked one by one.
  if ('fields' in field && (!('name' in field) || hasLocalizedField(field.fields))) return { ...field, fields: field.fields.map(readOnlyForTranslators) } as Field
  if (!('name' in field) || ('localized' in field && field.localized) || field.type === 'ui') return field
  const own = 'access' in field ? field.access : undefined
  return {
    ...field,
    access: { ...own, update: (args) => !userIsTranslator(args.req.user) && (own?.update ? own.update(args) : true) },
  } as Field
}

/** Tells a translator, above the document, why the fields they cannot change are read-only. */
const translatorNotice: Field = { name: 'translatorNotice', type: 'ui', admin: { components: { Field: '/src/admin/TranslatorNotice#TranslatorNotice' } } }

export const translatorGuard =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) =>
      hasLocalizedField(collection.fields)
        ? {
            ...collection,
            fields: [translatorNotice, ...collection.fields.map(readOnlyForTranslators)],
            ...(hasDraftsEnabled(collection)
              ? { admin: { ...collection.admin, components: { ...collection.admin?.components, edit: { PublishButton: '/src/admin/PublishButtonForEditors#PublishButtonForEditors', ...collection.admin?.components?.edit } } } }
              : {}),
            hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guard] },
          }
        : collection,
    ),
  })
