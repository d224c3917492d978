// Payload job task: rebuilds a facilitator guide's editions and handouts (or every facilitator
// guide's, for shared items such as a quote or an exercise). The content hash decides which
// locales really change.
import type { TaskConfig } from 'payload'
import { envOf } from '../env'
import { ALL_GUIDES, TASKS } from '../keys'

export const publishFacilitatorGuideTask: TaskConfig<{ input: { facilitatorGuide: string }; output: { built: number; unchanged: number; failed: number } }> = {
  slug: TASKS.publishFacilitatorGuide,
  label: 'Publish facilitator guide PDFs',
  inputSchema: [{ name: 'facilitatorGuide', type: 'text', required: true }],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  concurrency: { key: ({ input }) => `facilitator:${input.facilitatorGuide}`, exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const [{ publishFacilitatorGuides }, { jobPrinter }, { publishingSettings }] = await Promise.all([import('../publishing/facilitator'), import('./jobPrinter'), import('../publishing/settings')])
    const env = envOf(req.payload)
    const only = input.facilitatorGuide === ALL_GUIDES ? undefined : [input.facilitatorGuide]
    const results = await publishFacilitatorGuides({ payload: req.payload, settings: publishingSettings(env), printer: jobPrinter(env), facilitatorGuides: only })
    const count = (status: string) => results.filter((r) => r.status === status).length
    return { output: { built: count('built'), unchanged: count('unchanged'), failed: count('failed') } }
  },
}
