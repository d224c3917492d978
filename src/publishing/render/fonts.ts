// Bundled fonts as @font-face rules with base64 data URLs (Chromium blocks file:// fonts in
// setContent). The rules come from the @fontsource packages' own CSS, limited to the subsets and
// weights the guides use, so every glyph printed comes from an embedded Noto font.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PublishingError } from '../errors'

// The fonts are read from the project's node_modules, found from this file's own location. Not
// with require.resolve: inside the server, where publishing jobs run, this module is bundled by
// Next's webpack, which turns require.resolve() into a module id (a number), not a path.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const packageDir = (pkg: string) => {
  const dir = path.join(projectRoot, 'node_modules', pkg)
  if (!existsSync(path.join(dir, 'package.json'))) throw new PublishingError('FontsMissing', `The bundled font package ${pkg} is not installed in ${path.join(projectRoot, 'node_modules')}.`)
  return dir
}

interface FontSource {
  pkg: string
  files: string[]
  subsets: string[]
}

const sources: FontSource[] = [
  { pkg: '@fontsource/noto-sans', files: ['400.css', '700.css', '400-italic.css', '700-italic.css'], subsets: ['latin', 'latin-ext', 'vietnamese'] },
  { pkg: '@fontsource/noto-serif', files: ['400-italic.css', '400.css'], subsets: ['latin', 'latin-ext', 'vietnamese'] },
  { pkg: '@fontsource/noto-sans-thai', files: ['400.css', '700.css'], subsets: ['thai', 'latin'] },
  { pkg: '@fontsource/noto-serif-thai', files: ['400.css'], subsets: ['thai'] },
]

/** Font families the print CSS may name. */
export const fontStacks = {
  sans: "'Noto Sans', 'Noto Sans Thai'",
  serif: "'Noto Serif', 'Noto Serif Thai'",
}

/** PostScript name prefixes pdffonts will show: anything else in a PDF is a fallback font. */
export const embeddedFontNames = ['NotoSans-', 'NotoSans', 'NotoSerif', 'NotoSansThai', 'NotoSerifThai']

let cached: string | undefined

export function fontFaceCss(): string {
  if (cached) return cached
  const rules: string[] = []
  for (const source of sources) {
    const dir = packageDir(source.pkg)
    for (const file of source.files) {
      const css = readFileSync(path.join(dir, file), 'utf8')
      for (const block of css.split('/* ').slice(1)) {
        const name = block.slice(0, block.indexOf(' */'))
        if (!source.subsets.some((subset) => name.includes(`-${subset}-`))) continue
        const rule = block.slice(block.indexOf('@font-face')).trim()
        const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1]
        if (!woff2) continue
        const data = readFileSync(path.join(dir, 'files', woff2)).toString('base64')
        rules.push(rule.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`).replace('font-display: swap;', 'font-display: block;'))
      }
    }
  }
  cached = rules.join('\n')
  return cached
}
