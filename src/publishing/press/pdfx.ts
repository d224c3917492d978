// The only module that runs Ghostscript: PDF bytes → PDF/X-3:2002 bytes, every colour converted
// to CMYK through the output profile (DeviceGray kept: black ink only), images to CMYK and down to
// 300 ppi where they are finer, fonts embedded, the output intent written into the catalog.
// Ghostscript 10.0 (Debian 12) makes PDF/X-3 only; PDF/X-4 needs Ghostscript 10.03 or later.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { PublishingError } from '../errors'
import type { OutputIntent } from './geometry'

const run = promisify(execFile)

export const PDFX_VERSION = 'PDF/X-3:2002'

export interface PdfxOptions {
  outputIntent: OutputIntent
  title: string
  ghostscript?: string
  /** Images finer than this are downsampled to it (coarser ones are kept and reported elsewhere). */
  imagePpi?: number
  signal?: AbortSignal
}

/**
 * A PostScript string of any text: printable ASCII as a literal (names such as FOGRA39 are
 * compared as written), anything else UTF-16BE with a byte order mark, in hex, as PDF allows.
 */
export function psText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, '\\$&')})`
  const hex = [...text].flatMap((c) => {
    const code = c.codePointAt(0)!
    const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code]
    return units.map((u) => u.toString(16).padStart(4, '0'))
  })
  return `<FEFF${hex.join('').toUpperCase()}>`
}

/** The pdfmark prologue Ghostscript reads before the PDF: document info keys and the output intent. */
export function pdfxPrologue(intent: OutputIntent, title: string): string {
  return `%!PS
[ /GTS_PDFXVersion (${PDFX_VERSION}) /Title ${psText(title)} /Trapped /False /DOCINFO pdfmark
[ /_objdef {guidepress_icc} /type /stream /OBJ pdfmark
[ {guidepress_icc} << /N 4 >> /PUT pdfmark
[ {guidepress_icc} (${intent.iccPath.replace(/[()\\]/g, '\\$&')}) (r) file /PUT pdfmark
[ /_objdef {guidepress_intent} /type /dict /OBJ pdfmark
[ {guidepress_intent} <<
  /Type /OutputIntent /S /GTS_PDFX
  /OutputConditionIdentifier ${psText(intent.identifier)}
  /OutputCondition ${psText(intent.condition)}
  /Info ${psText(path.basename(intent.iccPath))}
  /RegistryName (http://www.color.org)
  /DestOutputProfile {guidepress_icc}
>> /PUT pdfmark
[ {Catalog} << /OutputIntents [ {guidepress_intent} ] >> /PUT pdfmark
`
}

export function ghostscriptArgs(options: PdfxOptions, files: { prologue: string; input: string; output: string }): string[] {
  const ppi = options.imagePpi ?? 300
  return [
    '-dSAFER',
    `--permit-file-read=${options.outputIntent.iccPath}`,
    '-dBATCH',
    '-dNOPAUSE',
    '-dQUIET',
    '-sDEVICE=pdfwrite',
    '-dPDFX',
    // Stop at anything PDF/X forbids rather than quietly writing a plain PDF (the policy also
    // governs PDF/X; Ghostscript 10.0 still exits 0, so its messages are read as well).
    '-dPDFACompatibilityPolicy=2',
    '-dPDFSETTINGS=/prepress',
    '-sColorConversionStrategy=CMYK',
    '-sProcessColorModel=DeviceCMYK',
    `-sOutputICCProfile=${options.outputIntent.iccPath}`,
    '-dAutoRotatePages=/None',
    '-dEmbedAllFonts=true',
    ...['Color', 'Gray'].flatMap((kind) => [`-dDownsample${kind}Images=true`, `-d${kind}ImageResolution=${ppi}`, `-d${kind}ImageDownsampleThreshold=1.5`]),
    `-sOutputFile=${files.output}`,
    files.prologue,
    files.input,
  ]
}

/** What Ghostscript prints when the input breaks a PDF/X rule (e.g. a TrimBox outside the BleedBox). */
const pdfxRefusal = /not permitted in PDF\/X|reverting to normal PDF|aborting conversion/i

export async function toPdfX(pdf: Uint8Array, options: PdfxOptions): Promise<Uint8Array> {
  if (!existsSync(options.outputIntent.iccPath)) throw new PublishingError('PressToolMissing', `The output intent's ICC profile ${options.outputIntent.iccPath} does not exist.`)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guidepress-pdfx-'))
  const files = { prologue: path.join(dir, 'pdfx.ps'), input: path.join(dir, 'in.pdf'), output: path.join(dir, 'out.pdf') }
  try {
    await writeFile(files.prologue, pdfxPrologue(options.outputIntent, options.title))
    await writeFile(files.input, pdf)
    let said: string
    try {
      const { stdout, stderr } = await run(options.ghostscript ?? 'gs', ghostscriptArgs(options, files), { signal: options.signal, maxBuffer: 8 * 1024 * 1024 })
      said = `${stdout}${stderr}`
    } catch (cause) {
      const error = cause as NodeJS.ErrnoException & { stderr?: string; stdout?: string }
      if (options.signal?.aborted) throw new PublishingError('Cancelled', 'The press conversion was cancelled.', { cause })
      if (error.code === 'ENOENT') throw new PublishingError('PressToolMissing', `Ghostscript (${options.ghostscript ?? 'gs'}) is not installed.`, { cause })
      throw new PublishingError('PressConversionFailed', `Ghostscript could not make a ${PDFX_VERSION} file: ${(error.stderr || error.stdout || error.message).trim().slice(0, 500)}`, { cause })
    }
    const refusal = said.split('\n').find((line) => pdfxRefusal.test(line))
    if (refusal) throw new PublishingError('PressConversionFailed', `Ghostscript could not make a ${PDFX_VERSION} file: ${refusal.replace(/^GPL Ghostscript [\d.]+: /, '').trim()}`)
    return new Uint8Array(await readFile(files.output))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
