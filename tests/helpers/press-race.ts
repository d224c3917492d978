// A press edition whose quote is withdrawn while it is being made, in one process with the
// pipeline: the guide's screen edition is current and unchanged, so publishEdition makes only its
// press edition, and the quote's consent is withdrawn (through Payload, whose hooks take the
// guide's editions down) as that starts. The press print waits for the withdrawal, so the race
// always ends the same way: the made files cannot be attached. Prints one line, "RESULT <json>".
import { getPayload } from 'payload'
import config from '../../payload.config'
import { parseEnv } from '../../src/env'
import { publishEdition } from '../../src/publishing/edition'
import { readGuideSources } from '../../src/publishing/load'
import { Printer } from '../../src/publishing/print'
import { currentPublications, deliverySnapshots } from '../../src/publishing/records'
import { printerSettings, publishingSettings } from '../../src/publishing/settings'

const [slug, quoteId] = process.argv.slice(2)
const env = parseEnv()
const payload = await getPayload({ config })
let withdrawal: Promise<unknown> | undefined

/** Debian's Chromium as the pipeline prints with it; a print starts once the withdrawal is done. */
class PrinterAfterWithdrawal extends Printer {
  override async printWithRetry(...args: Parameters<Printer['printWithRetry']>) {
    await withdrawal
    return super.printWithRetry(...args)
  }
}

const printer = new PrinterAfterWithdrawal(printerSettings(env))
try {
  const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  const state = { sources: readGuideSources(payload, slug, { reuse: false }), current: currentPublications(payload, guide.id), snapshots: deliverySnapshots(payload, guide.id) }
  const onPrinting = () => {
    withdrawal ??= payload.update({ collection: 'quotes', id: Number(quoteId), data: { consent: 'withdrawn' } as never, overrideAccess: true })
  }
  const result = await publishEdition(slug, 'en', { payload, printer, settings: publishingSettings(env), guide: state, press: true, onPrinting })
  console.log(`RESULT ${JSON.stringify({ status: result?.status, press: result?.press, pressError: result?.pressError?.message, warnings: result?.warnings })}`)
} finally {
  await printer.close()
}
process.exit(0)
