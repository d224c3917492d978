// Preflight of a press edition, the check a print shop runs before it accepts a file, made with
// tools nobody here wrote: poppler (pdfinfo -box, pdfimages -list, pdffonts), qpdf and Ghostscript's
// inkcov device. Each finding says what is wrong and where; a problem means the printer would
// refuse the file, a warning that it would print with a visible flaw (a low-resolution image).
import { execFileSync } from 'node:child_process'
import { coverSpreadMm, MM, spineWidthMm, type PressSettings } from './geometry'
import { PDFX_VERSION } from './pdfx'

export interface PreflightReport {
  file: string
  pages: number
  problems: string[]
  warnings: string[]
}

/** A page box as pdfinfo prints it: x0, y0, x1, y1 in points. */
export type Box = [number, number, number, number]

/** pdfinfo prints boxes to 0.01 pt; Chromium's A4 is 0.32 pt narrow, which the trim rule centres. */
const TOLERANCE_PT = 0.05

/**
 * Text printed in four colours covers as much of the C, M and Y plates as of K. guidepress prints
 * running text in K only; its coloured headings cover at most about a quarter of what the black
 * text on their page covers (0.26 measured on the demo's busiest title page).
 */
const MAX_TEXT_COLOUR_RATIO = 0.5

/** An image sized for 300 ppi reads 297 after Chromium's slight scaling of the page: within 1 % passes. */
const PPI_TOLERANCE = 0.99

const tool = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'latin1', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })

/** Every page's boxes (media, crop, bleed, trim, art), as `pdfinfo -box` reports them. */
export function pageBoxesOf(file: string): Partial<Record<'media' | 'crop' | 'bleed' | 'trim' | 'art', Box>>[] {
  const out = tool('pdfinfo', ['-box', '-f', '1', '-l', '99999', file])
  const pages: Record<number, Record<string, Box>> = {}
  for (const m of out.matchAll(/^Page\s+(\d+)\s+(\w+)Box:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/gm)) (pages[Number(m[1])] ??= {})[m[2].toLowerCase()] = [m[3], m[4], m[5], m[6]].map(Number) as Box
  // A one-page file: pdfinfo prints its boxes without a page number.
  if (!Object.keys(pages).length) for (const m of out.matchAll(/^(\w+)Box:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/gm)) (pages[1] ??= {})[m[1].toLowerCase()] = [m[2], m[3], m[4], m[5]].map(Number) as Box
  return Object.values(pages)
}

/** Page boxes: TrimBox the trim size, BleedBox `bleed` outside it, MediaBox `slug` outside that. */
function checkBoxes(file: string, trim: { widthMm: number; heightMm: number }, settings: PressSettings, problems: string[]): number {
  const pages = pageBoxesOf(file)
  const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_PT
  const wrong = new Map<string, number[]>()
  const note = (what: string, page: number) => wrong.set(what, [...(wrong.get(what) ?? []), page])
  pages.forEach((p, i) => {
    const page = i + 1
    if (!p.trim || !p.bleed || !p.media) return note('There is no TrimBox or BleedBox', page)
    if (!near(p.trim[2] - p.trim[0], trim.widthMm * MM) || !near(p.trim[3] - p.trim[1], trim.heightMm * MM)) note(`The TrimBox is not ${trim.widthMm} × ${trim.heightMm} mm`, page)
    const outside = (inner: Box, outer: Box, mm: number) => [0, 1].every((k) => near(inner[k] - outer[k], mm * MM)) && [2, 3].every((k) => near(outer[k] - inner[k], mm * MM))
    if (!outside(p.trim, p.bleed, settings.bleedMm)) note(`The BleedBox is not ${settings.bleedMm} mm outside the trim`, page)
    if (!outside(p.bleed, p.media, settings.slugMm)) note(`There is no ${settings.slugMm} mm slug for crop marks outside the bleed`, page)
  })
  for (const [what, list] of wrong) problems.push(`${what} on ${pagesText(list)}.`)
  return pages.length
}

/** PDF/X keys in the document information, and a CMYK output intent with its ICC profile embedded. */
function checkPdfX(file: string, settings: PressSettings, problems: string[]) {
  const show = (ref: string) => tool('qpdf', [`--show-object=${ref}`, file])
  const refOf = (dict: string, key: string) => new RegExp(`/${key} (\\d+ \\d+ R)`).exec(dict)?.[1]
  const trailer = show('trailer')
  const info = refOf(trailer, 'Info') ? show(refOf(trailer, 'Info')!) : ''
  if (!info.includes(`/GTS_PDFXVersion (${PDFX_VERSION})`)) problems.push(`It is not marked ${PDFX_VERSION} (no GTS_PDFXVersion in its document information).`)
  if (!/\/Trapped \/(False|True)/.test(info)) problems.push('Its document information does not say whether it is trapped (/Trapped).')
  const catalog = show(refOf(trailer, 'Root')!)
  const intentRef = /\/OutputIntents \[ (\d+ \d+ R)/.exec(catalog)?.[1]
  if (!intentRef) return problems.push('It has no output intent: the printer cannot tell which press condition its colours are for.')
  const intent = show(intentRef)
  if (!/\/S \/GTS_PDFX/.test(intent)) problems.push('Its output intent is not a PDF/X one (/S /GTS_PDFX).')
  if (!intent.includes(`/OutputConditionIdentifier (${settings.outputIntent.identifier})`)) problems.push(`Its output intent is not ${settings.outputIntent.identifier}.`)
  const profile = refOf(intent, 'DestOutputProfile')
  if (!profile || !/\/N 4\b/.test(show(profile))) problems.push('Its output intent carries no CMYK ICC profile.')
}

/** No RGB left, nothing interactive, every font embedded. */
function checkContent(file: string, problems: string[]) {
  const json = tool('qpdf', ['--json', '--json-key=qpdf', file])
  // RGB by name, or an ICC-based colour space whose profile has three components (Chromium's sRGB).
  const objects = (JSON.parse(json) as { qpdf: [unknown, Record<string, { stream?: { dict?: Record<string, unknown> } }>] }).qpdf[1]
  const iccRgb = [...json.matchAll(/"\/ICCBased",\s*"(\d+ \d+ R)"/g)].some(([, ref]) => objects[`obj:${ref}`]?.stream?.dict?.['/N'] === 3)
  if (iccRgb || /\/DeviceRGB|\/CalRGB/.test(json)) problems.push('It still uses RGB colour; PDF/X-3 for this press wants CMYK or grey only.')
  if (json.includes('/Annots')) problems.push('It has annotations or links, which PDF/X does not allow on a printed page.')
  const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean)
  // Columns: name, type, encoding, emb, sub, uni, object, generation.
  const loose = fonts.filter((line) => !/ yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line)).map((line) => line.split(/\s+/)[0])
  if (loose.length) problems.push(`Fonts not embedded: ${loose.join(', ')}.`)
}

/** Images: CMYK (or grey) at the press's resolution. */
function checkImages(file: string, settings: PressSettings, problems: string[], warnings: string[]) {
  const rows = tool('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/))
    .map((c) => ({ page: Number(c[0]), type: c[2], width: Number(c[3]), height: Number(c[4]), color: c[5], ppi: Math.min(Number(c[12]), Number(c[13])) }))
    .filter((image) => image.type === 'image')
  for (const image of rows) {
    if (image.color !== 'cmyk' && image.color !== 'gray') problems.push(`The ${image.width}×${image.height} image on page ${image.page} is ${image.color}, not CMYK.`)
    if (image.ppi < settings.minImagePpi * PPI_TOLERANCE) warnings.push(`The ${image.width}×${image.height} image on page ${image.page} prints at ${Math.round(image.ppi)} ppi (the press needs ${settings.minImagePpi}).`)
  }
}

/** Running text in black ink only: with images and drawings left out, no page's text covers the colour plates as much as black. */
function checkTextInk(file: string, problems: string[]) {
  const pages = tool('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-dFILTERIMAGE', '-dFILTERVECTOR', '-sDEVICE=inkcov', '-o', '-', file])
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(0, 4).map(Number))
  const fourColour = pages.flatMap(([c, m, y, k], i) => (k > 0.005 && Math.max(c, m, y) / k > MAX_TEXT_COLOUR_RATIO ? [i + 1] : []))
  if (fourColour.length) problems.push(`Text prints in four colours (C, M and Y cover more than half of what K covers) on ${pagesText(fourColour)}: black text must be K only.`)
}

function pagesText(pages: number[]): string {
  return pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, 8).join(', ')}${pages.length > 8 ? ` and ${pages.length - 8} more` : ''}`
}

/** The interior: trim size from the settings, every check. */
export function preflightInterior(file: string, settings: PressSettings): PreflightReport {
  const problems: string[] = []
  const warnings: string[] = []
  const pages = checkBoxes(file, settings.trim, settings, problems)
  checkPdfX(file, settings, problems)
  checkContent(file, problems)
  checkImages(file, settings, problems, warnings)
  checkTextInk(file, problems)
  return { file, pages, problems, warnings }
}

/** The cover spread: back, spine and front as one page, its spine from the interior's page count. */
export function preflightCover(file: string, interiorPages: number, settings: PressSettings): PreflightReport {
  const problems: string[] = []
  const warnings: string[] = []
  const spread = coverSpreadMm(settings, spineWidthMm(interiorPages, settings.paper, settings.coverMm))
  const pages = checkBoxes(file, spread, settings, problems)
  if (pages !== 1) problems.push(`A cover spread is one page; this one has ${pages}.`)
  checkPdfX(file, settings, problems)
  checkContent(file, problems)
  checkImages(file, settings, problems, warnings)
  return { file, pages, problems, warnings }
}
