// Cross-references inside a guide: a block (a notepad, an exercise) is given an anchor name, and a
// callout refers to it by that name. The print resolves the reference to the block's page number
// ("see page 11"), so no text ever says "at the end of this guide" by hand and goes wrong.
import type { Field, TextFieldSingleValidation } from 'payload'

export const anchorPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const validName: TextFieldSingleValidation = (value) =>
  !value || anchorPattern.test(value) || 'Use lowercase letters, digits and single hyphens, e.g. local-contacts.'

/** The name other blocks of the same guide use to refer to this one. */
export const anchorField = (what: string): Field => ({
  name: 'anchor',
  type: 'text',
  maxLength: 60,
  validate: validName,
  admin: { description: `Name this ${what} (e.g. local-contacts) to refer to it from a callout; the print gives its page number.` },
})

/** The anchor this block refers to; the print appends "see page N". */
export const referenceField: Field = {
  name: 'refersTo',
  type: 'text',
  maxLength: 60,
  validate: validName,
  admin: { description: 'Anchor of a notepad or exercise in this guide. The printed text ends with "(see page N)".' },
}

/** Element id of an anchored block in the print HTML (a named destination in the PDF). */
export const anchorTarget = (anchor: string) => `ref-${anchor}`
