// The layout's promises (../shared/STYLE.md), checked on the source: which modules load which.
// Static imports only (`import type` and `import()` load nothing when the importer loads).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

/** Modules a file loads when it is loaded: relative paths resolved to files, packages by name. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [
    ...[...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;'"]*?\bfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]),
    ...[...text.matchAll(/^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]),
  ]
  return specifiers.map((spec) => {
    if (!spec.startsWith('.')) return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
    const base = path.resolve(path.dirname(file), spec)
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
    if (!found) throw new Error(`${path.relative(root, file)} imports ${spec}, which does not resolve`)
    return found
  })
}

/** Every package reached from `entry` through static imports, with the chain that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>()
  const seen = new Set<string>()
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const target of staticImports(file)) {
      if (path.isAbsolute(target)) visit(target, [...chain, path.relative(root, target)])
      else if (!reached.has(target)) reached.set(target, chain)
    }
  }
  visit(path.resolve(root, entry), [entry])
  return reached
}

const filesUnder = (dir: string): string[] =>
  readdirSync(path.resolve(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

describe('module boundaries', () => {
  it.each(['payload.config.ts', 'src/seed/index.ts', 'src/translation/plugin.ts', 'src/hooks/queuePublishing.ts', ...filesUnder('collections')])(
    '%s does not load the browser (puppeteer-core)',
    (entry) => {
      const chain = packagesReached(entry).get('puppeteer-core')
      expect(chain, chain && `reached through ${chain.join(' → ')}`).toBeUndefined()
    },
  )

  it('keeps the rendering stage free of Payload, Next and Puppeteer', () => {
    const reached = new Map<string, string[]>()
    for (const file of filesUnder('src/publishing/render')) for (const [pkg, chain] of packagesReached(file)) reached.set(pkg, chain)
    for (const outside of ['payload', 'next', 'puppeteer-core', '@payloadcms/next', '@payloadcms/ui']) expect(reached.get(outside), `${outside} via ${reached.get(outside)?.join(' → ')}`).toBeUndefined()
  })

  it('reads the environment in src/env.ts only', () => {
    const readers = [...filesUnder('src'), ...filesUnder('collections'), 'payload.config.ts'].filter((file) => file !== path.join('src', 'env.ts') && /process\.env\b/.test(readFileSync(path.resolve(root, file), 'utf8')))
    expect(readers).toEqual([])
  })

  it('finds a package import when there is one (the check can fail)', () => {
    expect(packagesReached('src/publishing/print.ts').has('puppeteer-core')).toBe(true)
    expect(packagesReached('src/jobs/withdrawalSweep.ts').has('payload')).toBe(true)
  })
})
