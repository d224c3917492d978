// The inline-tag rule of an import: a target carries exactly the <g> and <x/> tags of its source
// (same ids, ctypes and attributes, each as often), in whatever order and nesting its language
// needs. <mrk> is a CAT tool's annotation and does not count. Pure: parsed XML content in.
import type { XmlContent, XmlElement } from './inline'
import { escapeXml } from './xml'

/** Attributes that change how a CAT tool shows a tag, never what it means in guidepress. */
const displayOnly = new Set(['equiv-text', 'clone', 'xid'])

/** A tag as a translator sees it in the file, e.g. `<g id="f1" ctype="bold">`; an empty <g> reads `<g …/>`. */
function describe(element: XmlElement): string {
  const rank = (name: string) => ['id', 'ctype'].indexOf(name) + 1 || 3
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => !displayOnly.has(name))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
  const empty = element.children.every((c) => c === '')
  return `<${element.name}${attributes}${empty ? '/' : ''}>`
}

/** Every tag in the content, <mrk> looked through; and the links found inside another link. */
function tagsOf(content: XmlContent[], inLink = false, found = { tags: [] as string[], nestedLinks: [] as string[] }) {
  for (const item of content) {
    if (typeof item === 'string') continue
    if (item.name === 'mrk') {
      tagsOf(item.children, inLink, found)
      continue
    }
    const tag = describe(item)
    const isLink = item.name === 'g' && item.attributes.ctype === 'link'
    found.tags.push(tag)
    if (isLink && inLink) found.nestedLinks.push(tag)
    tagsOf(item.children, inLink || isLink, found)
  }
  return found
}

/** What `a` has more of than `b`, counting repeats. */
function surplus(a: string[], b: string[]): string[] {
  const left = [...b]
  return a.filter((tag) => {
    const i = left.indexOf(tag)
    if (i === -1) return true
    left.splice(i, 1)
    return false
  })
}

/**
 * Why a target's inline tags break the rule, naming each tag missing or extra; undefined when they
 * keep it. Reordering and re-nesting are allowed (languages order words differently), a link inside
 * another link is not (guidepress cannot store it).
 */
export function tagMismatch(source: XmlContent[], target: XmlContent[]): string | undefined {
  const expected = tagsOf(source).tags
  const { tags, nestedLinks } = tagsOf(target)
  const missing = surplus(expected, tags)
  const extra = surplus(tags, expected)
  const faults = [
    missing.length > 0 && `missing ${missing.join(', ')}`,
    extra.length > 0 && `extra ${extra.join(', ')}`,
    nestedLinks.length > 0 && `${nestedLinks.join(', ')} inside another link`,
  ].filter(Boolean)
  if (faults.length === 0) return undefined
  return `the target's inline tags do not match the source: ${faults.join('; ')}. Keep every tag of the source, around the words it marks, and add none; nothing of this unit was applied`
}

/** The words of XML content, tags taken out (a line break <x/> counts as nothing, as translate-toolkit reads it). */
export function textOf(content: XmlContent[]): string {
  return content
    .map((item) => (typeof item === 'string' ? item : textOf(item.children)))
    .join('')
    .normalize('NFC')
}
