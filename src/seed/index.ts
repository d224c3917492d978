// seed({ payload }): loads the demo series (six guides and the guidance note, five locales), the directory of services, facilitator guides and demo accounts. Idempotent.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { directoryContent, facilitatorContent, guideContent, libraryContent, type GuideContent } from './content/schema'
import { seedGuide } from './guides'
import { seedFacilitatorGuides } from './facilitatorGuides'
import { seedLibrary } from './library'
import { seedServices } from './services'
import { seedUsers } from './users'

const contentDir = path.resolve('src/seed/content')

export async function loadDemoContent(dir = contentDir) {
  const files = (await readdir(dir)).filter((f) => /^guide-\d+-.+\.json$/.test(f)).sort((a, b) => parseInt(a.slice(6)) - parseInt(b.slice(6)))
  const read = async (file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as unknown
  const guides: GuideContent[] = []
  for (const file of files) guides.push(guideContent.parse(await read(file)))
  return {
    library: libraryContent.parse(await read('library.json')),
    guides,
    directory: directoryContent.parse(await read('services.json')),
    facilitator: facilitatorContent.parse(await read('facilitator-guides.json')),
  }
}

export interface SeedOptions {
  payload: Payload
  /** Password for the demo accounts. */
  demoPassword: string
  log?: (line: string) => void
}

export async function seed({ payload, demoPassword, log = () => {} }: SeedOptions) {
  const { library, guides, directory, facilitator } = await loadDemoContent()
  const users = await seedUsers(payload, demoPassword)
  log(`accounts: ${users} created`)
  const instrumentIds = await seedLibrary(payload, library)
  log(`legal instruments and glossary: ready`)
  const results = []
  for (const guide of guides) {
    const started = Date.now()
    const result = await seedGuide(payload, guide, instrumentIds)
    results.push(result)
    log(`guide ${guide.seriesNumber} ${guide.slug}: ${result.created ? 'created' : 'already there'} (${Date.now() - started} ms)`)
  }
  const services = await seedServices(payload, directory.services)
  log(`directory of services: ${services} created`)
  const facilitatorGuides = await seedFacilitatorGuides(payload, facilitator.facilitatorGuides)
  log(`facilitator guides: ${facilitatorGuides} created`)
  return { users, guides: results, services, facilitatorGuides }
}

/** True when the database has no guides yet. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'guides' })
  return totalDocs === 0
}
