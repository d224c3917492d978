import type { Access, Where } from 'payload'

/** The public sees a quote only when it is published and its consent is granted for online use. */
const publishedWithConsent: Where = { and: [{ _status: { equals: 'published' } }, { consent: { equals: 'granted' } }] }

export const publicQuotes: Access = ({ req }) => (req.user ? true : publishedWithConsent)
