// A login for an email that has no account takes as long as a wrong password for one that has:
// the same password-hash work is done for nothing, so response times do not reveal which
// emails exist (without it: ≈ 20 ms against ≈ 400 ms here).
import crypto from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

// Payload's current hash: PBKDF2-SHA256, 600 000 iterations, 32-byte key (payload/dist/auth/strategies/local).
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const decoySalt = crypto.randomBytes(32).toString('hex')

const hashForNothing = (password: string) =>
  new Promise<void>((resolve) => crypto.pbkdf2(password, decoySalt, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve()))

export const equalLoginTiming: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email.toLowerCase().trim() } } })
  if (!account) await hashForNothing(password)
  return args
}
