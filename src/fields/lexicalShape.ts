// Validates that a rich-text value is a Lexical editor state guidepress can render, so malformed
// JSON sent to the API is refused with a message instead of being stored.
import { chapterBlocks } from '../blocks'

const elementTypes = new Set(['root', 'paragraph', 'heading', 'list', 'listitem', 'quote', 'link', 'autolink', 'horizontalrule', 'linebreak', 'tab', 'text', 'upload', 'relationship', 'block', 'inlineBlock'])
const blockSlugs = new Set(chapterBlocks.map((b) => b.slug))

function problemIn(node: unknown, path: string, depth: number): string | null {
  if (depth > 40) return `${path} is nested too deeply`
  if (!node || typeof node !== 'object' || Array.isArray(node)) return `${path} must be an object`
  const { type, children, fields, text } = node as Record<string, unknown>
  if (typeof type !== 'string' || !elementTypes.has(type)) return `${path} has unknown node type ${JSON.stringify(type)}`
  if (type === 'text' && typeof text !== 'string') return `${path} is a text node without text`
  if (type === 'block' || type === 'inlineBlock') {
    const blockType = (fields as Record<string, unknown> | undefined)?.blockType
    if (typeof blockType !== 'string' || !blockSlugs.has(blockType)) return `${path} is a block of unknown type ${JSON.stringify(blockType)}`
  }
  if (children !== undefined) {
    if (!Array.isArray(children)) return `${path}.children must be a list`
    for (const [i, child] of children.entries()) {
      const problem = problemIn(child, `${path}.children[${i}]`, depth + 1)
      if (problem) return problem
    }
  }
  return null
}

/** Returns null for a well-formed editor state (or an empty value), else what is wrong. */
export function lexicalProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || Array.isArray(value) || !('root' in value)) return 'must be a Lexical editor state: an object with a "root" node'
  const root = (value as { root: unknown }).root
  if (!root || typeof root !== 'object' || (root as { type?: unknown }).type !== 'root') return 'root must be a node of type "root"'
  return problemIn(root, 'root', 0)
}
