// What a book designer looks for on the printed pages, measured with poppler and qpdf on a PDF
// file: markup printed as typed, headings and terms stranded at a page foot, bookmarks that
// point at the wrong page, pages left half empty. Each finding names the page.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MAX_KEPT_LENGTH, spacingLength } from '../../src/publishing/render/typesetting/thaiTerms'

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

/** Text without whitespace (Thai has none between words and lines break anywhere). */
const squash = (text: string) => text.normalize('NFC').replace(/[\s\u00ad\u2060]+/g, '')

export interface Bookmark {
  title: string
  page: number
  depth: number
}

export interface Book {
  file: string
  /** Text of each page (index 0 is page 1), in reading order, as pdftotext gives it. */
  pages: string[]
  bookmarks: Bookmark[]
}

export function readBook(file: string): Book {
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1)
  const bookmarks: Bookmark[] = []
  const walk = (items: any[], depth: number) => {
    for (const item of items) {
      bookmarks.push({ title: String(item.title).normalize('NFC'), page: Number(item.destpageposfrom1), depth })
      walk(item.kids ?? [], depth + 1)
    }
  }
  walk(JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])).outlines ?? [], 0)
  return { file, pages, bookmarks }
}

/** Lines with text on a page, without the page number line at its foot. */
const textLines = (page: string) => {
  const lines = page.split('\n').filter((l) => l.trim())
  return lines.length && /^\s*\d+\s*$/.test(lines[lines.length - 1]) ? lines.slice(0, -1) : lines
}

/**
 * Book order: every part and annex opens on a right-hand (odd) page without the running head
 * (a line with the head's " · "), and the page count is a multiple of four.
 */
export function outOfBookOrder(book: Book): string[] {
  const found: string[] = []
  if (book.pages.length % 4 !== 0) found.push(`${book.pages.length} pages, not a multiple of 4`)
  for (const { title, page } of book.bookmarks.filter((b) => b.depth === 0).slice(1)) {
    if (page % 2 === 0) found.push(`"${title}" opens on page ${page}, a left-hand page`)
    const first = textLines(book.pages[page - 1] ?? '')[0] ?? ''
    if (first.includes(' · ')) found.push(`"${title}" opens on page ${page} under the running head "${first.trim()}"`)
  }
  return found
}

/** Inline markup (Markdown-style) printed as typed instead of converted. */
export function unconvertedMarkup(book: Book): string[] {
  const pattern = /(^|[\s(“"'])(\*\*?)[^\s*][^*\n]{0,80}?\2(?=[\s.,;:!?)”"']|$)|\[[^\]\n]{1,80}\]\((?:https?:|\/|#)/gm
  return book.pages.flatMap((text, i) => [...text.matchAll(pattern)].map((m) => `page ${i + 1}: ${m[0].trim()}`))
}

/**
 * Every bookmark points at the page its heading is on, and no heading ends a page: the heading
 * and the first lines after it share a page (Chromium's outline points where the heading's box starts).
 */
export function strandedHeadings(book: Book): string[] {
  const found: string[] = []
  for (const { title, page } of book.bookmarks) {
    const text = book.pages[page - 1]
    if (!text) {
      found.push(`"${title}": bookmark points at page ${page}, which does not exist`)
      continue
    }
    const lines = textLines(text)
    const at = squash(lines.join(''))
    const head = squash(title).slice(0, 12)
    if (!at.includes(head)) found.push(`"${title}": bookmark points at page ${page}, which does not show the heading`)
    else if (squash(lines.slice(-2).join('')).endsWith(squash(title).slice(-12)) && !squash(lines.slice(0, -2).join('')).includes(head)) {
      found.push(`"${title}": the heading ends page ${page}; its text starts on the next`)
    }
  }
  return found
}

/** Glossary terms left as the last line of a page of the glossary (from `fromPage` on), their definition overleaf. */
export function strandedTerms(book: Book, terms: string[], fromPage = 1): string[] {
  const wanted = new Set(terms.map(squash))
  return book.pages.flatMap((text, i) => {
    const last = textLines(text).at(-1)
    return i + 1 >= fromPage && last && wanted.has(squash(last)) ? [`page ${i + 1} ends with the term "${last.trim()}"`] : []
  })
}

/**
 * A part's last page that holds nothing but the running head and the folio in text, only notepad
 * lines (drawn, not written), must be full of them: a closing notepad runs to the page's foot
 * rather than leave a few lines alone on an otherwise empty page.
 */
export function notepadTailPages(book: Book, { minFill = FULL_PAGE } = {}): string[] {
  const fills = pageFills(book)
  return partEndings(book)
    .filter((part) => !part.final)
    .flatMap(({ last, lines }) => {
      const fill = fills[last - 1]
      return book.pages[last - 1]?.trim() && lines.length === 0 && fill < minFill ? [`page ${last} ends a part with notepad lines that stop at ${Math.round(fill * 100)} % of the page`] : []
    })
}

/** How far down its text area a page's ink reaches for it to count as full (a closing notepad run to the foot). */
const FULL_PAGE = 0.85

/**
 * Each part's (or annex's) first page and last page, the one before the next part opens or before
 * the blank page that precedes it (the final part ends on the last page with content), and the
 * lines of text on that last page, running head and folio aside.
 */
function partEndings(book: Book): { start: number; last: number; final: boolean; lines: string[] }[] {
  const starts = [...new Set(book.bookmarks.filter((b) => b.depth === 0).map((b) => b.page))].sort((a, b) => a - b)
  const blank = (page: number) => !book.pages[page - 1]?.trim()
  let lastContent = book.pages.length
  while (lastContent > 1 && blank(lastContent)) lastContent -= 1
  return starts.map((start, i) => {
    const next = starts[i + 1] ?? lastContent + 1
    const last = blank(next - 1) ? next - 2 : next - 1
    return { start, last, final: i === starts.length - 1, lines: textLines(book.pages[last - 1] ?? '').filter((line) => !line.includes(' · ')) }
  })
}

/**
 * Pages inside a part or annex whose content stops in the upper part of the page though the part
 * goes on overleaf (a block that did not fit was pushed over, leaving the space empty). Measured on
 * the rendered page: the lowest row with ink inside the text area (running head and folio excluded).
 */
export function nearEmptyPages(book: Book, { minFill = 0.5 } = {}): string[] {
  const fills = pageFills(book)
  const sectionStarts = new Set(book.bookmarks.filter((b) => b.depth === 0).map((b) => b.page))
  const firstSection = Math.min(...sectionStarts)
  // Blank pages that pad the end to a multiple of four are meant to be empty.
  let lastContent = fills.length
  while (lastContent > 1 && fills[lastContent - 1] === 0 && !book.pages[lastContent - 1]?.trim()) lastContent -= 1
  const found: string[] = []
  fills.forEach((fill, i) => {
    const page = i + 1
    // A part ends on the page before the next one opens, or before the blank left-hand page that precedes it.
    const blankBeforeSection = fills[page] === 0 && !book.pages[page]?.trim() && sectionStarts.has(page + 2)
    if (page < firstSection || page >= lastContent || sectionStarts.has(page + 1) || blankBeforeSection) return
    if (fill < minFill) found.push(`page ${page} is ${Math.round(fill * 100)} % full though its part continues on page ${page + 1}`)
  })
  return found
}

const fillsOf = new Map<string, number[]>()

/** How far down each page's text area ink reaches (0–1), from the pages rendered once per file at 40 dpi. */
function pageFills(book: Book, marginMm = 22): number[] {
  const known = fillsOf.get(book.file)
  if (known) return known
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-ink-'))
  try {
    run('pdftoppm', ['-gray', '-r', '40', book.file, path.join(dir, 'p')])
    const fills = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((name) => inkFill(readFileSync(path.join(dir, name)), marginMm))
    fillsOf.set(book.file, fills)
    return fills
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** How far down the text area ink reaches, 0–1, on a binary PGM (P5) page image. */
function inkFill(pgm: Buffer, marginMm: number): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not a binary PGM image')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  const margin = Math.round((marginMm / 297) * height)
  let lowest = margin
  for (let y = margin; y < height - margin; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width)
    if (row.some((value) => value < 235)) lowest = y
  }
  return (lowest - margin) / (height - 2 * margin)
}

export interface Structure {
  /** Structure types in document order (BlockQuote, Figure, TOC, TOCI, …). */
  types: string[]
  /** Figures without alternative text. */
  figuresWithoutAlt: number
  /** The XMP metadata packet, as text. */
  xmp: string
}

/** The tagged PDF's structure tree and XMP metadata, read with qpdf. */
export function structureOf(file: string): Structure {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])).qpdf
  const objects = json[1] as Record<string, { value?: Record<string, unknown> }>
  const values = Object.values(objects).map((o) => o.value).filter((v): v is Record<string, unknown> => Boolean(v && typeof v === 'object' && typeof v['/S'] === 'string'))
  const root = objects[(objects.trailer?.value as Record<string, string>)['/Root'].replace(/^/, 'obj:')]?.value as Record<string, string> | undefined
  const metadata = root?.['/Metadata']
  const xmp = metadata ? run('qpdf', [`--show-object=${metadata.replace(/ 0 R$/, '')}`, '--filtered-stream-data', file]) : ''
  return {
    types: values.map((v) => String(v['/S']).slice(1)),
    figuresWithoutAlt: values.filter((v) => v['/S'] === '/Figure' && !v['/Alt']).length,
    xmp,
  }
}

export interface TextTagging {
  /** Pages with a text object (BT … ET) outside every marked-content sequence: neither content nor artifact. */
  untagged: number[]
  /** Pages with a running head or folio marked as a pagination artifact. */
  pagination: number[]
  /** Pages with text drawn slanted by a skewed text matrix: a synthetic italic, where a font has no italic of its own. */
  slanted: number[]
}

const taggingOf = new Map<string, TextTagging>()

/** How each page's text is marked and drawn, read from the content streams qpdf decodes (one operator a line, as Chromium writes them). */
export function textTagging(file: string): TextTagging {
  const known = taggingOf.get(file)
  if (known) return known
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guidepress-qdf-'))
  try {
    const qdf = path.join(dir, 'q.pdf')
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdf])
    const text = readFileSync(qdf, 'latin1')
    const result: TextTagging = { untagged: [], pagination: [], slanted: [] }
    for (const m of text.matchAll(/%% Contents for page (\d+)\n%% Original object ID: [^\n]*\n\d+ 0 obj\n<<[\s\S]*?>>\nstream\n([\s\S]*?)endstream/g)) {
      const page = Number(m[1])
      let depth = 0
      for (const line of m[2].split('\n').map((l) => l.trim())) {
        if (/\b(BDC|BMC)$/.test(line)) depth++
        else if (line === 'EMC') depth--
        else if (line === 'BT' && depth === 0 && !result.untagged.includes(page)) result.untagged.push(page)
        else if (line.endsWith(' Tm') && !result.slanted.includes(page)) {
          // a b c d e f Tm: the glyphs' x and y axes are (a, b) and (c, d), at right angles unless slanted (Skia's synthetic italic has c = 0.25).
          const [a, b, c, d] = line.split(/\s+/).map(Number)
          if (Math.abs(a * c + b * d) > 1e-6) result.slanted.push(page)
        }
      }
      if (/\/Artifact <<\/Type \/Pagination \/Subtype \/(Header|Footer)>> BDC/.test(m[2])) result.pagination.push(page)
    }
    taggingOf.set(file, result)
    return result
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Lists split across pages with a single item on one side: a first item left alone at a page's
 * foot, or a last item carried over alone. Read from the structure tree (qpdf): each list item
 * (LI) is on the pages of the marked content under it; the bullets themselves are drawn, not text.
 */
export function splitLists(file: string): string[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=pages', file]))
  const objects = json.qpdf[1] as Record<string, { value?: Record<string, any> }>
  const pageOf = new Map<string, number>((json.pages as { object: string }[]).map((p, i) => [p.object, i + 1]))
  const element = (ref: unknown) => (typeof ref === 'string' ? objects[`obj:${ref}`]?.value : undefined)
  const pagesUnder = (node: Record<string, any>, inherited?: string, into = new Set<number>()): Set<number> => {
    const pg = node['/Pg'] ?? inherited
    const kids = Array.isArray(node['/K']) ? node['/K'] : node['/K'] === undefined ? [] : [node['/K']]
    for (const kid of kids) {
      if (typeof kid === 'number' && pg) into.add(pageOf.get(pg) ?? 0)
      else if (kid && typeof kid === 'object' && typeof kid['/MCID'] === 'number') into.add(pageOf.get(kid['/Pg'] ?? pg) ?? 0)
      else if (element(kid)?.['/S']) pagesUnder(element(kid)!, pg, into)
    }
    return into
  }
  const found: string[] = []
  for (const list of Object.values(objects).map((o) => o.value).filter((v) => v?.['/S'] === '/L')) {
    const items = (Array.isArray(list!['/K']) ? list!['/K'] : [list!['/K']]).map(element).filter((v) => v?.['/S'] === '/LI')
    if (items.length < 2) continue
    const firstPages = items.map((item) => Math.min(...pagesUnder(item!)))
    const pages = [...new Set(firstPages)].sort((a, b) => a - b)
    if (pages.length < 2) continue
    const count = (page: number) => firstPages.filter((p) => p === page).length
    if (count(pages[0]) === 1) found.push(`page ${pages[0]} ends with the first item of a ${items.length}-item list alone; the rest is on page ${pages[1]}`)
    if (count(pages.at(-1)!) === 1) found.push(`page ${pages.at(-1)} starts with the last item of a ${items.length}-item list carried over alone`)
  }
  return found
}

/** Where a layout line's side column starts at the latest, in characters (pdftotext -layout sets it 75–90 in, the text column within a few). */
const SIDE_COLUMN_FROM = 40

/** A layout page's lines as two columns, the text column's and the side column's, without indents; a blank line in both. */
function columnsOf(page: string): Record<'text' | 'side', string[]> {
  const columns = { text: [] as string[], side: [] as string[] }
  for (const line of page.split('\n')) {
    const parts = [...line.matchAll(/\S+(?: {1,2}\S+)*/g)]
    if (parts.length === 0) {
      columns.text.push('')
      columns.side.push('')
    }
    for (const part of parts) columns[(part.index ?? 0) > SIDE_COLUMN_FROM ? 'side' : 'text'].push(part[0])
  }
  return columns
}

/**
 * Headings (every bookmark) of three words or more that wrap onto a last line holding a single word.
 * Only for scripts with spaces between words: Thai lines break inside runs of text.
 */
export function lonelyHeadingWords(book: Book): string[] {
  const found: string[] = []
  for (const { title, page } of book.bookmarks) {
    if (title.trim().split(/\s+/).length < 3) continue
    const lines = columnsOf(book.pages[page - 1] ?? '').text.filter(Boolean)
    const whole = squash(title)
    for (let first = 0; first < lines.length; first++) {
      let text = squash(lines[first])
      if (text.length < 3 || !whole.startsWith(text)) continue
      let last = first
      while (text.length < whole.length && last + 1 < lines.length) text += squash(lines[++last])
      if (text !== whole) continue
      if (last > first && lines[last].trim().split(/\s+/).length === 1) found.push(`"${title}" on page ${page} ends on a line with the single word "${lines[last].trim()}"`)
      break
    }
  }
  return found
}

export interface Measure {
  /** Median length, in characters, of the lines of the text column with more than 20 of them. */
  median: number
  /** Lines of the text column that end in a hyphen after a letter (a word broken at a soft hyphen, or a hyphenated compound). */
  hyphenated: number
  /** Straight quotation marks or apostrophes (' and ") in the text. */
  straightQuotes: number
}

/** Line length, hyphenation and quotation marks of the running text, from the first part on. */
export function measureOf(book: Book): Measure {
  const first = Math.min(...book.bookmarks.filter((b) => b.depth === 0).map((b) => b.page))
  const lines = book.pages.slice(first - 1).flatMap((page) => columnsOf(page).text)
  const lengths = lines.filter((l) => l.length > 20).map((l) => [...l].length).sort((a, b) => a - b)
  return {
    median: lengths[Math.floor(lengths.length / 2)] ?? 0,
    hyphenated: lines.filter((l) => /\p{L}-$/u.test(l)).length,
    straightQuotes: book.pages.join('\n').match(/['"]/g)?.length ?? 0,
  }
}

/**
 * Grapheme clusters a line holds at least when it was wrapped, in the text column and in the side
 * column (full lines hold about 55 and 22): shorter ones end a heading, a title or a paragraph.
 */
const FULL_THAI_LINE = { text: 40, side: 16 }

/**
 * Terms of `dictionary` (Thai) split between two wrapped lines of a column: the end of a full line
 * and the start of the next spell a term across the break. Not a split when the break is also where
 * another term of the dictionary ends or begins and the two together are longer than the typesetter
 * keeps (MAX_KEPT_LENGTH spacing characters), too long to keep both
 * (การคัดแยก|ผู้เสียหายจากการค้ามนุษย์), nor when the first line ends with a word (as ICU reads the
 * two lines together) that began before the term, as ภูมิภาค|รัฐ is no split of ภาครัฐ.
 */
export function splitThaiTerms(book: Book, dictionary: string[]): string[] {
  const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' })
  const words = new Intl.Segmenter('th', { granularity: 'word' })
  const found: string[] = []
  book.pages.forEach((text, p) => {
    for (const [column, lines] of Object.entries(columnsOf(text.normalize('NFC'))) as ['text' | 'side', string[]][]) for (let i = 0; i + 1 < lines.length; i++) {
      const [before, after] = [lines[i], lines[i + 1]]
      if (!after || [...graphemes.segment(before)].length < FULL_THAI_LINE[column]) continue
      const joined = before + after
      const cut = before.length
      let segments: Intl.SegmentData[] | undefined
      for (const term of dictionary) {
        for (let k = 1; k < term.length; k++) {
          if (!before.endsWith(term.slice(0, k)) || !after.startsWith(term.slice(k))) continue
          // Another term ending or beginning at the break, which the two together were too long to keep whole with.
          const union = (other: string) => spacingLength(before.endsWith(other) ? other + term.slice(k) : term.slice(0, k) + other) > MAX_KEPT_LENGTH
          if (dictionary.some((other) => other !== term && (before.endsWith(other) || after.startsWith(other)) && union(other))) continue
          segments ??= [...words.segment(joined)]
          if (segments.some((s) => s.index < cut - k && s.index + s.segment.length === cut)) continue
          found.push(`page ${p + 1}: ${term.slice(0, k)}|${term.slice(k)} in "…${before.slice(-12)}⏎${after.slice(0, 12)}…"`)
        }
      }
    }
  })
  return found
}

/**
 * Parts and annexes whose last page holds fewer than `minLines` lines of text (running head and folio
 * aside): a few lines alone at the top of a page. A last page that notepad lines fill to its foot is
 * full; one of notepad lines only is left to notepadTailPages.
 */
export function shortPartEndings(book: Book, { minLines = 5 } = {}): string[] {
  const fills = pageFills(book)
  return partEndings(book).flatMap(({ start, last, lines }) =>
    // A page that a closing notepad's lines fill to its foot is a full page.
    last > start && lines.length > 0 && lines.length < minLines && fills[last - 1] < FULL_PAGE ? [`page ${last} ends a part with ${lines.length} line${lines.length === 1 ? '' : 's'} of text alone`] : [],
  )
}
