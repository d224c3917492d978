// Rich-text fields: the chapter editor (with guidepress blocks) and a plain one for short prose.
import { BlocksFeature, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { chapterBlocks } from '../blocks'
import { lexicalProblem } from './lexicalShape'

export const chapterEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature(), BlocksFeature({ blocks: chapterBlocks })],
})

export function localizedRichText(overrides: Partial<RichTextField> & { name: string }): RichTextField {
  return {
    type: 'richText',
    localized: true,
    validate: (value: unknown) => {
      const problem = lexicalProblem(value)
      return problem ? `${overrides.name}: ${problem}` : true
    },
    ...overrides,
  } as RichTextField
}
