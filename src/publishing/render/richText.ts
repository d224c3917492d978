// Lexical rich text → print HTML through Payload's own converters, plus one converter for every
// guidepress block. A block without a converter is a named error, never "unknown node" in print.
import escapeHtml from 'escape-html'
import { figureKeyHtml } from '../../blocks/Figure/key'
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'
import type { ExerciseDocument, GuideDocument, QuoteDocument } from '../document'
import { PublishingError } from '../errors'
import type { Labels } from './labels'
import { refId } from '../../blocks/refs'
import { anchorTarget } from '../../blocks/anchors'

export interface RenderContext {
  doc: GuideDocument
  labels: Labels
  /** Data URLs of images prepared for print, by media id. */
  imageData: Record<string, string>
  /** Numbering of exercises in order of appearance. */
  exerciseCount: { n: number }
  /** Numbering of figures in order of appearance. */
  figureCount: { n: number }
  /** Cross-references: anchors placed and anchors referred to, in this edition. */
  anchors: Set<string>
  references: Set<string>
  /** Page numbers already known (the previous build's), by element id. */
  pageNumbers: Record<string, number>
}


/** The id attribute of a block other blocks may refer to (and the anchor recorded as placed). */
function anchorId(anchor: unknown, ctx?: RenderContext): string {
  if (typeof anchor !== 'string' || !anchor) return ''
  ctx?.anchors.add(anchor)
  return ` id="${escapeHtml(anchorTarget(anchor))}"`
}

/** "(see page N)" for an element id: the number is measured by the printer like the table of contents'. */
export function seePageLink(target: string, seePage: string, pageNumbers: Record<string, number>): string {
  return `<a class="page-ref" href="#${escapeHtml(target)}">(${escapeHtml(seePage)}&nbsp;<span data-target="${escapeHtml(target)}">${pageNumbers[target] ?? '000'}</span>)</a>`
}

/** A callout's reference to an anchor of the same guide, recorded so an anchor no block has fails the edition. */
function pageReference(anchor: string, ctx: RenderContext): string {
  ctx.references.add(anchor)
  return ` ${seePageLink(anchorTarget(anchor), ctx.labels.seePage, ctx.pageNumbers)}`
}

export function notepad(lines: number, prompt?: string, anchor?: string, ctx?: RenderContext): string {
  const rules = Array.from({ length: lines }, () => '<div class="rule"></div>').join('')
  return `<div class="notepad"${anchorId(anchor, ctx)} role="group" aria-label="notepad">${prompt ? `<p class="prompt">${escapeHtml(prompt)}</p>` : ''}<div class="rules" aria-hidden="true">${rules}</div></div>`
}

export function exerciseBox(exercise: ExerciseDocument, number: number, ctx: RenderContext, anchor?: string): string {
  const questions = exercise.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')
  return `<aside class="exercise exercise-${escapeHtml(exercise.kind)}"${anchorId(anchor, ctx)}>
<h3 class="exercise-title">${escapeHtml(ctx.labels.exercise)} ${number}. ${escapeHtml(exercise.title)}</h3>
${exercise.instructions ? richTextHtml(exercise.instructions, ctx) : ''}
${questions ? `<ol class="questions">${questions}</ol>` : ''}
${exercise.notepadLines > 0 ? notepad(exercise.notepadLines) : ''}
</aside>`
}

/**
 * A survivor quote with its attribution (and the note that it is illustrative). A blockquote of its
 * own (not inside a figure), so the tagged PDF says BlockQuote, not a Figure without alt text.
 */
export function quoteHtml(quote: QuoteDocument, illustrative: string): string {
  return `<blockquote class="quote"><p class="words">${escapeHtml(quote.text)}</p><footer class="attribution">${escapeHtml(quote.attribution)}${
    quote.illustrative ? `<span class="illustrative">${escapeHtml(illustrative)}</span>` : ''
  }</footer></blockquote>`
}

/** Block slug → print converter. Tests check this covers every block in src/blocks. */
export const blockConverters: Record<string, (fields: Record<string, any>, ctx: RenderContext) => string> = {
  survivorQuote: (fields, ctx) => {
    const quote = ctx.doc.quotes[String(refId(fields.quote))]
    // Not in the document: unpublished or without print consent. Recorded by load(); never printed.
    return quote ? quoteHtml(quote, ctx.labels.illustrative) : ''
  },
  exercise: (fields, ctx) => {
    const exercise = ctx.doc.exercises[String(refId(fields.exercise))]
    if (!exercise) return ''
    ctx.exerciseCount.n += 1
    return exerciseBox(exercise, ctx.exerciseCount.n, ctx, fields.anchor)
  },
  notepad: (fields, ctx) => notepad(Number(fields.lines) || 1, fields.prompt || undefined, fields.anchor, ctx),
  callout: (fields, ctx) => {
    // "… in the notepad for local contacts (see page 11).": the reference goes before the closing stop.
    const [, text, stop] = /^([\s\S]*?)([.!?。]?)$/.exec(String(fields.text ?? '').trim())!
    const reference = fields.refersTo ? pageReference(String(fields.refersTo), ctx) : ''
    return `<aside class="callout callout-${escapeHtml(String(fields.tone ?? 'info'))}">${fields.title ? `<p class="callout-title">${escapeHtml(fields.title)}</p>` : ''}<p>${escapeHtml(text)}${reference}${stop}</p></aside>`
  },
  figure: (fields, ctx) => {
    const id = String(refId(fields.image))
    const image = ctx.doc.images[id]
    const src = ctx.imageData[id]
    if (!image || !src) throw new PublishingError('MissingImageFile', `Figure image ${id} has no file to print.`)
    const caption = fields.caption || image.caption
    const credit = fields.credit || image.credit
    ctx.figureCount.n += 1
    // Not a <figure>: Chromium would tag it as a second Figure, without alt text, around the image's own.
    return `<div class="figure figure-${fields.width === 'half' ? 'half' : 'full'}"><img src="${src}" alt="${escapeHtml(image.alt)}">${figureKeyHtml(image.key, 'figure-key')}<p class="figure-caption"><span class="figure-number">${escapeHtml(ctx.labels.figure)} ${ctx.figureCount.n}.</span>${
      caption ? ` ${escapeHtml(caption)}` : ''
    }${credit ? ` <span class="credit">${escapeHtml(credit)}</span>` : ''}</p></div>`
  },
}

export function richTextHtml(state: SerializedEditorState, ctx: RenderContext): string {
  // Payload's converter logs and skips a node whose converter throws; a PDF must not silently lose
  // content, so failures are collected here and the first one is raised after conversion.
  const failures: unknown[] = []
  const guarded = (convert: () => string) => {
    try {
      return convert()
    } catch (error) {
      failures.push(error)
      return ''
    }
  }
  const blocks = Object.fromEntries(
    Object.entries(blockConverters).map(([slug, convert]) => [slug, ({ node }: { node: any }) => guarded(() => convert(node.fields ?? {}, ctx))]),
  )
  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    blocks,
    unknown: ({ node }: { node: any }) =>
      guarded(() => {
        throw new PublishingError('MissingBlockConverter', `No print converter for rich-text node "${node.type}${node.fields?.blockType ? `:${node.fields.blockType}` : ''}".`)
      }),
  }
  const html = convertLexicalToHTML({ data: state, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
  if (failures.length > 0) throw failures[0]
  return html
}
