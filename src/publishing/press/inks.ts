// Neutral colours to DeviceGray (pure, pdf-lib), so black text and grey rules print on the black
// plate only. Chromium writes every colour as DeviceRGB; converted through the output profile a
// black or grey becomes four inks (rich black: 72/68/67/88 % measured here with ISO Coated v2),
// which smears small type when the plates are not in register. DeviceGray survives Ghostscript's
// CMYK conversion as black ink alone (gs -dBlackText would do it for text only, and also turns
// coloured headings black). Colours that are not neutral are left to the ICC conversion.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib'

/**
 * `r r r rg` → `r g` and `r r r RG` → `r G`, where the three components are written the same.
 * Chromium writes glyphs as hex strings (<0012>), so no text in a content stream can match.
 */
export function neutralOperators(content: string): string {
  return content.replace(/(^|\s)(\d*\.?\d+) \2 \2 (rg|RG)(?=\s|$)/g, (_, before: string, value: string, op: string) => `${before}${value} ${op === 'rg' ? 'g' : 'G'}`)
}

const latin1 = new TextDecoder('latin1')
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))

/** Rewrites one content stream in place (same object number); true if anything changed. */
function rewriteStream(doc: PDFDocument, ref: PDFRef): boolean {
  const stream = doc.context.lookup(ref)
  if (!(stream instanceof PDFRawStream)) return false
  const before = latin1.decode(decodePDFRawStream(stream).decode())
  const after = neutralOperators(before)
  if (after === before) return false
  const replaced = doc.context.flateStream(bytesOf(after))
  for (const [key, value] of stream.dict.entries()) {
    if (!['Filter', 'DecodeParms', 'Length'].includes(key.asString().slice(1))) replaced.dict.set(key, value)
  }
  doc.context.assign(ref, replaced)
  return true
}

/** Form XObjects a resource dictionary draws (Chromium puts backgrounds and groups in them). */
function formRefs(resources: PDFDict | undefined): PDFRef[] {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  if (!xobjects) return []
  return xobjects.values().filter((value): value is PDFRef => {
    const object = value instanceof PDFRef ? xobjects.context.lookup(value) : undefined
    return object instanceof PDFStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')
  })
}

/** Rewrites the document's pages and the forms they draw; returns how many streams changed. */
export function neutralsToGray(doc: PDFDocument): number {
  const done = new Set<string>()
  let rewritten = 0
  const visit = (ref: PDFRef) => {
    if (done.has(ref.toString())) return
    done.add(ref.toString())
    if (rewriteStream(doc, ref)) rewritten += 1
    const form = doc.context.lookup(ref)
    if (form instanceof PDFStream) formRefs(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict)).forEach(visit)
  }
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray().filter((r): r is PDFRef => r instanceof PDFRef) : []
    refs.forEach(visit)
    formRefs(page.node.Resources()).forEach(visit)
  }
  return rewritten
}
