// Payload job task: rebuilds the printed directory of services of one country in every locale,
// after a service of that country changed. Unchanged directories are skipped by content hash.
import type { TaskConfig } from 'payload'
import { envOf } from '../env'
import { directoryCountries, type DirectoryCountry } from '../fields/options'
import { TASKS } from '../keys'

export const publishDirectoryTask: TaskConfig<{ input: { country: string }; output: { built: number; unchanged: number; failed: number } }> = {
  slug: TASKS.publishDirectory,
  label: 'Publish directory of services PDFs',
  inputSchema: [{ name: 'country', type: 'text', required: true }],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  // One pending job per country: a newer edit supersedes an older queued job.
  concurrency: { key: ({ input }) => `directory:${input.country}`, exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    if (!(directoryCountries as readonly string[]).includes(input.country)) throw new Error(`No directory for country "${input.country}": use one of ${directoryCountries.join(', ')}.`)
    const [{ publishDirectories }, { jobPrinter }, { publishingSettings }] = await Promise.all([import('../publishing/directory'), import('./jobPrinter'), import('../publishing/settings')])
    const env = envOf(req.payload)
    const results = await publishDirectories({ payload: req.payload, settings: publishingSettings(env), printer: jobPrinter(env), countries: [input.country as DirectoryCountry] })
    const count = (status: string) => results.filter((r) => r.status === status).length
    return { output: { built: count('built'), unchanged: count('unchanged'), failed: count('failed') } }
  },
}
