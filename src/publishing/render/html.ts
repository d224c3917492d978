// Stage 2 (pure): GuideDocument + prepared images → one HTML document for Chromium to print.
import escapeHtml from 'escape-html'
import { anchorTarget } from '../../blocks/anchors'
import { licences, partNumber } from '../../fields/options'
import { findLocale } from '../../i18n/locales'
import { PublishingError } from '../errors'
import type { GuideDocument } from '../document'
import { printCss, runningHeadCss } from './css'
import { fontFaceCss } from './fonts'
import { labels as allLabels } from './labels'
import { chapterAttributes, chapterEnd, markClosingNotepad } from './notepadFit'
import { richTextHtml, type RenderContext } from './richText'
import { sideNotesBeside, typesetHtml } from './typesetting'

export interface TocEntry {
  /** Element id of the heading; Chromium writes a named destination for it. */
  target: string
  title: string
}

export interface RenderedGuide {
  html: string
  toc: TocEntry[]
  title: string
  /** Text of every heading in document order: the outline Chromium builds, with exact titles. */
  headings: string[]
  /** Element ids of blocks the text refers to ("see page N"): their pages are measured like the TOC's. */
  references: string[]
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

export function headingTexts(html: string): string[] {
  const body = html.slice(html.indexOf('<body'))
  return [...body.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
    m[2].replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]).replace(/[\u00AD\u2060]/g, '').replace(/\s+/g, ' ').trim(),
  )
}

/** Text in NFC: Vietnamese typed or pasted decomposed must extract and search as composed text. */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(nfc) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T
  return value
}

const e = (text: string | undefined) => escapeHtml(text ?? '')

export const placeholder = '000'

/**
 * The contents as a list of links: each entry's title, a dotted leader and its page number, which
 * the printer measures and fills in (`data-target`). Annex entries stand apart.
 */
export function tocList(toc: TocEntry[], pageNumbers: Record<string, number>): string {
  const item = (entry: TocEntry) =>
    `<li${entry.target.startsWith('annex') ? ' class="annex-entry"' : ''}><a href="#${entry.target}"><span class="entry-title">${e(entry.title)}</span><span class="leader"></span><span class="page-number" data-target="${entry.target}">${pageNumbers[entry.target] ?? placeholder}</span></a></li>`
  return `<ol>\n${toc.map(item).join('\n')}\n</ol>`
}

/**
 * `pageNumbers`: the table of contents' numbers when they are already known (the previous build's),
 * else a fixed-width placeholder the printer replaces after measuring.
 */
export function renderGuide(input: GuideDocument, imageData: Record<string, string>, pageNumbers: Record<string, number> = {}): RenderedGuide {
  const doc = nfc(input)
  const labels = allLabels[doc.locale]
  const locale = findLocale(doc.locale)
  const ctx: RenderContext = { doc, labels, imageData, exerciseCount: { n: 0 }, figureCount: { n: 0 }, anchors: new Set(), references: new Set(), pageNumbers }
  const { guide } = doc

  const partLabel = (part: string) => {
    const n = partNumber(guide.kind, part)
    return n ? labels.part(n) : ''
  }
  const chapters = doc.chapters.map((chapter, i) => ({
    target: `chapter-${chapter.slug}`,
    page: `chapter${i + 1}`,
    label: partLabel(chapter.part),
    title: chapter.title,
    html: chapter.body ? markClosingNotepad(richTextHtml(chapter.body, ctx), `chapter-${chapter.slug}`, pageNumbers) : '',
    head: `${guide.title} · ${partLabel(chapter.part) ? `${partLabel(chapter.part)}. ${chapter.title}` : chapter.title}`,
  }))
  const unresolved = [...ctx.references].filter((anchor) => !ctx.anchors.has(anchor))
  if (unresolved.length) throw new PublishingError('CrossReferenceUnresolved', `A callout refers to ${unresolved.map((a) => `"${a}"`).join(', ')}, but no notepad or exercise in this guide has that anchor.`)
  const annexes = [
    ...(doc.instruments.length ? [{ target: 'annex-instruments', page: 'annexA', title: labels.annexInstruments, html: instrumentsHtml(doc) }] : []),
    ...(doc.glossary.length ? [{ target: 'annex-glossary', page: 'annexB', title: labels.annexGlossary, html: glossaryHtml(doc) }] : []),
  ]
  const toc: TocEntry[] = [
    ...chapters.map((c) => ({ target: c.target, title: c.label ? `${c.label}. ${c.title}` : c.title })),
    ...annexes.map((a) => ({ target: a.target, title: a.title })),
  ]
  const heads = [...chapters.map((c) => ({ name: c.page, head: c.head })), ...annexes.map((a) => ({ name: a.page, head: `${guide.title} · ${a.title}` }))]
  // Blank pages where the previous build needed them (a part opening on a right-hand page, the end padded): the printer checks and moves them.
  const blankBefore = (target: string) => (pageNumbers[`blank-before:${target}`] ? `<div class="blank-page" data-blank="before" data-before="${target}"></div>` : '')
  const cover = guide.cover ? imageData[Object.keys(doc.images).find((id) => doc.images[id].file === guide.cover?.file) ?? ''] : undefined

  // Three style sheets: Chromium reuses the parsed sheet of a <style> whose text is the same as in
  // the document printed before, so the fonts (≈ 0.7 MB) and the print CSS, the same in every
  // edition, are not parsed again for each print (≈ 30 ms less per print, measured here).
  const head = `<!doctype html>
<html lang="${doc.locale}" dir="${locale?.direction ?? 'ltr'}">
<head>
<meta charset="utf-8">
<title>${e(guide.title)}</title>
<style>${fontFaceCss()}</style>
<style>${printCss}</style>
<style>${runningHeadCss(heads)}
${chapters.map((c) => `#${c.target}-section { page: ${c.page}; }`).join('\n')}
${annexes.map((a) => `#${a.target}-section { page: ${a.page}; }`).join('\n')}
</style>
</head>
`
  // The body is laid out and typeset on its own and joined to the head (fonts, ≈ 0.8 MB) once.
  const body = `<body>
<section class="cover">
${cover ? `<img src="${cover}" alt="${e(guide.cover?.alt)}">` : ''}
${coverText(doc)}
</section>
<section class="front titlepage">
<p class="title">${e(guide.title)}</p>
<p class="subtitle">${e(guide.subtitle)}</p>
<p>${e(guide.summary)}</p>
${imprint(doc)}
</section>
<nav class="front toc">
<h1>${e(labels.contents)}</h1>
${tocList(toc, pageNumbers)}
</nav>
${chapters
  .map(
    (c) => `${blankBefore(c.target)}<section ${chapterAttributes(c.target, pageNumbers)} id="${c.target}-section">
${c.label ? `<p class="part-label">${e(c.label)}</p>` : ''}
<h1 id="${c.target}">${e(c.title)}</h1>
${c.html}${chapterEnd(c.html, c.target)}
</section>`,
  )
  .join('\n')}
${annexes.map((a) => `${blankBefore(a.target)}<section ${chapterAttributes(a.target, pageNumbers, 'annex')} id="${a.target}-section"><h1 id="${a.target}">${e(a.title)}</h1>${a.html}${chapterEnd(a.html, a.target)}</section>`).join('\n')}
${'<div class="blank-page" data-blank="end"></div>'.repeat(pageNumbers['blank-end'] ?? 0)}
</body>
</html>`
  const typeset = typesetHtml(sideNotesBeside(body), { locale: doc.locale, terms: doc.glossary.map((g) => g.term) })
  return { html: head + typeset, toc, title: guide.title, headings: headingTexts(typeset), references: [...ctx.references].map(anchorTarget) }
}

function instrumentsHtml(doc: GuideDocument): string {
  return doc.instruments
    .map(
      (i) => `<div class="instrument"><h2>${e(i.shortName)} (${i.year})</h2><p>${e(i.name)}</p><dl>${i.articles
        .map((a) => `<dt>${e(a.number)}</dt><dd>${e(a.summary)}</dd>`)
        .join('')}</dl></div>`,
    )
    .join('\n')
}

function glossaryHtml(doc: GuideDocument): string {
  return `<dl>${doc.glossary.map((g) => `<dt>${e(g.term)}</dt><dd>${e(g.definition)}</dd>`).join('')}</dl>`
}

/** The imprint: copyright and licence, suggested citation, edition, disclaimers, funding, ISBN; no placeholder text. */
function imprint(doc: GuideDocument): string {
  const { guide } = doc
  const labels = allLabels[doc.locale]
  const licence = licences.find((l) => l.value === (guide.licence ?? 'cc-by-nc-4.0'))!
  const rights = licence.value === 'all-rights-reserved' ? labels.allRightsReserved : labels.licensed(licence.label, licence.url)
  const title = guide.subtitle ? `${guide.title}: ${guide.subtitle}` : guide.title
  const citation = `${e(labels.publisher)} (${guide.year}). <cite>${e(title)}</cite>. ${e(labels.series)}, ${e(guide.kind === 'guidance-note' ? labels.guidanceNote : labels.guideNumber(guide.seriesNumber))}. ${e(guide.edition)}.`
  return `<div class="colophon">
<p>© ${guide.year} ${e(guide.copyrightHolder ?? labels.publisher)}. ${e(rights)}</p>
<p>${e(labels.edition)}: ${e(guide.edition)}.${guide.isbn ? ` ISBN ${e(guide.isbn)}` : ''}</p>
<p><span class="imprint-label">${e(labels.suggestedCitation)}:</span> ${citation}</p>
${guide.translatorCredit ? `<p>${e(guide.translatorCredit)}</p>` : ''}
${guide.disclaimer ? `<p>${e(guide.disclaimer)}</p>` : ''}
<p>${e(labels.viewsDisclaimer)}</p>
${guide.funding ? `<p>${e(guide.funding)}</p>` : ''}
${doc.fallbacks.length || doc.unapproved.length ? `<p class="incomplete">${e(labels.incomplete)}</p>` : ''}
</div>`
}

/** "Series · 3" for a practitioner guide, "Series · Guidance note" for the guidance note. */
export function seriesLine(guide: Pick<GuideDocument['guide'], 'kind' | 'seriesNumber'>, locale: GuideDocument['locale']): string {
  const labels = allLabels[locale]
  return `${labels.series} · ${guide.kind === 'guidance-note' ? labels.guidanceNote : guide.seriesNumber}`
}

/** The front cover's words: series and number, title, subtitle, publisher and year (the screen cover and the press cover spread). */
export function coverText({ guide, locale }: Pick<GuideDocument, 'guide' | 'locale'>): string {
  const labels = allLabels[locale]
  return `<div class="cover-text">
<p class="series">${e(seriesLine(guide, locale))}</p>
<p class="cover-title">${e(guide.title)}</p>
<p class="subtitle">${e(guide.subtitle)}</p>
<p class="publisher">${e(labels.publisher)} · ${guide.year}</p>
</div>`
}
