// A quote that may no longer be printed leaves every PDF at once: the editions that printed it
// stop being served, their files are deleted, and their guides are rebuilt without it. Decided by
// reading what is published now, whatever this save was (a translator's draft may be the latest version).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { envOf } from '../../../src/env'
import { queueRebuildOfFacilitatorGuides, queueRebuildOfGuides } from '../../../src/hooks/queuePublishing'
import type { Id } from '../../../src/publishing/document'
import { consentAllowsPrint } from '../../../src/fields/options'
import { printableQuotes, withdrawEditionsPrinting } from '../../../src/publishing/withdrawal'
import { withdrawQuotesFromSnapshots } from '../../../src/delivery/snapshots'
import { announceWithdrawal } from '../../../src/webhooks/withdrawal'

async function withdraw(req: PayloadRequest, id: Id) {
  // The delivery API first: it must not serve the quote once this save is committed.
  const delivered = await withdrawQuotesFromSnapshots(req.payload, [id], req)
  const withdrawn = await withdrawEditionsPrinting(req.payload, [id], envOf(req.payload).PUBLICATIONS_DIR, req)
  if (withdrawn.length === 0 && delivered.length === 0) return
  req.payload.logger.info({ msg: `Survivor quote ${id} may no longer be shown: took down ${withdrawn.length} edition file(s) and rewrote ${delivered.length} delivery snapshot(s)`, quote: id })
  await queueRebuildOfGuides(req, [...withdrawn.map((w) => w.guide), ...delivered.map((d) => d.guide)])
  await queueRebuildOfFacilitatorGuides(req, withdrawn.map((w) => w.facilitatorGuide))
  // Queued in this save's transaction, sent after it commits: the outputs above are already clean.
  await announceWithdrawal(req.payload, withdrawn, delivered, req)
}

/**
 * Consent is never a draft: saving a withdrawn or pending consent as a draft would leave the
 * published quote printable. Such a save is made a real save that unpublishes the quote.
 */
export const consentIsNeverADraft: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update') return args
  const consent = (args.data as { consent?: unknown } | undefined)?.consent
  if (args.draft && consent !== undefined && !consentAllowsPrint(consent)) return { ...args, draft: false, data: { ...args.data, _status: 'draft' } }
  return args
}

export const withdrawIfUnprintable: CollectionAfterChangeHook = async ({ doc, req }) => {
  const printable = await printableQuotes(req.payload, [doc.id], req)
  if (!printable.has(String(doc.id))) await withdraw(req, doc.id)
  return doc
}

export const withdrawDeleted: CollectionAfterDeleteHook = async ({ id, req }) => {
  await withdraw(req, id)
}
