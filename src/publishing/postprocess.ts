// Stage 4: pure functions on PDF bytes, all with pdf-lib (which keeps the tag tree and outline
// intact): the page of each table-of-contents target (the named destinations Chromium writes for
// link targets) and the document metadata.
//
// Not pdfjs: its Node build installs core-js polyfills on the global objects, among them a
// JavaScript Uint8Array.fromBase64 that Puppeteer then uses to decode every PDF Chromium sends,
// which made every later print ≈ 100 ms slower in the whole process (measured in bench/publish.ts).
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib'
import { rewritePageContents } from './pageContent'
import { withoutInvisibleActualText } from './textLayer'
import { xmpPacket } from './xmp'

/**
 * A print is parsed once: the page numbers are read right after printing and the metadata written
 * right after that, from the same parse (kept only as long as the bytes are).
 */
const parsed = new WeakMap<Uint8Array, Promise<PDFDocument>>()
function parse(pdf: Uint8Array): Promise<PDFDocument> {
  let doc = parsed.get(pdf)
  if (!doc) {
    // parseSpeed Infinity: pdf-lib otherwise yields to the event loop every 100 objects (≈ 3× slower).
    doc = PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity })
    parsed.set(pdf, doc)
  }
  return doc
}

/**
 * 1-based page of each named destination, how far down its page it is (0 at the top edge, 1 at
 * the bottom), and the page count.
 */
export async function headingPages(pdf: Uint8Array, targets: string[]): Promise<{ pages: number; targets: Record<string, number>; depths: Record<string, number> }> {
  const doc = await parse(pdf)
  const pages = doc.getPages()
  const pageOf = new Map(pages.map((page, index) => [page.ref.toString(), index + 1]))
  // Chromium writes a /Dests dictionary in the catalog (PDF 1.1 style), name → [page /XYZ x y zoom].
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  const found: Record<string, number> = {}
  const depths: Record<string, number> = {}
  for (const target of targets) {
    const dest = dests?.lookup(PDFName.of(target))
    const array = dest instanceof PDFDict ? dest.lookupMaybe(PDFName.of('D'), PDFArray) : dest instanceof PDFArray ? dest : undefined
    const ref = array?.get(0)
    const page = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined
    if (!page) continue
    found[target] = page
    const y = array?.get(3)
    if (y instanceof PDFNumber) depths[target] = 1 - y.asNumber() / pages[page - 1].getHeight()
  }
  return { pages: pageOf.size, targets: found, depths }
}

export interface PdfMetadata {
  /** Exact heading texts in document order, to replace Chromium's outline titles. */
  headings?: string[]
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
  /** Pages that open a part: printed without the running head (Chromium's @page cannot single them out). */
  openingPages?: number[]
}

export async function setMetadata(pdf: Uint8Array, meta: PdfMetadata, now = new Date()): Promise<Uint8Array> {
  const doc = await parse(pdf)
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  doc.setKeywords(meta.keywords)
  doc.setLanguage(meta.language)
  doc.setCreator('guidepress')
  doc.setProducer('guidepress (Chromium, pdf-lib)')
  doc.setModificationDate(now)
  if (meta.headings) setOutlineTitles(doc, meta.headings)
  tagTableOfContents(doc)
  // Each page's content once: words as written in the text layer, no text outside the tag tree.
  const opening = new Set(meta.openingPages ?? [])
  rewritePageContents(doc, (content, page) => untaggedTextAsArtifacts(withoutInvisibleActualText(content), { withoutHead: opening.has(page) }))
  // XMP beside the Info dictionary: title and language where assistive technology and PDF/UA checkers look.
  // As UTF-8 bytes: pdf-lib would write a string's characters as single bytes.
  const xmp = doc.context.stream(new TextEncoder().encode(xmpPacket({ ...meta, created: now })), { Type: 'Metadata', Subtype: 'XML' })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp))
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

/**
 * Chromium tags the table of contents as a plain list (L, LI): the first list of the document is
 * the contents (nothing before it has one), retagged TOC with TOCI items, as PDF/UA asks.
 */
export function tagTableOfContents(doc: PDFDocument): boolean {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const kidsOf = (node: PDFDict): PDFDict[] => {
    const kids = node.lookup(PDFName.of('K'))
    const list = kids instanceof PDFArray ? kids.asArray().map((k) => doc.context.lookup(k)) : [kids]
    return list.filter((k): k is PDFDict => k instanceof PDFDict && k.has(PDFName.of('S')))
  }
  const findList = (node: PDFDict): PDFDict | undefined => {
    for (const kid of kidsOf(node)) {
      if (kid.get(PDFName.of('S')) === PDFName.of('L')) return kid
      const found = findList(kid)
      if (found) return found
    }
    return undefined
  }
  const list = root && findList(root)
  if (!list) return false
  list.set(PDFName.of('S'), PDFName.of('TOC'))
  for (const item of kidsOf(list)) if (item.get(PDFName.of('S')) === PDFName.of('LI')) item.set(PDFName.of('S'), PDFName.of('TOCI'))
  return true
}

/** CSS pixels down an A4 page (297 mm at 96 px to the inch): a margin box above half of it is the head. */
const PAGE_HEIGHT_PX = (297 / 25.4) * 96

/**
 * Chromium paints a page's margin boxes first, in one `q … Q` group before the page area: the
 * running head at the top and the folio at the foot, as text objects (BT … ET, several when the
 * line changes font) placed with `1 0 0 -1 x y Tm`, y in CSS pixels from the top. It leaves them,
 * and the quotation marks CSS adds around a quote, outside every marked-content sequence, so the
 * tagged PDF had text that was neither content nor artifact. PDF/UA asks for every piece of text to
 * be one or the other: the head and folio become pagination artifacts (`/Artifact <</Type
 * /Pagination /Subtype /Header>> BDC … EMC`, or /Footer), any other untagged text an artifact. On a
 * part's opening page (`withoutHead`) the head is taken out instead, when the page has a folio
 * below it (otherwise it is not the page it is meant to be). A page with no untagged text is left
 * as it is.
 */
export function untaggedTextAsArtifacts(content: string, { withoutHead = false } = {}): string {
  let text = content
  const marginBoxes = /^([\s\S]*?\nq\n)([\s\S]*?)(\nQ\n)/.exec(text)
  // Margin boxes carry no structure (no MCID); Thai text in them has ActualText spans for its clusters.
  const objects = marginBoxes && !marginBoxes[2].includes('/MCID') ? [...marginBoxes[2].matchAll(/BT\n[\s\S]*?\nET/g)].map((m) => ({ at: m.index!, text: m[0], y: Number(/1 0 0 -1 [\d.]+ ([\d.]+) Tm/.exec(m[0])?.[1] ?? NaN) })) : []
  if (marginBoxes && objects.length && objects.every((o) => !Number.isNaN(o.y))) {
    const isHead = (o: { y: number }) => o.y < PAGE_HEIGHT_PX / 2
    const removeHead = withoutHead && objects.some((o) => !isHead(o))
    let group = marginBoxes[2]
    for (const o of [...objects].reverse()) {
      const replacement = isHead(o) && removeHead ? '' : `/Artifact <</Type /Pagination /Subtype /${isHead(o) ? 'Header' : 'Footer'}>> BDC\n${o.text}\nEMC`
      group = group.slice(0, o.at) + replacement + group.slice(o.at + o.text.length)
    }
    text = marginBoxes[1] + group + marginBoxes[3] + text.slice(marginBoxes[0].length)
  }
  // Any text object left outside marked content (Chromium writes one operator a line): only the
  // lines that open or close marked content or a text object are visited.
  let depth = 0
  let open = false
  return text.replace(/\n(BT|ET|EMC)(?=\n)|B[DM]C(?=\n)/g, (match, line?: string) => {
    if (!line) depth++
    else if (line === 'EMC') depth--
    else if (line === 'BT' && depth === 0) return (open = true), '\n/Artifact BMC\nBT'
    else if (line === 'ET' && open) return (open = false), '\nET\nEMC'
    return match
  })
}
