// Payload job task: rebuilds a guide's editions (or every guide's, for shared items such as a
// quote or an image). The content hash inside the pipeline decides which locales really change.
// The pipeline (and puppeteer-core with it) is loaded on the first run, not when the config is.
import { ALL_GUIDES, TASKS } from '../keys'
import { publishingTask } from './publishingTask'

export const publishGuideTask = publishingTask({
  slug: TASKS.publishGuide,
  label: 'Publish guide PDFs',
  input: 'guide',
  run: async (guide, { req, settings, printer }) => {
    const { publishAll } = await import('../publishing')
    return publishAll({ payload: req.payload, settings, printer, guides: guide === ALL_GUIDES ? undefined : [guide] })
  },
})
