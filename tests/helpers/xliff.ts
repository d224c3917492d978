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
