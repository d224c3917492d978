// Page boxes and printer's marks (pure, pdf-lib). Each page was printed at its trimmed size (or,
// for the cover, at trim plus bleed); the TrimBox is the exact trim from the settings, centred on
// the printed page (Chromium rounds page sizes to its pixels: A4 prints 0.1 mm narrow), the
// BleedBox lies the bleed outside it and the MediaBox a slug further out, where crop marks are
// drawn in black ink only, so that they, too, pass the one-ink check. Links are dropped: paper
// has none, and PDF/X allows no annotations on the printed area.
import { PDFName, type PDFDocument } from 'pdf-lib'
import { MM, pageBoxes, type Box, type PressSettings } from './geometry'

export interface MarkOptions extends Pick<PressSettings, 'bleedMm' | 'slugMm' | 'trim'> {
  /** x positions (mm from the trim's left edge) of folds, marked top and bottom (the spine). */
  foldsMm?: number[]
}

const n = (value: number) => value.toFixed(3).replace(/\.?0+$/, '')

/** Crop marks at the four trim corners, and fold marks, as content stream operators. */
export function markOperators(trim: Box, options: Omit<MarkOptions, 'trim'>): string {
  const from = options.bleedMm * MM
  const to = (options.bleedMm + options.slugMm - 1) * MM
  const { x: left, y: bottom } = trim
  const right = left + trim.width
  const top = bottom + trim.height
  const lines: [number, number, number, number][] = []
  for (const x of [left, right]) {
    lines.push([x, bottom - from, x, bottom - to], [x, top + from, x, top + to])
  }
  for (const y of [bottom, top]) {
    lines.push([left - from, y, left - to, y], [right + from, y, right + to, y])
  }
  for (const fold of options.foldsMm ?? []) {
    const x = left + fold * MM
    lines.push([x, bottom - from, x, bottom - to], [x, top + from, x, top + to])
  }
  const path = lines.map(([x1, y1, x2, y2]) => `${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l`).join(' ')
  // 0.25 pt hairlines in 100 % black (DeviceCMYK), outside the bleed so they never print on the page.
  return `q 0 0 0 1 K 0.25 w [] 0 d ${path} S Q`
}

const setBox = (set: (x: number, y: number, w: number, h: number) => void, box: Box) => set(box.x, box.y, box.width, box.height)

export function markPages(doc: PDFDocument, options: MarkOptions): void {
  const { context } = doc
  for (const page of doc.getPages()) {
    const printed = page.getMediaBox()
    const width = options.trim.widthMm * MM
    const height = options.trim.heightMm * MM
    const boxes = pageBoxes(width, height, options)
    const offset = (box: Box): Box => ({ ...box, x: box.x + printed.x + (printed.width - width) / 2, y: box.y + printed.y + (printed.height - height) / 2 })
    setBox((...a) => page.setMediaBox(...a), offset(boxes.media))
    setBox((...a) => page.setBleedBox(...a), offset(boxes.bleed))
    setBox((...a) => page.setTrimBox(...a), offset(boxes.trim))
    page.node.delete(PDFName.of('CropBox'))
    page.node.delete(PDFName.of('Annots'))
    // The printed content keeps its graphics state to itself, then the marks are drawn on top.
    page.node.normalize()
    page.node.wrapContentStreams(context.register(context.flateStream('q\n')), context.register(context.flateStream('\nQ')))
    page.node.addContentStream(context.register(context.flateStream(markOperators(offset(boxes.trim), options))))
  }
}
