// Press geometry (pure): the settings a printer gives (trim, bleed, paper) turned into page boxes
// in points and the spine width of the cover. Everything in millimetres until it meets the PDF.

export const MM = 72 / 25.4

/** How thick the paper is: millimetres per leaf (two pages), or the printer's pages per inch (PPI). */
export type Paper = { mmPerLeaf: number } | { pagesPerInch: number }

export interface PressSettings {
  /** The finished page. */
  trim: { widthMm: number; heightMm: number }
  /** Extra printed area beyond the trim on every side, cut away after printing (3 mm usually). */
  bleedMm: number
  /** Room beyond the bleed for crop marks; the marks start at the bleed edge and end 1 mm before this. */
  slugMm: number
  paper: Paper
  /** Thickness of the cover board, added once to the spine (the cover wraps the block once). */
  coverMm?: number
  /** Images printed below this resolution are reported (300 for offset). */
  minImagePpi: number
  /** The CMYK output intent: the profile file and the registered condition it characterises. */
  outputIntent: OutputIntent
  /** Ghostscript's binary (gs on the PATH when not given). */
  ghostscript?: string
}

export interface OutputIntent {
  iccPath: string
  /** Registered characterisation name, e.g. FOGRA39 (what the printer's RIP looks up). */
  identifier: string
  /** Human-readable condition, e.g. "Offset, coated paper (ISO 12647-2:2004, FOGRA39)". */
  condition: string
}

/** A rectangle in PDF points, origin at the bottom left of the trimmed page. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface PageBoxes {
  media: Box
  bleed: Box
  trim: Box
}

/** Boxes for a page whose trimmed size is width × height points, printed at the origin. */
export function pageBoxes(widthPt: number, heightPt: number, settings: Pick<PressSettings, 'bleedMm' | 'slugMm'>): PageBoxes {
  const bleed = settings.bleedMm * MM
  const outer = bleed + settings.slugMm * MM
  return {
    trim: { x: 0, y: 0, width: widthPt, height: heightPt },
    bleed: { x: -bleed, y: -bleed, width: widthPt + 2 * bleed, height: heightPt + 2 * bleed },
    media: { x: -outer, y: -outer, width: widthPt + 2 * outer, height: heightPt + 2 * outer },
  }
}

export function mmPerLeaf(paper: Paper): number {
  return 'mmPerLeaf' in paper ? paper.mmPerLeaf : (25.4 * 2) / paper.pagesPerInch
}

/**
 * Spine width in mm, to a tenth: one leaf per two pages (an odd last page still takes a leaf),
 * plus the cover board once. A printer quotes paper as caliper per leaf or as PPI; both work.
 */
export function spineWidthMm(pages: number, paper: Paper, coverMm = 0): number {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`A book has at least one page (got ${pages}).`)
  const leaves = Math.ceil(pages / 2)
  return Math.round((leaves * mmPerLeaf(paper) + coverMm) * 10) / 10
}

/** Size of the cover spread (back, spine, front) without bleed, in mm. */
export function coverSpreadMm(settings: Pick<PressSettings, 'trim'>, spineMm: number): { widthMm: number; heightMm: number } {
  return { widthMm: 2 * settings.trim.widthMm + spineMm, heightMm: settings.trim.heightMm }
}

/** Effective resolution of an image scaled to cover a box (CSS object-fit: cover): the tighter axis. */
export function coverPpi(image: { width: number; height: number }, box: { widthMm: number; heightMm: number }): number {
  return Math.min(image.width / (box.widthMm / 25.4), image.height / (box.heightMm / 25.4))
}
