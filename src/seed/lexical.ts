// Builds Lexical editor state (the JSON Payload stores for rich text) from the demo content's
// plain blocks and light inline markup: **bold**, *italic*, [text](https://…).
type Node = Record<string, unknown>

const IS_BOLD = 1
const IS_ITALIC = 2

const textNode = (text: string, format = 0): Node => ({
  type: 'text',
  text: text.normalize('NFC'),
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** Splits inline markup into Lexical text and link nodes. */
export function inline(source: string): Node[] {
  const nodes: Node[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((https?:\/\/[^\s)]+)\)/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(source.slice(last, match.index)))
    if (match[1] !== undefined) nodes.push(textNode(match[1], IS_BOLD))
    else if (match[2] !== undefined) nodes.push(textNode(match[2], IS_ITALIC))
    else nodes.push(element('link', [textNode(match[3])], { fields: { linkType: 'custom', url: match[4], newTab: false }, version: 3 }))
    last = match.index + match[0].length
  }
  if (last < source.length) nodes.push(textNode(source.slice(last)))
  return nodes
}

export const paragraph = (text: string): Node => element('paragraph', inline(text), { textFormat: 0, textStyle: '' })

export const heading = (text: string, tag: 'h2' | 'h3' = 'h2'): Node => element('heading', inline(text), { tag })

export function list(items: string[], ordered: boolean): Node {
  return element(
    'list',
    items.map((item, i) => element('listitem', inline(item), { value: i + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

let blockCounter = 0
/** A guidepress block (survivor quote, exercise, notepad, callout, figure) inside rich text. */
export function block(blockType: string, fields: Record<string, unknown>): Node {
  blockCounter += 1
  return {
    type: 'block',
    format: '',
    version: 2,
    fields: { id: blockCounter.toString(16).padStart(24, '0'), blockName: '', blockType, ...fields },
  }
}

export function editorState(children: Node[]): { root: Node } {
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}
