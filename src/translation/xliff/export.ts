// Export: one guide for one target locale as XLIFF 1.2 (one <file> per document, one trans-unit per
// segment). Each unit carries the fingerprint of its English source in `extradata`, so an import
// can tell whether the English moved on; `state`/`approved` reflect the document's status, and
// segments whose English changed since review carry the word diff as a note.
import type { Payload } from 'payload'
import { defaultLocale, isLocaleCode, translationLocales } from '../../i18n/locales'
import { wordDiff } from '../diff'
import type { TranslationStatus } from '../statuses'
import { sourceUnits } from '../units'
import { guideBundle, collectionConfig, type BundleDocument } from './bundle'
import { segmentsOf, translationOf, type Segment } from './segments'
import { escapeXml } from './xml'

export class ExportRefused extends Error {
  override name = 'ExportRefused'
}

export interface XliffExport {
  xml: string
  filename: string
  documents: number
  units: number
}

export async function exportGuide(payload: Payload, slug: string, locale: string): Promise<XliffExport> {
  if (!isLocaleCode(locale) || locale === defaultLocale) throw new ExportRefused(`"${locale}" is not a target locale. Use one of ${translationLocales.join(', ')}.`)
  const { documents } = await guideBundle(payload, slug, locale)
  let units = 0
  const files = documents.map((doc) => {
    const { xml, count } = fileXml(payload, doc, locale)
    units += count
    return xml
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n${files.join('\n')}\n</xliff>\n`
  return { xml, filename: `${slug}.${locale}.xlf`, documents: documents.length, units }
}

function fileXml(payload: Payload, doc: BundleDocument, locale: string): { xml: string; count: number } {
  const fields = collectionConfig(payload, doc.collection)!.fields
  const status = (doc.target.translation?.status ?? 'missing') as TranslationStatus
  const snapshot = (doc.target.translation?.sourceSnapshot ?? null) as Record<string, string> | null
  const nowUnits = sourceUnits(fields, doc.english)
  const units = segmentsOf(fields, doc.english).map((segment) => {
    const target = translationOf(segment, doc.english, doc.target)
    const key = snapshot ? Object.keys(nowUnits).filter((k) => segment.id === k || segment.id.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0] : undefined
    const changed = key !== undefined && snapshot !== null && snapshot[key] !== undefined && snapshot[key] !== nowUnits[key]
    return unitXml(segment, target, status, changed ? wordDiff(snapshot![key!], nowUnits[key!]) : undefined)
  })
  const header = `<header><tool tool-id="guidepress" tool-name="guidepress"/><note>${escapeXml(`${doc.label} · status in ${locale}: ${status}`)}</note></header>`
  const xml = `<file original="${doc.collection}/${doc.id}" source-language="${defaultLocale}" target-language="${locale}" datatype="x-guidepress">\n${header}\n<body>\n${units.join('\n')}\n</body>\n</file>`
  return { xml, count: units.length }
}

const stateOf: Record<TranslationStatus, string> = {
  missing: 'translated',
  'in-progress': 'translated',
  'needs-review': 'needs-review-translation',
  approved: 'final',
  outdated: 'translated',
}

function unitXml(segment: Segment, target: string | undefined, status: TranslationStatus, diff: string | undefined): string {
  const approved = target !== undefined && status === 'approved' && !diff
  const state = diff ? 'needs-review-translation' : stateOf[status]
  const attributes = `id="${escapeXml(segment.id)}" resname="${escapeXml(segment.id)}" extradata="${segment.fingerprint}" xml:space="preserve"${approved ? ' approved="yes"' : ''}`
  // An untranslated unit carries a copy of its source, marked as needing translation: CAT tools
  // such as OmegaT 3.6 (Debian's) translate the text of <target> and skip units without one.
  const targetXml = target === undefined ? `<target state="needs-translation">${segment.source}</target>` : `<target state="${state}">${target}</target>`
  const note = diff ? `<note from="guidepress" annotates="source">${escapeXml(`English changed since this translation was reviewed: ${diff}`)}</note>` : ''
  return `<trans-unit ${attributes}><source>${segment.source}</source>${targetXml}${note}</trans-unit>`
}
