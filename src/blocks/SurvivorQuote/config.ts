import type { Block } from 'payload'

/** Places a survivor quote from the Quotes collection; consent is checked where it is shown. */
export const SurvivorQuoteBlock: Block = {
  slug: 'survivorQuote',
  interfaceName: 'SurvivorQuoteBlock',
  labels: { singular: 'Survivor quote', plural: 'Survivor quotes' },
  // The block's header names what it holds (src/admin/BlockLabel.tsx) instead of \"Untitled\".
  admin: { disableBlockName: true, components: { Label: '/src/admin/BlockLabel#QuoteBlockLabel' } },
  fields: [{ name: 'quote', type: 'relationship', relationTo: 'quotes', required: true }],
}
