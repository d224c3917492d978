// Payload job task: rebuilds a facilitator guide's editions and handouts (or every facilitator
// guide's, for shared items such as a quote or an exercise). The content hash decides which
// locales really change.
import { ALL_GUIDES, TASKS } from '../keys'
import { publishingTask } from './publishingTask'

export const publishFacilitatorGuideTask = publishingTask({
  slug: TASKS.publishFacilitatorGuide,
  label: 'Publish facilitator guide PDFs',
  input: 'facilitatorGuide',
  run: async (slug, { req, settings, printer }) => {
    const { publishFacilitatorGuides } = await import('../publishing/facilitator')
    return publishFacilitatorGuides({ payload: req.payload, settings, printer, facilitatorGuides: slug === ALL_GUIDES ? undefined : [slug] })
  },
})
