// Endpoint secrets in the Standard Webhooks format: `whsec_` + base64 of 24 to 64 random bytes.
import { randomBytes } from 'node:crypto'

const PREFIX = 'whsec_'
const MIN_BYTES = 24
const MAX_BYTES = 64

export function generateWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`
}

/** Why a secret is unusable, or undefined when it is fine. The message never repeats the secret. */
export function webhookSecretProblem(secret: string): string | undefined {
  const key = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : undefined
  const format = `A secret is "${PREFIX}" followed by the base64 of ${MIN_BYTES} to ${MAX_BYTES} random bytes (leave it empty to have one generated).`
  if (key === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(key) || key.length % 4 !== 0) return format
  const bytes = Buffer.from(key, 'base64').length
  if (bytes < MIN_BYTES || bytes > MAX_BYTES) return `The secret is ${bytes} bytes long. ${format}`
  return undefined
}
