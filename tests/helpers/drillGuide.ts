// A published guide of a test's own with one published chapter. Tests that publish work on one, so
// their rebuilds never touch a demo edition that other test files read; `remove()` deletes both and
// runs the publishing queue, which retires the drill's editions.
import { expect } from 'vitest'
import { editorState, paragraph } from '../../src/seed/lexical'
import { api } from './api'

export interface Drill {
  guideId: number
  chapterId: number
  remove(): Promise<void>
}

export const runPublishingJobs = () => api('editor', '/api/payload-jobs/run?queue=publishing&limit=20')

/** Series numbers 40-49 are kept for drill guides; each test file takes its own. */
export async function drillGuide({ slug, seriesNumber, title, chapter = {} }: { slug: string; seriesNumber: number; title: string; chapter?: Record<string, unknown> }): Promise<Drill> {
  const guide = await api('editor', '/api/guides?locale=en', { method: 'POST', json: { slug, seriesNumber, title, year: 2026, phase: 'two', _status: 'published' } })
  expect(guide.status, JSON.stringify(guide.body)).toBe(201)
  const guideId = guide.body.doc.id
  const created = await api('editor', '/api/chapters?locale=en', {
    method: 'POST',
    json: { slug: 'drill', guide: guideId, order: 1, part: 'introduction', title: 'Drill chapter', body: editorState([paragraph('The drill chapter.')]), _status: 'published', ...chapter },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const chapterId = created.body.doc.id
  return {
    guideId,
    chapterId,
    async remove() {
      await api('admin', `/api/chapters/${chapterId}`, { method: 'DELETE' })
      await api('admin', `/api/guides/${guideId}`, { method: 'DELETE' })
      await runPublishingJobs()
    },
  }
}
