// A long-lived reader of one guide's sources, driven from a test line by line, as the server's job
// runner reads them between an editor's saves. For each "read" line it reads the sources reusing
// what it read before, then reads them again in full, and answers (one line, prefixed "RESULT ")
// whether the two are equal and which documents were reused from the previous read.
import readline from 'node:readline'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { readGuideSources, type GuideSources } from '../../src/publishing/load'

const slug = process.argv[2]
const payload = await getPayload({ config })
let previous: GuideSources | undefined
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() !== 'read') continue
  const reusing = await readGuideSources(payload, slug)
  const before = new Set<unknown>(previous ? Object.values(previous).flat() : [])
  const reused = Object.fromEntries(Object.entries(reusing).map(([name, docs]) => [name, [docs].flat().filter((doc) => before.has(doc)).map((doc) => doc.id)]))
  const full = await readGuideSources(payload, slug, { reuse: false })
  // The full read is what this process now keeps: the next read reuses its documents.
  previous = full
  console.log(`RESULT ${JSON.stringify({ equal: JSON.stringify(reusing) === JSON.stringify(full), reused, sources: reusing })}`)
}
process.exit(0)
