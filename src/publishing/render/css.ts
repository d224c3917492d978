// Print CSS for an A4 guide: cover without margin boxes, a named page per chapter carrying its
// running head (Chromium has no string-set), page numbers in the footer, workbook blocks unsplit.
import { fontStacks } from './fonts'
import { typographyCss } from './typesetting/css'

const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`

export function runningHeadCss(pages: { name: string; head: string }[]): string {
  return pages.map(({ name, head }) => `@page ${name} { @top-center { content: ${cssString(head)}; } }`).join('\n')
}

export const printCss = `
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-center { font: 8pt ${fontStacks.sans}; color: #555; }
  @bottom-center { content: counter(page); font: 9pt ${fontStacks.sans}; color: #333; } }
@page cover { margin: 0; @top-center { content: none; } @bottom-center { content: none; } }
@page front { @top-center { content: none; } }
/* A blank left-hand page before a part that would otherwise open on the left, and the end padding: no head, no folio. */
@page blank { @top-center { content: none; } @bottom-center { content: none; } }
.blank-page { page: blank; break-before: page; height: 1px; }
html { font-family: ${fontStacks.sans}; font-size: 10.5pt; line-height: 1.5; color: #1a1a1a; }
body { margin: 0; }
h1, h2, h3 { line-height: 1.25; break-after: avoid; }
/* Thai stacks vowels and tone marks above the line: a tight heading line lets them spill onto the page before. */
:lang(th) h1, :lang(th) h2, :lang(th) h3 { line-height: 1.5; }
h1 { font-size: 22pt; margin: 0 0 8mm; color: #1f3a5f; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; color: #1f3a5f; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
p { margin: 0 0 3mm; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 3mm; padding-left: 7mm; }
/* No list item alone at a page's foot or head: the first two and the last two items stay together. */
li { break-inside: avoid; }
li:first-child:not(:last-child) { break-after: avoid; }
li:last-child:not(:first-child) { break-before: avoid; }
/* A chapter (or annex) whose last page would hold only a few lines is set a little tighter, which pulls them back (the printer decides). */
:is(.chapter, .annex).tight { line-height: 1.44; }
/* Not Thai: its stacked vowels and tone marks need the full line. */
:lang(th) :is(.chapter, .annex).tight { line-height: 1.5; }
:is(.chapter, .annex).tight :is(p, ul, ol) { margin-bottom: 2mm; }
.chapter.tight h2 { margin-top: 5mm; }
/* One that tighter setting cannot pull back is set a little looser instead, which carries more lines over to its last page. */
:is(.chapter, .annex).loose { line-height: 1.56; }
:lang(th) :is(.chapter, .annex).loose { line-height: 1.68; }
:is(.chapter, .annex).loose :is(p, ul, ol) { margin-bottom: 4mm; }
.chapter.loose h2 { margin-top: 9mm; }
.chapter-end { height: 0; }
a { color: inherit; text-decoration: none; }

.cover { page: cover; height: 297mm; position: relative; color: #fff; background: #1f3a5f; overflow: hidden; break-after: page; }
.cover img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; opacity: 0.85; }
.cover .cover-text { position: absolute; left: 18mm; right: 18mm; bottom: 30mm; }
.cover .series { font-size: 10pt; letter-spacing: 0.02em; margin-bottom: 8mm; }
.cover .cover-title { color: #fff; font-size: 30pt; font-weight: 700; line-height: 1.2; margin: 0 0 5mm; }
.cover .subtitle { font-size: 14pt; margin-bottom: 12mm; }
.cover .publisher { font-size: 10pt; }

.front { page: front; break-after: page; }
.titlepage .title { margin-top: 30mm; font-size: 22pt; font-weight: 700; color: #1f3a5f; line-height: 1.25; }
.colophon { margin-top: 40mm; font-size: 8.5pt; color: #333; }
.colophon p { margin-bottom: 2mm; }
.colophon .incomplete { font-style: italic; }
.colophon .imprint-label { font-weight: 700; }
:lang(th) .colophon .incomplete, :lang(th) cite { font-style: normal; }

.toc h1 { margin-bottom: 6mm; }
.toc ol { list-style: none; padding: 0; }
.toc li { margin: 0 0 2.5mm; }
.toc li.annex-entry { margin-top: 4mm; }
.toc a { display: flex; align-items: baseline; gap: 2mm; }
.toc .entry-title { flex: 0 1 auto; }
.toc .leader { flex: 1 1 auto; border-bottom: 0.6pt dotted #888; transform: translateY(-1mm); min-width: 8mm; }
.toc .page-number { flex: 0 0 auto; min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }

.chapter, .annex { break-before: page; }
.part-label { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.08em; color: #7a3b69; margin-bottom: 2mm; }

.quote { margin: 5mm 0; padding: 4mm 6mm; border-left: 2.5mm solid #7a3b69; background: #f6eef4; break-inside: avoid; }
.quote .words { margin: 0; font-family: ${fontStacks.serif}; font-style: italic; font-size: 11.5pt; }
.quote .words::before { content: "\\201C"; } .quote .words::after { content: "\\201D"; }
.quote .attribution { margin-top: 2mm; font-size: 9pt; color: #444; }
.quote .illustrative { display: block; font-size: 7.5pt; color: #666; margin-top: 1mm; }

.callout { margin: 4mm 0; padding: 3mm 5mm; border: 0.8pt solid #9bb0c9; background: #eef3f8; break-inside: avoid; }
.callout-tip { border-color: #8fb59a; background: #eef6f0; }
.callout-warning { border-color: #d0a35c; background: #fbf4e8; }
.callout-title { font-weight: 700; margin-bottom: 1mm; }
.callout p:last-child { margin-bottom: 0; }

.exercise { margin: 5mm 0; padding: 4mm 5mm; border: 1.2pt solid #1f3a5f; border-radius: 2mm; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
/* An exercise may continue overleaf (its border repeats): the title stays with the instructions, the questions stay together. */
.exercise-title { margin-top: 0; color: #1f3a5f; }
.exercise .questions { margin-bottom: 2mm; break-inside: avoid; }
/* A notepad fills what is left of the page and goes on overleaf, never fewer than three lines on either side. */
.notepad { margin: 3mm 0; }
.notepad .prompt { font-style: italic; margin-bottom: 1mm; break-after: avoid; }
.notepad .rule { height: 8.5mm; border-bottom: 0.6pt solid #9a9a9a; break-inside: avoid; }
.notepad .rule:nth-child(-n+2) { break-after: avoid; }
.notepad .rule:nth-last-child(-n+2) { break-before: avoid; }

.figure { margin: 5mm 0; break-inside: avoid; }
.figure img { width: 100%; height: auto; display: block; }
.figure-half { width: 50%; }
.figure .figure-caption { font-size: 8.5pt; color: #444; margin-top: 1.5mm; }
.figure .figure-number { font-weight: 700; }
.figure .credit { color: #777; }
.figure .figure-key { list-style: none; margin: 2mm 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 8.5pt; }
.figure .figure-key li { margin: 0; break-inside: avoid; }
.figure .figure-key-mark { font-weight: 700; }

.annex .instrument { margin-bottom: 5mm; break-inside: avoid; }
.annex .instrument h2 { font-size: 11.5pt; margin-bottom: 1mm; }
.annex dl { margin: 0; }
.annex dt { font-weight: 700; margin-top: 2.5mm; break-after: avoid; }
.annex dd { break-inside: avoid; }
.annex dd { margin: 0 0 0 0; }
` + typographyCss
