// Book typography in print CSS, kept apart from the page layout in ../css.ts: the measure (a text
// column beside a side column for quotes and callouts), balanced headings, and Thai without
// synthetic italics or letter-spacing.
import { fontStacks } from '../fonts'

/** Width of the text column in the 170 mm A4 text block (20 mm page margins); half figures take half of it. */
export const TEXT_COLUMN_MM = 122
const column = { text: `${TEXT_COLUMN_MM}mm`, gutter: '6mm', side: '42mm', sideAndGutter: '48mm' }

export const typographyCss = `
/* Book typography */
html { hyphens: manual; }
p, li, dd, figcaption { text-wrap: pretty; }
h1, h2, h3, .cover-title, .titlepage .title, .toc .entry-title { text-wrap: balance; }

/* 122 mm of 10.5 pt Noto Sans is 60-75 characters a line in every locale; quotes and callouts sit
   in a side column, workbook blocks and full-width figures span both. */
.chapter, .annex { display: flow-root; padding-right: ${column.sideAndGutter}; }
.titlepage > p { max-width: ${column.text}; }
.chapter > .quote, .chapter > .callout { float: right; clear: right; width: ${column.side}; box-sizing: border-box;
  margin: 1mm -${column.sideAndGutter} 4mm 0; overflow-wrap: break-word; }
.chapter > .in-text { float: none; width: auto; margin: 4mm 0; }
.chapter > .quote:not(.in-text) { padding: 3mm 3.5mm; border-left-width: 1.2mm; }
.chapter > .quote:not(.in-text) .words { font-size: 10pt; line-height: 1.4; }
.chapter > .quote:not(.in-text) .attribution { font-size: 8pt; }
.chapter > .callout:not(.in-text) { padding: 2.5mm 3mm; font-size: 9pt; line-height: 1.4; }
.chapter > .exercise, .chapter > .notepad, .chapter > .figure-full { clear: right; margin-right: -${column.sideAndGutter}; }
.exercise > p, .exercise > .questions { max-width: calc(${column.text} - 10mm); }
/* The narrower column makes boxes taller: an exercise's instructions stay with its questions (only
   its notepad lines go on overleaf), and a legal instrument may continue overleaf between articles
   rather than leave half a page empty. */
.exercise > p { break-inside: avoid; break-after: avoid; }
.exercise > .questions { break-before: avoid; }
/* A case study is a story of several paragraphs: it may go on overleaf between them (three lines at least on
   each side) rather than leave half a page empty; its last paragraph stays with the questions. */
.exercise-case-study > p { break-inside: auto; orphans: 3; widows: 3; }
.exercise-case-study > p:not(:last-of-type) { break-after: auto; }
.exercise-case-study > .exercise-title { break-after: avoid; }
.annex .instrument { break-inside: auto; }
.annex .instrument > p { break-after: avoid; }

/* Thai: no italic (Noto Sans Thai has none, Chromium would slant it; font-synthesis: none keeps any
   italic left, such as a facilitator agenda's breaks, upright), no letter-spacing, taller lines for
   stacked vowel and tone marks. Emphasis by weight and colour; quotes upright in the serif. */
html:lang(th) { line-height: 1.6; font-synthesis: none; }
:lang(th) em, :lang(th) i { font-style: normal; font-weight: 700; color: #7a3b69; }
.quote .words:lang(th) { font-style: normal; font-family: ${fontStacks.serif}; }
.notepad .prompt:lang(th), .colophon .incomplete:lang(th) { font-style: normal; color: #555; }
.part-label:lang(th), .cover .series:lang(th) { text-transform: none; letter-spacing: 0; font-weight: 700; }
`
