// Resolved Lexical → sanitized web HTML through Payload's own converters, one converter per
// guidepress block, then sanitize-html with an allow-list: what leaves here is safe to put in a page.
import escapeHtml from 'escape-html'
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'
import sanitizeHtml from 'sanitize-html'
import { figureKeyHtml } from '../blocks/Figure/key'
import type { components } from './api'

type Schemas = components['schemas']

const e = (value: unknown) => escapeHtml(String(value ?? ''))

function imageHtml(image: Schemas['Image']): string {
  const srcset = image.renditions.map((r) => `${r.url} ${r.width}w`).join(', ')
  return `<img src="${e(image.url)}" alt="${e(image.alt)}" width="${image.width}" height="${image.height}"${srcset ? ` srcset="${e(srcset)}"` : ''} loading="lazy">`
}

export function exerciseHtml(exercise: Schemas['Exercise']): string {
  const questions = exercise.questions.map((q) => `<li>${e(q)}</li>`).join('')
  return `<section class="gp-exercise"><h3 class="gp-exercise-title">${e(exercise.title)}</h3>${exercise.instructionsHtml}${questions ? `<ol class="gp-questions">${questions}</ol>` : ''}</section>`
}

/** Block slug → web converter, on resolved fields. Tests check this covers every block in src/blocks. */
export const webBlockConverters: Record<string, (fields: Record<string, any>) => string> = {
  survivorQuote: ({ quote }) =>
    `<figure class="gp-quote"><blockquote><p>${e(quote.text)}</p></blockquote><figcaption>${e(quote.attribution)}</figcaption></figure>`,
  exercise: ({ exercise }) => exerciseHtml(exercise as Schemas['Exercise']),
  // Writing space belongs to the printed workbook; on the web only its prompt is kept.
  notepad: (fields) => (fields.prompt ? `<p class="gp-notepad-prompt">${e(fields.prompt)}</p>` : ''),
  callout: (fields) =>
    `<aside class="gp-callout gp-callout-${e(fields.tone ?? 'info')}">${fields.title ? `<p class="gp-callout-title">${e(fields.title)}</p>` : ''}<p>${e(fields.text)}</p></aside>`,
  figure: (fields) => {
    const image = fields.image as Schemas['Image']
    const caption = fields.caption || image.caption
    const credit = fields.credit || image.credit
    return `<figure class="gp-figure gp-figure-${fields.width === 'half' ? 'half' : 'full'}">${imageHtml(image)}${figureKeyHtml(image.key, 'gp-key')}${
      caption || credit ? `<figcaption>${caption ? e(caption) : ''}${credit ? ` <span class="gp-credit">${e(credit)}</span>` : ''}</figcaption>` : ''
    }</figure>`
  },
}

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'span', 'a', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'aside', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel', 'target'], img: ['src', 'srcset', 'alt', 'width', 'height', 'loading'], ol: ['start'], li: ['value'], '*': ['class', 'lang', 'dir'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
}

export const sanitize = (html: string): string => sanitizeHtml(html, allowed)

/** A resolved body as web HTML. Unknown nodes are dropped, never passed through raw. */
export function bodyHtml(state: SerializedEditorState | null): string {
  if (!state) return ''
  const blocks = Object.fromEntries(Object.entries(webBlockConverters).map(([slug, convert]) => [slug, ({ node }: { node: any }) => convert(node.fields ?? {})]))
  const converters: HTMLConverters = { ...defaultHTMLConverters, blocks, unknown: () => '' }
  return sanitize(convertLexicalToHTML({ data: state, converters, disableContainer: true, disableIndent: true, disableTextAlign: true }))
}
