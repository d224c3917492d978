// The parts of a rendered document the printer can change in a page that is already loaded: a tab
// that printed a guide keeps its fonts (≈ 0.8 MB of @font-face data, decoded once) and style sheets,
// so the next document with the same head skeleton only replaces what differs and its body,
// instead of loading the whole HTML again.

export interface DocumentParts {
  /** The document without its language, title, style sheets and body: two documents with the same skeleton differ only in those. */
  skeleton: string
  lang: string
  dir: string
  /** The title's HTML (escaped text). */
  title: string
  /** Each `<style>` element's text, in order. */
  styles: string[]
  /** The HTML inside `<body>`. */
  body: string
}

/**
 * The parts of a document as the renderers write it (`<html lang dir>`, a head of `<meta>`, `<title>`
 * and `<style>` elements, a `<body>` without attributes), or undefined for any other shape: such a
 * document is loaded whole.
 */
export function documentParts(html: string): DocumentParts | undefined {
  const bodyAt = html.indexOf('<body>')
  const bodyEnd = html.lastIndexOf('</body>')
  if (bodyAt < 0 || bodyEnd < bodyAt) return undefined
  const styles: string[] = []
  let lang = ''
  let dir = ''
  let title = ''
  const head = html
    .slice(0, bodyAt)
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
      styles.push(css)
      return '<style></style>'
    })
    .replace(/<title>([^<]*)<\/title>/, (_, text: string) => {
      title = text
      return '<title></title>'
    })
    .replace(/<html lang="([^"]*)" dir="([^"]*)">/, (_, l: string, d: string) => {
      lang = l
      dir = d
      return '<html>'
    })
  // Anything that runs, links or changes how the page loads: load the document whole.
  const body = html.slice(bodyAt + '<body>'.length, bodyEnd)
  if (!lang || /<(script|link|base|iframe|object|embed)\b|http-equiv/i.test(head) || /<(script|iframe|object|embed)\b/i.test(body)) return undefined
  return { skeleton: head + html.slice(bodyEnd), lang, dir, title, styles, body }
}

/** The style sheets to replace (index and text) to turn `loaded` into `next`, or undefined when `next` must be loaded whole. */
export function changedStyles(loaded: DocumentParts | undefined, next: DocumentParts | undefined): [number, string][] | undefined {
  if (!loaded || !next || loaded.skeleton !== next.skeleton || loaded.styles.length !== next.styles.length) return undefined
  return next.styles.flatMap((css, i) => (css === loaded.styles[i] ? [] : [[i, css] as [number, string]]))
}
