// Stage 4: pure functions on PDF bytes. Page lookup for the table of contents (pdfjs reads the
// named destinations Chromium writes for link targets) and document metadata (pdf-lib, which keeps
// the tag tree and outline intact).
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'

/** 1-based page of each named destination, and the page count. */
export async function headingPages(pdf: Uint8Array, targets: string[]): Promise<{ pages: number; targets: Record<string, number> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  try {
    const found: Record<string, number> = {}
    for (const target of targets) {
      const dest = await doc.getDestination(target)
      if (!dest) continue
      const ref = dest[0]
      const index = typeof ref === 'number' ? ref : await doc.getPageIndex(ref as never)
      found[target] = index + 1
    }
    return { pages: doc.numPages, targets: found }
  } finally {
    await doc.destroy()
  }
}

export interface PdfMetadata {
  /** Exact heading texts in document order, to replace Chromium's outline titles. */
  headings?: string[]
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
}

export async function setMetadata(pdf: Uint8Array, meta: PdfMetadata, now = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  doc.setKeywords(meta.keywords)
  doc.setLanguage(meta.language)
  doc.setCreator('guidepress')
  doc.setProducer('guidepress (Chromium, pdf-lib)')
  doc.setModificationDate(now)
  if (meta.headings) setOutlineTitles(doc, meta.headings)
  // pdf-lib yields to the event loop every 50 objects by default, which made saving ~10× slower.
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity })
}

/**
 * Chromium builds bookmark titles from the laid-out text of each heading, which loses the space
 * at a line break and can repeat a wrapped heading. The outline is a pre-order walk of the
 * headings, so the exact texts are written back in that order; if the counts differ, nothing is changed.
 */
export function setOutlineTitles(doc: PDFDocument, headings: string[]): boolean {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const entries: PDFDict[] = []
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      entries.push(node)
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict))
  if (entries.length !== headings.length) return false
  entries.forEach((entry, i) => entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[i])))
  return true
}
