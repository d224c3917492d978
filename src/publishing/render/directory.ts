// A directory of services as print HTML: A5, to carry. A title page (what it is, how to use it,
// the safety rule), contents by type of service, then one section per type: each service is
// printed in full under its first type, with its referral details, and named with "see page N"
// under its other types. Pure: plain data in, HTML out. No location detail exists in the input.
import escapeHtml from 'escape-html'
import { serviceTypes, type ServiceType } from '../../fields/options'
import { findLocale } from '../../i18n/locales'
import type { DirectoryDocument, DirectoryService } from '../directory/document'
import { directoryLabels } from './directoryLabels'
import { fontFaceCss, fontStacks } from './fonts'
import { headingTexts, tocList, type TocEntry } from './html'
import { runningHeadCss } from './css'
import { labels as guideLabels } from './labels'
import { seePageLink } from './richText'
import { typesetHtml } from './typesetting'

const e = (text: string | undefined) => escapeHtml(text ?? '')

export interface RenderedDirectory {
  html: string
  title: string
  toc: TocEntry[]
  /** Services printed in full once and referred to ("see page N") under their other types. */
  references: string[]
  headings: string[]
}

export const directoryCss = `
@page { size: A5; margin: 16mm 13mm 16mm 13mm;
  @top-center { font: 7pt ${fontStacks.sans}; color: #555; }
  @bottom-center { content: counter(page); font: 8pt ${fontStacks.sans}; color: #333; } }
@page front { @top-center { content: none; } }
html { font-family: ${fontStacks.sans}; font-size: 9pt; line-height: 1.45; color: #1a1a1a; }
body { margin: 0; }
h1, h2 { line-height: 1.25; break-after: avoid; color: #1f3a5f; }
:lang(th) h1, :lang(th) h2 { line-height: 1.5; }
h1 { font-size: 15pt; margin: 0 0 4mm; }
h2 { font-size: 10.5pt; margin: 0 0 1.5mm; }
p { margin: 0 0 2mm; orphans: 2; widows: 2; }
.front { page: front; break-after: page; }
.title-page .country { font-size: 20pt; font-weight: 700; color: #1f3a5f; margin: 10mm 0 3mm; }
.title-page .fictitious { border: 0.8pt solid #8a1c1c; color: #8a1c1c; padding: 2mm 3mm; margin: 5mm 0; }
.title-page .safety { font-weight: 700; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 2mm; }
.toc a { display: flex; align-items: baseline; gap: 2mm; color: inherit; text-decoration: none; }
.toc .leader { flex: 1 1 auto; border-bottom: 0.6pt dotted #888; min-width: 6mm; }
.toc .page-number { min-width: 6mm; text-align: right; font-variant-numeric: tabular-nums; }
.service-type { margin-top: 6mm; }
.service-type:first-of-type { margin-top: 0; }
.see-also { margin: 0 0 2mm; }
.see-also a { color: inherit; text-decoration: none; }
.service { break-inside: avoid; border-top: 0.6pt solid #bbb; padding-top: 2.5mm; margin-bottom: 4mm; }
.service .area { color: #444; margin-bottom: 1.5mm; }
.service dl { display: grid; grid-template-columns: 27mm 1fr; gap: 0.8mm 2mm; margin: 0 0 2mm; }
.service dt { font-weight: 700; }
.service dd { margin: 0; }
.service .phone { font-size: 10pt; font-weight: 700; font-variant-numeric: tabular-nums; }
.service ol { margin: 0 0 1.5mm; padding-left: 5mm; }
.service .refer { font-weight: 700; margin: 0 0 1mm; }
.service .checked { font-size: 7.5pt; color: #555; }
`

/** Names of countries, languages and dates in the directory's own language (ICU's, through Intl). */
function namer(locale: string) {
  const regions = new Intl.DisplayNames([locale], { type: 'region' })
  const languages = new Intl.DisplayNames([locale], { type: 'language' })
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return {
    country: (code: string) => regions.of(code) ?? code,
    language: (code: string) => languages.of(code) ?? code,
    date: (day: string) => dates.format(new Date(`${day}T00:00:00Z`)),
  }
}

const targetOf = (type: ServiceType) => `type-${type}`
const serviceTarget = (s: DirectoryService) => `service-${s.slug}`
/** A service is printed in full once, under the first of its types in the directory's order; the others refer to that page. */
const primaryType = (s: DirectoryService) => serviceTypes.find((type) => s.serviceTypes.includes(type))

export function renderDirectory(doc: DirectoryDocument, pageNumbers: Record<string, number> = {}): RenderedDirectory {
  const labels = directoryLabels[doc.locale]
  const seePage = guideLabels[doc.locale].seePage
  const names = namer(doc.locale)
  const country = names.country(doc.country)
  const title = labels.countryTitle.replace('{country}', country)
  const types = serviceTypes.filter((type) => doc.services.some((s) => s.serviceTypes.includes(type)))
  const toc: TocEntry[] = types.map((type) => ({ target: targetOf(type), title: labels.serviceTypes[type] }))
  const fictitious = doc.services.some((s) => s.fictitious)

  const entry = (s: DirectoryService) => {
    const who = [
      s.groups.map((g) => labels.groups[g as keyof typeof labels.groups] ?? g).join(', '),
      s.minimumAge !== undefined || s.maximumAge !== undefined ? labels.ages.replace('{min}', String(s.minimumAge ?? 0)).replace('{max}', String(s.maximumAge ?? 17)) : '',
    ].filter(Boolean)
    const rows: [string, string][] = [
      [labels.phone, `<span class="phone">${e(s.phone)}</span>`],
      [labels.hours, e(s.hours)],
      [labels.serves, e(who.join('; '))],
      [labels.nationalities, e(s.nationalities.length ? s.nationalities.map(names.country).join(', ') : labels.anyNationality)],
      [labels.languages, e(s.languages.map(names.language).join(', '))],
      [labels.cost, e(labels.costs[s.cost as keyof typeof labels.costs] ?? s.cost)],
      ...(s.requirements ? [[labels.requirements, e(s.requirements)] as [string, string]] : []),
    ]
    return `<div class="service">
<h2 id="${serviceTarget(s)}">${e(s.name)}</h2>
<p class="area">${e(labels.areaServed)}: ${e(s.areaServed)}</p>
<p>${e(s.description)}</p>
<dl>${rows.map(([term, value]) => `<dt>${e(term)}</dt><dd>${value}</dd>`).join('')}</dl>
${s.steps.length ? `<p class="refer">${e(labels.howToRefer)}</p><ol>${s.steps.map((step) => `<li>${e(step)}</li>`).join('')}</ol>` : ''}
<p class="checked">${e(labels.lastVerified.replace('{date}', names.date(s.lastVerified)))}</p>
</div>`
  }

  const referenced = doc.services.filter((s) => s.serviceTypes.some((type) => type !== primaryType(s)))
  const reference = (s: DirectoryService) =>
    `<p class="see-also">${e(s.name)} ${seePageLink(serviceTarget(s), seePage, pageNumbers)}</p>`

  const sections = types.map((type) => ({
    type,
    html: `<section class="service-type" id="${targetOf(type)}-section">
<h1 id="${targetOf(type)}">${e(labels.serviceTypes[type])}</h1>
${doc.services
  .filter((s) => s.serviceTypes.includes(type))
  .map((s) => (primaryType(s) === type ? entry(s) : reference(s)))
  .join('\n')}
</section>`,
  }))

  const html = `<!doctype html>
<html lang="${doc.locale}" dir="${findLocale(doc.locale)?.direction ?? 'ltr'}">
<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<style>${fontFaceCss()}</style>
<style>${directoryCss}</style>
<style>${runningHeadCss([{ name: 'listing', head: title }])}
.listing { page: listing; }
</style>
</head>
<body>
<section class="front title-page">
<p>${e(labels.title)}</p>
<p class="country">${e(country)}</p>
${fictitious ? `<p class="fictitious">${e(labels.fictitious)}</p>` : ''}
<h1>${e(labels.howToUse)}</h1>
<p>${e(labels.howToUseText)}</p>
<p class="safety">${e(labels.safety)}</p>
</section>
<nav class="front toc">
<h1>${e(labels.contents)}</h1>
${tocList(toc, pageNumbers)}
</nav>
<div class="listing">
${sections.map((s) => s.html).join('\n')}
</div>
</body>
</html>`
  const typeset = typesetHtml(html, { locale: doc.locale })
  return { html: typeset, title, toc, references: referenced.map(serviceTarget), headings: headingTexts(typeset) }
}
