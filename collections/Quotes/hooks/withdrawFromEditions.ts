// A quote that may no longer be printed leaves every PDF at once: the editions that printed it
// stop being served, their files are deleted, and their guides are rebuilt without it. One that may
// still be printed but no longer shown online (print only) leaves the delivery API at once. Decided by
// reading what is published now, whatever this save was (a translator's draft may be the latest version).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { envOf } from '../../../src/env'
import { queueRebuildOfFacilitatorGuides, queueRebuildOfGuides } from '../../../src/hooks/queuePublishing'
import type { Id } from '../../../src/publishing/document'
import { consentAllowsPrint } from '../../../src/fields/options'
import { onlineQuotes, printableQuotes, withdrawEditionsPrinting } from '../../../src/publishing/withdrawal'
import { withdrawQuotesFromSnapshots } from '../../../src/delivery/snapshots'
import { announceWithdrawal } from '../../../src/webhooks/withdrawal'

/** `printed`: the quote may still be printed (print-only), so only the web outputs lose it. */
async function withdraw(req: PayloadRequest, id: Id, { printed = false } = {}) {
  // The delivery API first: it must not serve the quote once this save is committed.
  const delivered = await withdrawQuotesFromSnapshots(req.payload, [id], req)
  const withdrawn = printed ? [] : await withdrawEditionsPrinting(req.payload, [id], envOf(req.payload).PUBLICATIONS_DIR, req)
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
  // Consent narrowed to print only: the PDFs keep the quote, the delivery API loses it now.
  else if (!(await onlineQuotes(req.payload, [doc.id], req)).has(String(doc.id))) await withdraw(req, doc.id, { printed: true })
  return doc
}

export const withdrawDeleted: CollectionAfterDeleteHook = async ({ id, req }) => {
  await withdraw(req, id)
}
