// Every rich-text block guidepress knows. The print renderer must have a converter for each slug.
import { CalloutBlock } from './Callout/config'
import { ExerciseBlock } from './Exercise/config'
import { FigureBlock } from './Figure/config'
import { NotepadBlock } from './Notepad/config'
import { SurvivorQuoteBlock } from './SurvivorQuote/config'

export const chapterBlocks = [SurvivorQuoteBlock, ExerciseBlock, NotepadBlock, CalloutBlock, FigureBlock]
