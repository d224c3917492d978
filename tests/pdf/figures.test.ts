// Figures and workbook exercises in print: images prepared by sharp at no more than 300 dpi for the
// width they are printed at, caption, translated credit and the key of a numbered diagram beside
// them (its meaning on the page, not only in the alt text), alt text in the tagged PDF; exercise
// boxes kept whole on one page.
import { describe, expect, it } from 'vitest'
import { api } from '../helpers/api'
import { downloadEdition, figureAlts, images, pageTexts, squash } from '../helpers/pdf'

const figureOf = async (guideSlug: string, locale: string) => {
  const guide = (await api('editor', `/api/guides?where[slug][equals]=${guideSlug}&depth=0`)).body.docs[0]
  const chapters = (await api('editor', `/api/chapters?where[guide][equals]=${guide.id}&locale=${locale}&depth=0&limit=50`)).body.docs
  const block = chapters.flatMap((c: any) => c.body.root.children).find((n: any) => n.type === 'block' && n.fields.blockType === 'figure')
  const media = (await api('editor', `/api/media/${block.fields.image}?locale=${locale}&depth=0`)).body
  return { caption: block.fields.caption as string, width: block.fields.width as string, alt: media.alt as string, credit: media.credit as string, key: String(media.key ?? '').split('\n').filter(Boolean) }
}

describe.each([
  ['victim-identification', 'en', 2008],
  ['victim-identification', 'th', 2008],
  ['protection-and-support', 'vi', 720],
])('the figure of %s (%s)', (guideSlug, locale, printedPixels) => {
  it('is printed at 300 dpi for its printed width, never more, with caption and credit on its page', async () => {
    const { file, record } = await downloadEdition(guideSlug, locale)
    const figure = await figureOf(guideSlug, locale)
    const list = images(file)
    for (const image of list) expect(image.ppi, `image on page ${image.page}`).toBeLessThanOrEqual(301)
    // The 2400-pixel original is scaled down to the printed width at 300 dpi (full width 170 mm; half figures take half the 122 mm text column, 61 mm).
    const printed = list.find((i) => i.width === printedPixels)
    expect(printed, JSON.stringify(list)).toBeDefined()
    expect(printed!.ppi).toBeGreaterThanOrEqual(295)
    const page = squash(pageTexts(file, record.pages)[printed!.page - 1])
    expect(page).toContain(squash(figure.caption))
    expect(page).toContain(squash(figure.credit))
    // The diagram's numbers are explained on its page, in the edition's language.
    expect(figure.key.length).toBeGreaterThanOrEqual(3)
    for (const line of figure.key) expect(page).toContain(squash(line))
    if (locale !== 'en') expect(figure.credit).not.toBe((await figureOf(guideSlug, 'en')).credit)
  })

  it('carries the alt text of its language into the tagged PDF', async () => {
    const { file } = await downloadEdition(guideSlug, locale)
    const figure = await figureOf(guideSlug, locale)
    expect(figureAlts(file)).toContain(figure.alt.normalize('NFC'))
  })
})

describe.each(['en', 'th'])('workbook exercises in the %s edition of guide 1', (locale) => {
  it('keep each exercise box whole: title, instructions and every question on one page', async () => {
    const { file, record } = await downloadEdition('victim-identification', locale)
    const pages = pageTexts(file, record.pages).map(squash)
    const exercises = (await api('editor', `/api/exercises?where[slug][like]=g1-&locale=${locale}&depth=0`)).body.docs
    expect(exercises.length).toBeGreaterThanOrEqual(2)
    for (const exercise of exercises) {
      const instructions = exercise.instructions.root.children.map((p: any) => p.children.map((t: any) => t.text).join(''))
      const parts = [exercise.title, ...instructions, ...exercise.questions.map((q: any) => q.question)].map(squash)
      // The box opens with "Exercise <n>. <title>" (the title alone may also occur in running text).
      const heading = new RegExp(`\\d\\.${parts[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
      const page = pages.findIndex((p) => heading.test(p))
      expect(page, exercise.title).toBeGreaterThan(0)
      for (const part of parts) expect(pages[page], `${exercise.title}: "${part.slice(0, 30)}" on page ${page + 1}`).toContain(part)
    }
  })
})
