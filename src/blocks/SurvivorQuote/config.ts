import type { Block } from 'payload'

/** Places a survivor quote from the Quotes collection; consent is checked where it is shown. */
export const SurvivorQuoteBlock: Block = {
  slug: 'survivorQuote',
  interfaceName: 'SurvivorQuoteBlock',
  labels: { singular: 'Survivor quote', plural: 'Survivor quotes' },
  fields: [{ name: 'quote', type: 'relationship', relationTo: 'quotes', required: true }],
}
