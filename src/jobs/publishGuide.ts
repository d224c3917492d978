// Payload job task: rebuilds a guide's editions (or every guide's, for shared items such as a
// quote or an image). The content hash inside the pipeline decides which locales really change.
// The pipeline (and puppeteer-core with it) is loaded on the first run, not when the config is.
import type { TaskConfig } from 'payload'
import { envOf } from '../env'
import { ALL_GUIDES, TASKS } from '../keys'

export const publishGuideTask: TaskConfig<{ input: { guide: string }; output: { built: number; unchanged: number; failed: number } }> = {
  slug: TASKS.publishGuide,
  label: 'Publish guide PDFs',
  inputSchema: [{ name: 'guide', type: 'text', required: true }],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  // One pending job per guide: a newer edit supersedes an older queued job.
  concurrency: { key: ({ input }) => `publish:${input.guide}`, exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const [{ publishAll }, { jobPrinter }, { publishingSettings }] = await Promise.all([import('../publishing'), import('./jobPrinter'), import('../publishing/settings')])
    const env = envOf(req.payload)
    const results = await publishAll({ payload: req.payload, settings: publishingSettings(env), printer: jobPrinter(env), guides: input.guide === ALL_GUIDES ? undefined : [input.guide] })
    const count = (status: string) => results.filter((r) => r.status === status).length
    return { output: { built: count('built'), unchanged: count('unchanged'), failed: count('failed') } }
  },
}
