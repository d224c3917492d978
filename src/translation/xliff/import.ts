// Import: an XLIFF file back into one target locale. The whole file is checked before anything is
// written; a file that is not safe, well-formed XLIFF 1.2 for a known document, unit and target
// language changes nothing. Units whose English moved on since export are reported as stale and
// not applied. Everything else is written as the importing user (so the translator rules apply),
// drafts only, and recorded in the audit trail.
import type { Payload } from 'payload'
import { translatorLocales, userIsEditor, userIsTranslator } from '../../access/roles'
import { consentAllowsPrint } from '../../fields/options'
import { defaultLocale, isLocaleCode, translationLocales, type LocaleCode } from '../../i18n/locales'
import type { TranslationStatus } from '../statuses'
import { translatableCollections } from '../statuses'
import { collectionConfig, readDocument } from './bundle'
import { InlineMarkupError, inlineToXliff, plainText, xliffToInline, type XmlElement } from './inline'
import { planUpdate, type Change } from './apply'
import { segmentsOf, translatableFieldNames, translationOf, type Segment } from './segments'
import { tagMismatch, textOf } from './tags'
import { childrenNamed, escapeXml, readInline, readXml, XmlRejected } from './xml'
import { hasDraftsEnabled } from 'payload/shared'

type Plain = Record<string, any>

export interface Importer {
  /** The user the import writes as (translator rules apply); null for the shell, which has full rights. */
  user: Plain | null
  /** Who the audit trail names. */
  name: string
}

interface Problem {
  document?: string
  unit?: string
  reason: string
}

export interface ImportReport {
  locale?: string
  summary: { applied: number; stale: number; rejected: number; unchanged: number; empty: number }
  documents: { document: string; applied: number; stale: number; rejected: number; unchanged: number; status?: { from: string; to: string } }[]
  stale: Problem[]
  rejected: Problem[]
}

export class ImportRejected extends Error {
  override name = 'ImportRejected'
  constructor(
    message: string,
    readonly status: 400 | 403 | 413,
    readonly report: ImportReport,
  ) {
    super(message)
  }
}

const emptyReport = (): ImportReport => ({ summary: { applied: 0, stale: 0, rejected: 0, unchanged: 0, empty: 0 }, documents: [], stale: [], rejected: [] })

/** Trans-units of a file body, including those inside <group>s. */
const unitsOf = (element: XmlElement): XmlElement[] =>
  element.children.flatMap((c) => (typeof c === 'string' ? [] : c.name === 'trans-unit' ? [c] : c.name === 'group' || c.name === 'body' ? unitsOf(c) : []))

/** "th", "th-TH" and "th_TH" all mean the guidepress locale th. */
const localeOf = (tag: string | undefined): string => (tag ?? '').split(/[-_]/)[0].toLowerCase()

interface DocumentPlan {
  collection: string
  id: number | string
  document: string
  english: Plain
  target: Plain
  segments: Segment[]
  changes: Change[]
  approvedUnits: number
  units: number
  stale: number
  rejected: number
  unchanged: number
  empty: number
}

export async function importXliff(payload: Payload, bytes: Uint8Array, importer: Importer, options: { maxBytes: number; locale?: string }): Promise<ImportReport> {
  const report = emptyReport()
  const refuse = async (message: string, status: 400 | 403 | 413 = 400): Promise<never> => {
    report.rejected.push({ reason: message })
    await audit(payload, importer, { collection: 'xliff-import', docId: '-', locale: report.locale ?? '-', note: `Rejected, nothing changed: ${message}` })
    throw new ImportRejected(message, status, report)
  }

  let root: XmlElement
  try {
    root = readXml(bytes, options.maxBytes)
  } catch (error) {
    if (error instanceof XmlRejected) return refuse(error.message, error.status)
    throw error
  }
  if (root.name !== 'xliff' || root.attributes.version !== '1.2') return refuse('This is not an XLIFF 1.2 file (expected <xliff version="1.2">).')
  const files = childrenNamed(root, 'file')
  if (files.length === 0) return refuse('The XLIFF file has no <file> elements.')

  const locales = new Set(files.map((f) => localeOf(f.attributes['target-language'])))
  const locale = [...locales][0]
  report.locale = locale
  if (locales.size > 1) return refuse(`The file mixes target languages (${[...locales].join(', ')}); import one language at a time.`)
  if (!isLocaleCode(locale) || locale === defaultLocale) return refuse(`The target language "${locale}" is not one guidepress translates into (${translationLocales.join(', ')}).`)
  if (options.locale && options.locale !== locale) return refuse(`The file's target language is "${locale}", not "${options.locale}".`)
  const wrongSource = files.find((f) => localeOf(f.attributes['source-language']) !== defaultLocale)
  if (wrongSource) return refuse(`The source language of ${wrongSource.attributes.original} is "${wrongSource.attributes['source-language']}"; guidepress translates from "${defaultLocale}".`)
  if (importer.user && userIsTranslator(importer.user) && !translatorLocales(importer.user).includes(locale)) {
    return refuse(`You translate into ${translatorLocales(importer.user).join(', ') || 'no language yet'}, not "${locale}".`, 403)
  }
  if (importer.user && !userIsTranslator(importer.user) && !userIsEditor(importer.user)) return refuse('Only editors and translators import translations.', 403)

  const plans: DocumentPlan[] = []
  for (const file of files) {
    const plan = await planDocument(payload, file, locale, report)
    if (typeof plan === 'string') return refuse(plan)
    plans.push(plan)
  }

  await apply(payload, importer, locale, plans, report)
  return report
}

/** Reads one <file>: its document, and what each unit would change. A string is a reason to refuse the whole file. */
async function planDocument(payload: Payload, file: XmlElement, locale: LocaleCode, report: ImportReport): Promise<DocumentPlan | string> {
  const original = file.attributes.original ?? ''
  const [collection, id, extra] = original.split('/')
  if (!(translatableCollections as readonly string[]).includes(collection) || !id || extra !== undefined) {
    return `Unknown document "${original}": a <file original> must name a guidepress document such as chapters/12.`
  }
  const english = await readDocument(payload, collection, id, defaultLocale)
  if (!english) return `Unknown document "${original}": there is no such ${collection} item (deleted since export?).`
  const fields = collectionConfig(payload, collection)!.fields
  const plan: DocumentPlan = {
    collection,
    id: english.id,
    document: original,
    english,
    target: (await readDocument(payload, collection, id, locale)) ?? {},
    segments: segmentsOf(fields, english),
    changes: [],
    approvedUnits: 0,
    units: 0,
    stale: 0,
    rejected: 0,
    unchanged: 0,
    empty: 0,
  }
  const fieldNames = translatableFieldNames(fields)
  for (const unit of childrenNamed(file, 'body').flatMap(unitsOf)) {
    const unitId = unit.attributes.id ?? ''
    const segment = plan.segments.find((s) => s.id === unitId)
    if (!segment && !fieldNames.has(unitId.split('.')[0])) return `Unknown unit "${unitId}" in ${original}: no such translatable field.`
    assessUnit(unit, segment, plan, report)
  }
  return plan
}

/** Counts one unit as empty, stale, rejected, unchanged, or a change to apply. */
function assessUnit(unit: XmlElement, segment: Segment | undefined, plan: DocumentPlan, report: ImportReport) {
  plan.units += 1
  const problem = (reason: string, into: Problem[], count: 'stale' | 'rejected') => {
    plan[count] += 1
    into.push({ document: plan.document, unit: unit.attributes.id, reason })
  }
  const target = childrenNamed(unit, 'target')[0]
  const source = childrenNamed(unit, 'source')[0]
  const words = target ? textOf(target.children) : ''
  // No target, an empty one, or one whose words are still those of its source (the untranslated
  // copy the export, a CAT tool or a PO round trip put there, with its tags or without): nothing to write.
  if (!words.trim() || words === textOf(source?.children ?? [])) {
    plan.empty += 1
    return
  }
  if (!segment) return problem('the English source no longer has this paragraph or field', report.stale, 'stale')
  if (plan.collection === 'quotes' && !consentAllowsPrint(plan.english.consent)) return problem('this quote may not be translated now (its consent is pending or withdrawn); its translation is not stored', report.rejected, 'rejected')
  const fingerprint = unit.attributes.extradata
  if (!fingerprint) return problem('the unit has lost its source fingerprint (extradata); export the guide again', report.rejected, 'rejected')
  if (fingerprint !== segment.fingerprint) return problem('the English changed since this file was exported; export again and translate the new source', report.stale, 'stale')
  if (unit.attributes.approved === 'yes' || ['final', 'signed-off'].includes(target.attributes.state ?? '')) plan.approvedUnits += 1
  const mismatch = tagMismatch(readInline(segment.source), target.children)
  const current = translationOf(segment, plan.english, plan.target)
  // The words guidepress already has are unchanged whatever their tags: a PO round trip strips the
  // tags of every unit it passes through, translated or not. Only a formatting edit that keeps the
  // source's tags is written.
  if (current !== undefined && textOf(readInline(current)) === words && (mismatch || segment.kind === 'plain')) {
    plan.unchanged += 1
    return
  }
  if (mismatch) return problem(mismatch, report.rejected, 'rejected')
  let change: Change
  try {
    change = segment.kind === 'rich' ? { segment, nodes: xliffToInline(target.children, segment.refs) } : { segment, text: plainText(target.children) }
  } catch (error) {
    if (!(error instanceof InlineMarkupError)) throw error
    return problem(error.message, report.rejected, 'rejected')
  }
  const max = segment.location.kind === 'plain' ? segment.location.maxLength : undefined
  if (change.text !== undefined && max && change.text.length > max) return problem(`the translation is ${change.text.length} characters; this field takes at most ${max}`, report.rejected, 'rejected')
  const incoming = change.nodes ? inlineToXliff(change.nodes, new Map(), segment.refs) : escapeXml(change.text!)
  if (current === incoming) plan.unchanged += 1
  else plan.changes.push(change)
}

/** The status a document reaches after the import. */
function nextStatus(plan: DocumentPlan, importer: Importer): TranslationStatus | undefined {
  const current = (plan.target.translation?.status ?? 'missing') as TranslationStatus
  const covered = new Set([...plan.changes.map((c) => c.segment.id)])
  const complete =
    plan.stale === 0 && plan.rejected === 0 && plan.segments.every((s) => covered.has(s.id) || translationOf(s, plan.english, plan.target) !== undefined)
  const approves = complete && plan.approvedUnits === plan.units && plan.units > 0 && (!importer.user || userIsEditor(importer.user))
  if (approves) return current === 'approved' && plan.changes.length === 0 ? undefined : 'approved'
  if (plan.changes.length === 0) return undefined
  return complete ? 'needs-review' : 'in-progress'
}

async function apply(payload: Payload, importer: Importer, locale: LocaleCode, plans: DocumentPlan[], report: ImportReport) {
  const done: { plan: DocumentPlan; previous: Plain }[] = []
  for (const plan of plans) {
    const status = nextStatus(plan, importer)
    const from = plan.target.translation?.status ?? 'missing'
    const counts = { applied: plan.changes.length, stale: plan.stale, rejected: plan.rejected, unchanged: plan.unchanged }
    report.documents.push({ document: plan.document, ...counts, ...(status && { status: { from, to: status } }) })
    for (const [key, value] of Object.entries(counts)) report.summary[key as keyof typeof counts] += value
    report.summary.empty += plan.empty
    if (!status && plan.changes.length === 0) continue
    const { data, previous } = planUpdate(plan.english, plan.target, plan.changes)
    if (status) data.translation = { ...plan.target.translation, status }
    const note = `XLIFF import: ${counts.applied} applied, ${counts.stale} stale, ${counts.rejected} rejected, ${counts.unchanged} unchanged`
    try {
      await write(payload, importer, plan, locale, data, note)
      done.push({ plan, previous: { ...previous, translation: plan.target.translation ?? {} } })
    } catch (error) {
      // Put back what this import already wrote, so a failure part-way changes nothing.
      for (const undo of done.reverse()) await write(payload, { user: null, name: importer.name }, undo.plan, locale, undo.previous, 'XLIFF import rolled back')
      throw error
    }
  }
  const s = report.summary
  await audit(payload, importer, { collection: 'xliff-import', docId: '-', locale, note: `Imported ${plans.length} documents: ${s.applied} applied, ${s.stale} stale, ${s.rejected} rejected, ${s.unchanged} unchanged, ${s.empty} empty` })
}

async function write(payload: Payload, importer: Importer, plan: DocumentPlan, locale: LocaleCode, data: Plain, note: string) {
  const collection = collectionConfig(payload, plan.collection)!
  await payload.update({
    collection: plan.collection as never,
    id: plan.id,
    locale,
    fallbackLocale: false as never,
    draft: hasDraftsEnabled(collection),
    depth: 0,
    data: data as never,
    ...(importer.user ? { user: importer.user as never, overrideAccess: false } : { overrideAccess: true }),
    context: { auditUser: importer.name, translationEventNote: note },
  })
  if (!data.translation || data.translation.status === (plan.target.translation?.status ?? 'missing')) {
    await audit(payload, importer, { collection: plan.collection, docId: String(plan.id), locale, note })
  }
}

async function audit(payload: Payload, importer: Importer, entry: { collection: string; docId: string; locale: string; note: string }) {
  await payload.create({ collection: 'translation-events', overrideAccess: true, data: { ...entry, user: importer.name, at: new Date().toISOString() } as never })
}
