// The press edition of one guide in one locale: an interior and a cover spread for a commercial
// printer, each PDF/X-3 in CMYK with bleed, page boxes and crop marks. The interior is the screen
// edition's HTML without its cover page (the cover is printed separately, on cover board), black
// text in pure black; its table of contents is measured again, so its numbers are its own.
import { PDFDocument } from 'pdf-lib'
import type { GuideDocument } from '../document'
import { lapTimer } from '../laps'
import type { Printer } from '../print'
import { renderGuide } from '../render/html'
import { printedWidthsMm } from '../render/images'
import { isbnBarcode } from './barcode'
import { coverHtml, coverImageId, coverPanels, MIN_SPINE_TEXT_MM } from './cover'
import { coverPpi, coverSpreadMm, spineWidthMm, type PressSettings } from './geometry'
import { neutralsToGray } from './inks'
import { markPages, type MarkOptions } from './marks'
import { toPdfX } from './pdfx'

export type { PressSettings } from './geometry'

/**
 * A4 on 80 g/m² offset paper (≈ 0.1 mm a leaf) with a 300 g/m² cover (≈ 0.4 mm), 3 mm bleed, and
 * the ISO Coated v2 300 % profile Debian installs with scribus-data (FOGRA39, the usual condition
 * for sheet-fed offset on coated paper). Settings from the environment override any of these.
 */
export const defaultPressSettings: PressSettings = {
  trim: { widthMm: 210, heightMm: 297 },
  bleedMm: 3,
  slugMm: 10,
  paper: { mmPerLeaf: 0.1 },
  coverMm: 0.4,
  minImagePpi: 300,
  outputIntent: {
    iccPath: '/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc',
    identifier: 'FOGRA39',
    condition: 'Offset printing, coated paper, ISO 12647-2:2004 (ISO Coated v2 300%)',
  },
}

export interface PressInput {
  doc: GuideDocument
  /** Prepared images by id (data URLs), as prepareImages gives them for the screen edition. */
  imageData: Record<string, string>
  printer: Printer
  settings: PressSettings
  timeoutMs?: number
  signal?: AbortSignal
}

export interface PressEdition {
  /** The interior (text block), PDF/X-3. */
  pdf: Uint8Array
  /** The cover spread (back, spine, front), PDF/X-3. */
  cover: Uint8Array
  pages: number
  spineMm: number
  warnings: string[]
  /** Milliseconds in each step, for the benchmark (pdfxInterior: the wait for the interior's conversion after the cover). */
  timings: Record<string, number>
}

/** Hides the screen edition's cover page and sets running text in black (not #1a1a1a, a 90 % grey). */
export const interiorCss = '.cover { display: none !important; } html { color: #000; }'

export function withStyle(html: string, css: string): string {
  const end = html.indexOf('</head>')
  return `${html.slice(0, end)}<style>${css}</style>\n${html.slice(end)}`
}

/** Images printed below the minimum resolution, said in words an editor can act on. */
export function resolutionWarnings(doc: GuideDocument, settings: PressSettings, spineMm: number): string[] {
  const warnings: string[] = []
  const coverId = coverImageId(doc)
  for (const [id, mmWide] of printedWidthsMm(doc)) {
    const image = doc.images[id]
    if (!image || id === coverId) continue
    const ppi = image.width / (mmWide / 25.4)
    if (ppi < settings.minImagePpi) warnings.push(`Figure "${image.alt || id}" prints at ${Math.round(ppi)} ppi (${image.width} px across ${Math.round(mmWide)} mm); the press needs ${settings.minImagePpi}: upload one at least ${Math.ceil((mmWide / 25.4) * settings.minImagePpi)} px wide.`)
  }
  const cover = coverId ? doc.images[coverId] : undefined
  if (cover) {
    const front = coverPanels(settings, spineMm).front
    const box = { widthMm: front.width, heightMm: settings.trim.heightMm + 2 * settings.bleedMm }
    const ppi = coverPpi(cover, box)
    if (ppi < settings.minImagePpi) {
      const need = (mm: number) => Math.ceil((mm / 25.4) * settings.minImagePpi)
      warnings.push(`The cover image prints at ${Math.round(ppi)} ppi (${cover.width}×${cover.height} px across the front cover with its bleed, ${Math.round(box.widthMm)}×${Math.round(box.heightMm)} mm); the press needs ${settings.minImagePpi}: upload one of at least ${need(box.widthMm)}×${need(box.heightMm)} px.`)
    }
  }
  return warnings
}

/** Chromium's print made ready for Ghostscript in one pdf-lib pass: black ink for neutrals, boxes, marks. */
async function prepress(printed: Uint8Array, marks: MarkOptions): Promise<Uint8Array> {
  // parseSpeed/objectsPerTick Infinity: pdf-lib otherwise yields to the event loop every few objects.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: Infinity })
  neutralsToGray(doc)
  markPages(doc, marks)
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity })
}

export async function pressEdition({ doc, imageData, printer, settings, timeoutMs, signal }: PressInput): Promise<PressEdition> {
  const { laps: timings, lap } = lapTimer()
  const warnings: string[] = []
  // Ghostscript converts the interior in its own process while Chromium prints the cover; if the
  // cover fails, the conversion is stopped with it.
  const stop = new AbortController()
  const onAbort = () => stop.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  const pdfx = (title: string) => ({ outputIntent: settings.outputIntent, title, ghostscript: settings.ghostscript, imagePpi: settings.minImagePpi, signal: stop.signal })
  try {
    const rendered = renderGuide(doc, imageData)
    // Prints take turns with every other print of the run (printWithRetry holds the browser).
    const printed = await printer.printWithRetry(withStyle(rendered.html, interiorCss), { tocTargets: [...rendered.toc.map((t) => t.target), ...rendered.references], timeoutMs, signal })
    lap('printInterior')
    const interior = await prepress(printed.pdf, settings)
    lap('prepressInterior')
    const converting = toPdfX(interior, pdfx(rendered.title))
    converting.catch(() => undefined)

    const spineMm = spineWidthMm(printed.pages, settings.paper, settings.coverMm)
    if (spineMm < MIN_SPINE_TEXT_MM) warnings.push(`The spine is ${spineMm} mm wide (${printed.pages} pages): too narrow for its title, which is left off.`)
    const barcode = doc.guide.isbn ? isbnBarcode(doc.guide.isbn) : undefined
    if (barcode && 'error' in barcode) warnings.push(barcode.error)
    const html = coverHtml({ doc, imageData, settings, spineMm, barcodeSvg: barcode && 'svg' in barcode ? barcode.svg : undefined })
    const coverPrint = await printer.printWithRetry(html, { tocTargets: [], timeoutMs, signal })
    lap('printCover')
    const folds = [settings.trim.widthMm, settings.trim.widthMm + spineMm]
    const cover = await toPdfX(await prepress(coverPrint.pdf, { ...settings, trim: coverSpreadMm(settings, spineMm), foldsMm: folds }), pdfx(`${rendered.title} (cover)`))
    lap('cover')
    const pdf = await converting
    lap('pdfxInterior')

    warnings.push(...resolutionWarnings(doc, settings, spineMm))
    return { pdf, cover, pages: printed.pages, spineMm, warnings, timings }
  } catch (error) {
    stop.abort()
    throw error
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}
