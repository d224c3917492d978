// Payload job task: rebuilds the printed directory of services of one country in every locale,
// after a service of that country changed. Unchanged directories are skipped by content hash.
import { directoryCountries, type DirectoryCountry } from '../fields/options'
import { TASKS } from '../keys'
import { publishingTask } from './publishingTask'

export const publishDirectoryTask = publishingTask({
  slug: TASKS.publishDirectory,
  label: 'Publish directory of services PDFs',
  input: 'country',
  run: async (country, { req, settings, printer }) => {
    if (!(directoryCountries as readonly string[]).includes(country)) throw new Error(`No directory for country "${country}": use one of ${directoryCountries.join(', ')}.`)
    const { publishDirectories } = await import('../publishing/directory')
    return publishDirectories({ payload: req.payload, settings, printer, countries: [country as DirectoryCountry] })
  },
})
