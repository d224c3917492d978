// Payload's logger with one change: errors are reduced to what an operator needs. Database errors
// carry the failing query's parameters, which can be a survivor's words or an interview code:
// those never reach a log.
import type { Config } from 'payload'
import { build } from 'pino-pretty'

interface LoggedError {
  type: string
  message: string
  status?: number
  fields?: { path: string; message: string }[]
  stack?: string
}

const stripParameters = (text: string): string => text.split(/\n\s*params:/)[0]

export function redactError(err: unknown): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: 'non-error thrown' }
  const e = err as Error & { status?: number; data?: { errors?: { path?: string; message?: string }[] } }
  const message = stripParameters(e.message)
  const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8)
  return {
    type: e.constructor?.name || e.name || 'Error',
    message,
    ...(e.status ? { status: e.status } : {}),
    ...(e.data?.errors ? { fields: e.data.errors.map((f) => ({ path: String(f.path ?? ''), message: String(f.message ?? '') })) } : {}),
    ...(frames.length > 0 && (!e.status || e.status >= 500) ? { stack: [message, ...frames].join('\n') } : {}),
  }
}

export const logger: Config['logger'] = {
  options: { serializers: { err: redactError } },
  destination: build({ colorize: process.stdout.isTTY, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
}
