// A chapter's part must be one of its guide's kind: a guidance note has no "Legal obligations" part,
// a practitioner guide no "Building the directory". Checked on save with the guide's current kind.
import type { SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'
import { guideKinds, partsOf, type GuideKind } from './options'
import { refId } from '../blocks/refs'

export const partFitsGuide: SelectFieldSingleValidation = async (value, args) => {
  const known = select(value, args) // required, and one of the options
  if (known !== true || !value) return known
  const { data, req } = args
  const guideId = refId((data as { guide?: unknown })?.guide)
  if (guideId === undefined || guideId === null || guideId === '') return true // `required` answers on the guide field
  const guide = await req.payload.findByID({ collection: 'guides', id: guideId, depth: 0, draft: true, overrideAccess: true, disableErrors: true, select: { kind: true }, req })
  if (!guide) return true // the guide field reports a missing guide
  const kind = ((guide as { kind?: GuideKind }).kind ?? 'practitioner-guide') as GuideKind
  const allowed = partsOf(kind)
  if (allowed.some((p) => p.value === value)) return true
  const kindLabel = guideKinds.find((k) => k.value === kind)!.label.toLowerCase()
  return `"${value}" is not a part of a ${kindLabel}. Choose one of: ${allowed.map((p) => `${p.label} (${p.value})`).join(', ')}.`
}
