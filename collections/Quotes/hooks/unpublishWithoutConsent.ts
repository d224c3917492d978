import type { CollectionBeforeChangeHook } from 'payload'

/** A quote whose consent is pending or withdrawn can never be published: saving it turns it into a draft. */
export const unpublishWithoutConsent: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const consent = data.consent ?? originalDoc?.consent
  if (consent !== 'granted' && consent !== 'print-only' && data._status === 'published') {
    return { ...data, _status: 'draft' }
  }
  return data
}
