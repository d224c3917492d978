// The shape every publishing job shares: one text input naming what to publish (or ALL_GUIDES),
// one pending job per value (a newer edit supersedes an older queued one), the pipeline loaded on
// the first run with the jobs' shared browser, and the counts of built, unchanged and failed editions.
import pLimit from 'p-limit'
import type { PayloadRequest, TaskConfig } from 'payload'
import { envOf, type Env } from '../env'
import type { EditionResult } from '../publishing'
import type { Printer } from '../publishing/print'
import type { PublishingSettings } from '../publishing/settings'

type Output = { built: number; unchanged: number; failed: number }

/**
 * Payload runs the jobs it picks up together. Publishing runs take turns in this process: each one
 * already keeps both print lanes busy, and two runs building the same edition at once (a quote's
 * guide and every guide, queued by one withdrawal) would only race each other to its record.
 */
const oneRunAtATime = pLimit(1)

export interface PublishingRun {
  req: PayloadRequest
  env: Env
  settings: PublishingSettings
  printer: Printer
}

export function publishingTask<Name extends string>(options: {
  slug: string
  label: string
  /** The input's name, e.g. guide. */
  input: Name
  run: (value: string, context: PublishingRun) => Promise<EditionResult[]>
}): TaskConfig<{ input: Record<Name, string>; output: Output }> {
  return {
    slug: options.slug,
    label: options.label,
    inputSchema: [{ name: options.input, type: 'text', required: true }],
    outputSchema: [
      { name: 'built', type: 'number' },
      { name: 'unchanged', type: 'number' },
      { name: 'failed', type: 'number' },
    ],
    concurrency: { key: ({ input }) => `${options.slug}:${input[options.input]}`, exclusive: true, supersedes: true },
    handler: async ({ input, req }) => {
      const [{ jobPrinter }, { publishingSettings }] = await Promise.all([import('./jobPrinter'), import('../publishing/settings')])
      const env = envOf(req.payload)
      const results = await oneRunAtATime(() => options.run(input[options.input], { req, env, settings: publishingSettings(env), printer: jobPrinter(env) }))
      const count = (status: EditionResult['status']) => results.filter((r) => r.status === status).length
      return { output: { built: count('built'), unchanged: count('unchanged'), failed: count('failed') } }
    },
  } as TaskConfig<{ input: Record<Name, string>; output: Output }>
}
