// Validates the demo content files against their schema and prints word counts per guide and locale.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { directoryContent, facilitatorContent, guideContent, libraryContent } from '../src/seed/content/schema.ts'

const dir = path.resolve(import.meta.dirname, '../src/seed/content')
let failed = false
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
  const raw = JSON.parse(await readFile(path.join(dir, file), 'utf8'))
  const schemas: Record<string, typeof libraryContent | typeof guideContent | typeof directoryContent | typeof facilitatorContent> = {
    'library.json': libraryContent,
    'services.json': directoryContent,
    'facilitator-guides.json': facilitatorContent,
  }
  const schema = schemas[file] ?? guideContent
  const result = schema.safeParse(raw)
  if (!result.success) {
    failed = true
    console.error(`${file}: invalid\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`)
    continue
  }
  if (schema !== guideContent) {
    console.log(`${file}: ok`)
    continue
  }
  const g = guideContent.parse(raw)
  const refs = new Set(g.chapters.flatMap((c) => c.body.flatMap((b) => ('ref' in b ? [b.ref] : []))))
  for (const q of g.quotes) if (!refs.has(q.slug)) console.warn(`${file}: quote ${q.slug} is never placed in a chapter`)
  for (const e of g.exercises) if (!refs.has(e.slug)) console.warn(`${file}: exercise ${e.slug} is never placed in a chapter`)
  for (const r of refs)
    if (![...g.quotes, ...g.exercises, ...g.figures].some((item) => item.slug === r)) {
      failed = true
      console.error(`${file}: body refers to unknown quote/exercise/figure ${r}`)
    }
  const blocks = g.chapters.flatMap((c) => c.body)
  const anchors = new Set(blocks.flatMap((b) => ('anchor' in b && b.anchor ? [b.anchor] : [])))
  for (const b of blocks)
    if (b.type === 'callout' && b.refersTo && !anchors.has(b.refersTo)) {
      failed = true
      console.error(`${file}: a callout refers to "${b.refersTo}", which no notepad or exercise of this guide is anchored as`)
    }
  const counts = (['en', 'id', 'ms', 'vi', 'th'] as const).map((loc) => {
    const strings: string[] = []
    const walk = (v: unknown): void => {
      if (v && typeof v === 'object') {
        if (loc in (v as object) && typeof (v as Record<string, unknown>)[loc] === 'string') strings.push((v as Record<string, string>)[loc])
        else for (const x of Object.values(v)) walk(x)
      }
    }
    walk(g)
    const joined = strings.join(' ')
    // Thai has no spaces between words: count characters / 6 as a rough word figure.
    const words = loc === 'th' ? Math.round(joined.replace(/\s/g, '').length / 6) : joined.split(/\s+/).filter(Boolean).length
    return `${loc}=${words}`
  })
  console.log(`${file}: ok  words ${counts.join(' ')}`)
}
process.exit(failed ? 1 : 0)
