// The cover spread (pure): back cover, spine and front cover on one page, printed at its trimmed
// size plus the bleed, with every background running into the bleed. Panels are laid out in
// millimetres from the spread's top-left bleed corner; marks.ts adds the boxes and crop marks.
import escapeHtml from 'escape-html'
import { findLocale } from '../../i18n/locales'
import type { GuideDocument } from '../document'
import { fontFaceCss, fontStacks } from '../render/fonts'
import { coverText, seriesLine } from '../render/html'
import { labels as allLabels } from '../render/labels'
import { MM, type PressSettings } from './geometry'

/** Below this the spine carries no text (a printer's rule of thumb: type needs ≈ 1.5 mm each side). */
export const MIN_SPINE_TEXT_MM = 6

export interface CoverInput {
  doc: GuideDocument
  /** Prepared images by id (data URLs), as for the interior. */
  imageData: Record<string, string>
  settings: Pick<PressSettings, 'trim' | 'bleedMm'>
  spineMm: number
  /** SVG of the ISBN barcode, when the guide has a valid ISBN. */
  barcodeSvg?: string
}

const e = (text: string | undefined) => escapeHtml((text ?? '').normalize('NFC'))
const mm = (value: number) => `${Math.round(value * 100) / 100}mm`

/** The image printed on the front cover (the guide's cover, found among the document's images). */
export function coverImageId(doc: GuideDocument): string | undefined {
  return Object.keys(doc.images).find((id) => doc.images[id].file === doc.guide.cover?.file)
}

/** Where each panel lies on the spread, bleed included at the outer edges. */
export function coverPanels(settings: CoverInput['settings'], spineMm: number) {
  const { bleedMm: b, trim } = settings
  return {
    page: { widthMm: 2 * b + 2 * trim.widthMm + spineMm, heightMm: 2 * b + trim.heightMm },
    back: { left: 0, width: b + trim.widthMm },
    spine: { left: b + trim.widthMm, width: spineMm },
    front: { left: b + trim.widthMm + spineMm, width: trim.widthMm + b },
  }
}

export function coverHtml({ doc, imageData, settings, spineMm, barcodeSvg }: CoverInput): string {
  const { guide } = doc
  const labels = allLabels[doc.locale]
  const locale = findLocale(doc.locale)
  const { bleedMm: b } = settings
  const panels = coverPanels(settings, spineMm)
  const image = imageData[coverImageId(doc) ?? '']
  const spineText = spineMm >= MIN_SPINE_TEXT_MM
  // Spine type half as large as the spine is wide (its line about two thirds), never over 10 pt.
  const spinePt = Math.min(10, spineMm * 0.5 * MM)
  return `<!doctype html>
<html lang="${doc.locale}" dir="${locale?.direction ?? 'ltr'}">
<head>
<meta charset="utf-8">
<title>${e(guide.title)}</title>
<style>${fontFaceCss()}</style>
<style>
@page { size: ${mm(panels.page.widthMm)} ${mm(panels.page.heightMm)}; margin: 0; }
html { font-family: ${fontStacks.sans}; color: #fff; }
body { margin: 0; }
.spread { position: relative; width: ${mm(panels.page.widthMm)}; height: ${mm(panels.page.heightMm)}; background: #1f3a5f; overflow: hidden; }
.panel { position: absolute; top: 0; height: 100%; }
.back { left: ${mm(panels.back.left)}; width: ${mm(panels.back.width)}; }
.spine { left: ${mm(panels.spine.left)}; width: ${mm(panels.spine.width)}; background: #17304f; display: flex; align-items: center; justify-content: center; }
.front { left: ${mm(panels.front.left)}; width: ${mm(panels.front.width)}; }
.front img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; }
.front .cover-text { position: absolute; left: 18mm; right: ${mm(18 + b)}; bottom: ${mm(30 + b)}; }
.series { font-size: 10pt; margin: 0 0 8mm; }
.cover-title { font-size: 30pt; font-weight: 700; line-height: 1.2; margin: 0 0 5mm; }
.subtitle { font-size: 14pt; margin: 0 0 12mm; }
.publisher { font-size: 10pt; margin: 0; }
.spine p { writing-mode: vertical-rl; margin: 0; font-size: ${spinePt.toFixed(1)}pt; font-weight: 700; white-space: nowrap; overflow: hidden; max-height: ${mm(settings.trim.heightMm - 30)}; }
.back .summary { position: absolute; left: ${mm(b + 18)}; right: 18mm; top: ${mm(b + 30)}; font-size: 11pt; line-height: 1.5; }
.back .summary .series { margin-top: 10mm; }
.back .isbn { position: absolute; right: 15mm; bottom: ${mm(b + 15)}; width: 44mm; padding: 2mm 3mm 1.5mm; background: #fff; color: #000; font-size: 8pt; text-align: center; }
.back .isbn svg { display: block; width: 100%; height: auto; margin-top: 1mm; }
</style>
</head>
<body>
<div class="spread">
<section class="panel back">
<div class="summary"><p>${e(guide.summary)}</p><p class="series">${e(seriesLine(guide, doc.locale))}</p><p class="publisher">${e(labels.publisher)} · ${guide.year}</p></div>
${barcodeSvg && guide.isbn ? `<div class="isbn">ISBN ${e(guide.isbn.replace(/^\s*ISBN(-13)?:?\s*/i, ''))}${barcodeSvg}</div>` : ''}
</section>
<section class="panel spine">${spineText ? `<p>${guide.kind === 'guidance-note' ? '' : `${guide.seriesNumber} · `}${e(guide.title)}</p>` : ''}</section>
<section class="panel front">
${image ? `<img src="${image}" alt="">` : ''}
${coverText(doc)}
</section>
</div>
</body>
</html>`
}
