// XLIFF as a translator's tool would treat it: validate with xmllint against the OASIS schema, read
// with translate-toolkit, and fill in targets the way a CAT tool writes them back.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root } from './scripts'

export const schema = path.resolve(root, '../shared/schemas/xliff-core-1.2-strict.xsd')

export function saveTemp(xml: string, name = 'file.xlf'): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'guidepress-xliff-')), name)
  writeFileSync(file, xml)
  return file
}

/** Runs a command-line tool; a missing tool fails loudly with how to install it. */
export function tool(command: string, args: string[], debianPackage: string) {
  const run = spawnSync(command, args, { encoding: 'utf8' })
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed: apt-get install ${debianPackage} (bash scripts/install-system-packages.sh --for-tests)`)
  }
  return run
}

/**
 * Writes a target into every unit of the files whose `original` is listed, as a CAT tool does:
 * the source's inline tags kept, each text run translated by `translate` (run on escaped text).
 */
export function fillTargets(xml: string, originals: string[], translate: (text: string) => string): string {
  return xml.replace(/<file original="([^"]+)"[\s\S]*?<\/file>/g, (file, original: string) => {
    if (!originals.includes(original)) return file
    return file.replace(/<source>([\s\S]*?)<\/source>(?:<target[^>]*>[\s\S]*?<\/target>)?/g, (_, source: string) => {
      const target = source
        .split(/(<[^>]+>)/)
        .map((part) => (part.startsWith('<') || !part.trim() ? part : translate(part)))
        .join('')
      return `<source>${source}</source><target state="translated">${target}</target>`
    })
  })
}

/** The XLIFF with only the <file>s whose `original` is listed. */
export const onlyFiles = (xml: string, originals: string[]) =>
  xml.replace(/<file original="([^"]+)"[\s\S]*?<\/file>\n?/g, (file, original: string) => (originals.includes(original) ? file : ''))

/** The inline content of a Lexical node tree as comparable rows: type, format, text, link URL. */
export function inlineRows(node: any): unknown[] {
  if (node.type === 'text') return [['text', node.format, node.text]]
  if (node.type === 'link') return [['link', node.fields?.url], ...(node.children ?? []).flatMap(inlineRows)]
  if (node.type === 'block') return [['block', node.fields.blockType, node.fields.title ?? null, node.fields.text ?? null]]
  return [[node.type], ...(node.children ?? []).flatMap(inlineRows)]
}

/**
 * Rewrites the <target> of one unit, as a translator editing that one segment in a CAT tool does;
 * `edit` gets the current target and source markup (escaped, tags included).
 */
export function editTarget(xml: string, original: string, unit: string, edit: (target: string, source: string) => string): string {
  let found = false
  const result = xml.replace(/<file original="([^"]+)"[\s\S]*?<\/file>/g, (file, name: string) => {
    if (name !== original) return file
    const pattern = new RegExp(`(<trans-unit id="${unit.replace(/\./g, '\\.')}"[^>]*><source>([\\s\\S]*?)</source><target[^>]*>)([\\s\\S]*?)(</target>)`)
    return file.replace(pattern, (_, open: string, source: string, target: string, close: string) => {
      found = true
      return `${open}${edit(target, source)}${close}`
    })
  })
  if (!found) throw new Error(`no unit ${unit} with a target in ${original}`)
  return result
}

/**
 * Sets the msgstr of the PO entry whose msgid is `english` and clears its fuzzy flag, as a
 * translator does in a PO editor (Poedit clears the flag on edit).
 */
export function editPo(po: string, english: string, msgstr: string): string {
  const quoted = JSON.stringify(english).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const entry = new RegExp(`(?:#, fuzzy\\n)?((?:msgctxt "[^\\n]*"\\n)?msgid ${quoted}\\n)msgstr (?:"[^\\n]*"\\n)+`)
  if (!entry.test(po)) throw new Error(`no PO entry with msgid ${JSON.stringify(english)}`)
  return po.replace(entry, (_, head: string) => `${head}msgstr ${JSON.stringify(msgstr)}\n`)
}
