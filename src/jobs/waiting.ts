// Which publishing jobs are waiting or running: queued and neither completed nor failed. The print
// edition's state (one guide) and the dashboard's print card (all of them) both ask this.
import type { Payload } from 'payload'
import { QUEUES } from '../keys'

export interface WaitingJob {
  taskSlug: string
  input: Record<string, unknown> | null
  processing: boolean
}

export async function waitingPublishingJobs(payload: Payload, taskSlug?: string): Promise<WaitingJob[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: QUEUES.publishing } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, ...(taskSlug ? [{ taskSlug: { equals: taskSlug } }] : [])] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { taskSlug: true, input: true, processing: true },
  })
  return jobs.docs.map((job) => ({ taskSlug: String(job.taskSlug), input: (job.input ?? null) as WaitingJob['input'], processing: Boolean(job.processing) }))
}
