// Who reads the directory of services. The public (and downstream sites): published services
// verified within SERVICE_VERIFICATION_DAYS, the same ones a printed directory lists. Staff read
// every service; a service's location is editors' only, field by field (collections/Services).
import type { Access, Where } from 'payload'
import { envOf } from '../env'

const DAY_MS = 24 * 3600 * 1000

/** The oldest last-verified date still counted as current, as YYYY-MM-DD. */
export function verifiedSince(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10)
}

/** Whether a service verified on `lastVerified` is overdue for a check. */
export const verificationOverdue = (lastVerified: string | null | undefined, days: number, now = new Date()): boolean =>
  !lastVerified || lastVerified.slice(0, 10) < verifiedSince(days, now)

export const publicServices = (days: number): Where => ({
  and: [{ _status: { equals: 'published' } }, { lastVerified: { greater_than_equal: verifiedSince(days) } }],
})

export const readServices: Access = ({ req }) => (req.user ? true : publicServices(envOf(req.payload).SERVICE_VERIFICATION_DAYS))
