// Environment, parsed once at the edge into typed values; nothing below re-checks it.
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { z } from 'zod'
import { localeCodes, type LocaleCode } from './i18n/locales'

/** The secret shipped for development only. Production refuses to start with it. */
export const DEV_SECRET = 'guidepress-dev-secret-change-me'

const schemes = ['file:', 'mongodb://', 'mongodb+srv://'] as const

/** A folder, relative to the working directory or absolute; resolved once here. */
const folder = (name: string, fallback: string) =>
  z.string().trim().min(1, `${name} must be a folder path, e.g. ${fallback} or /var/lib/guidepress/${path.basename(fallback)}`).default(fallback).transform((dir) => path.resolve(dir))

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PAYLOAD_SECRET: z.string().optional(),
    DATABASE_URL: z
      .string()
      .default('file:./data/guidepress.db')
      .refine((url) => schemes.some((s) => url.startsWith(s)), {
        message: `DATABASE_URL must start with one of ${schemes.join(', ')} (e.g. file:./data/guidepress.db or mongodb://localhost:27017/guidepress)`,
      }),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url({ message: 'CORS_ORIGINS must be a comma-separated list of origins like https://example.org' }))),
    MEDIA_DIR: folder('MEDIA_DIR', 'media/uploads'),
    // Origins whose pages may read /delivery/v1 from the browser (CORS). Empty: CORS_ORIGINS.
    DELIVERY_CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url({ message: 'DELIVERY_CORS_ORIGINS must be a comma-separated list of origins like https://example.org' }))),
    // Requests per minute one address may make to /delivery/v1 (0: no limit). A site's build asks for tens, a crawler about one a second.
    DELIVERY_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
    PUBLICATIONS_DIR: folder('PUBLICATIONS_DIR', 'media/publications'),
    UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
    SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    JOBS_AUTORUN: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    // The server delivers queued webhooks every second (a queue of its own, so a long rebuild never delays them).
    WEBHOOKS_AUTORUN: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    // Webhooks go to public internet addresses only, unless the operator allows private, loopback and link-local ones.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    // Attempts per delivery, the first included; the waits between them double from WEBHOOK_RETRY_DELAY_SECONDS (30 s … ≈ 8.5 h: ≈ 17 h in all).
    WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(12),
    WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().positive().max(3600).default(30),
    // A directory service not verified for this many days is flagged to editors, hidden from the public API and left out of printed directories.
    SERVICE_VERIFICATION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    RENDER_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
    // The press edition (npm run publish -- --press, or a guide's "Press edition" setting): paper thickness per leaf
    // (two pages) and of the cover board, which give the spine's width, and the CMYK output intent's profile and condition.
    PRESS_PAPER_MM_PER_LEAF: z.coerce.number().positive().max(1).default(0.1),
    PRESS_COVER_MM: z.coerce.number().min(0).max(5).default(0.4),
    PRESS_ICC_PATH: z.string().trim().min(1).default('/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc').transform((p) => path.resolve(p)),
    PRESS_OUTPUT_CONDITION_ID: z.string().trim().min(1).default('FOGRA39'),
    PRESS_OUTPUT_CONDITION: z.string().trim().min(1).default('Offset printing, coated paper, ISO 12647-2:2004 (ISO Coated v2 300%)'),
    // The browser that prints; empty: Debian's Chromium where apt puts it.
    CHROMIUM_PATH: z.string().trim().optional().transform((p) => (p ? path.resolve(p) : undefined)),
    // The demo accounts' password: given here, or generated once into DEMO_PASSWORD_FILE beside the database.
    DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD must be at least 8 characters').optional(),
    DEMO_PASSWORD_FILE: z.string().trim().min(1).default('data/demo-password.txt').transform((file) => path.resolve(file)),
    // Set by scripts/serve.ts, never by hand: this process is the server (it runs the queues and the withdrawal sweep).
    GUIDEPRESS_SERVER: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
    // How long the server keeps Chromium open after a publishing job, for the next one.
    PRINT_BROWSER_IDLE_SECONDS: z.coerce.number().int().positive().default(60),
    // Editions printed at once, each in its own Chromium renderer (≈ 70 MB and up to a core each): 2 where there are two cores or more.
    PRINT_LANES: z.coerce.number().int().min(1).max(8).default(Math.min(2, os.availableParallelism())),
    // How often the server checks that no PDF on disk prints a quote that may no longer be printed.
    WITHDRAWAL_SWEEP_SECONDS: z.coerce.number().int().min(1).max(60).default(15),
    XLIFF_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
    PUBLISH_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    // Every request gets this long to be answered; after it the server answers 503 and closes the connection.
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    // On SIGTERM, running requests get this long to finish before their connections are closed (the process exits within 10 s).
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(8000).default(5000),
    // Login throttling: failed logins per account from one address, and per address over all accounts, in LOGIN_WINDOW_SECONDS.
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(50),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(15 * 60),
    // The first wait once a limit is reached; it doubles with each further block, up to an hour.
    LOGIN_BACKOFF_SECONDS: z.coerce.number().int().positive().default(60),
    // Behind a reverse proxy: which hops to trust for the client address (Express's `trust proxy`): false, a hop count, or addresses/subnets.
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((v): boolean | number | string[] => (v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v.split(',').map((s) => s.trim()).filter(Boolean))),
    // GraphQL cost limits: aliases, selection depth and graphql-armor's cost. MAX_DOCUMENTS_PER_REQUEST bounds REST's `limit` and,
    // in GraphQL, the sum of the limits a query asks for (nested lists multiplied).
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(10),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
    // At least 250: the admin's list view loads the titles of related documents with limit=250.
    MAX_DOCUMENTS_PER_REQUEST: z.coerce.number().int().positive().default(250),
    GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
    // JSON request bodies nested deeper than this are refused before Payload reads them.
    JSON_MAX_DEPTH: z.coerce.number().int().min(8).default(64),
    // The languages whose incomplete translations may be published: `*` (all) or a list like `en,id`.
    PUBLISH_INCOMPLETE_LOCALES: z
      .string()
      .default('*')
      .transform((value, ctx): readonly LocaleCode[] => {
        const listed = value.split(',').map((s) => s.trim()).filter(Boolean)
        if (listed.length === 0 || listed.includes('*')) return localeCodes
        const unknown = listed.filter((code) => !(localeCodes as readonly string[]).includes(code))
        if (unknown.length) ctx.addIssue({ code: 'custom', message: `PUBLISH_INCOMPLETE_LOCALES names unknown language(s) ${unknown.join(', ')}; use * or a comma-separated list of ${localeCodes.join(', ')}` })
        return listed as LocaleCode[]
      }),
  })
  .transform((env, ctx) => {
    const secret = env.PAYLOAD_SECRET?.trim()
    if (env.NODE_ENV === 'production' && (!secret || secret === DEV_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message:
          'PAYLOAD_SECRET is missing or still the development default. Set it to a long random string, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32), in .env or the environment.',
      })
      return z.NEVER
    }
    return {
      ...env,
      PAYLOAD_SECRET: secret || DEV_SECRET,
      PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      DELIVERY_CORS_ORIGINS: env.DELIVERY_CORS_ORIGINS.length ? env.DELIVERY_CORS_ORIGINS : env.CORS_ORIGINS,
    }
  })

export type Env = z.output<typeof envSchema>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || 'environment'}: ${i.message}`)
    throw new ConfigError(`guidepress cannot start: the configuration is invalid.\n${lines.join('\n')}`)
  }
  return result.data
}

/** The environment the config was built from (kept server-side in config.custom): jobs and endpoints read it here, never parse it again. */
export function envOf(payload: Payload): Env {
  const env = (payload.config.custom as { env?: Env } | undefined)?.env
  if (!env) throw new ConfigError('The Payload config carries no parsed environment (config.custom.env); build it with payload.config.ts.')
  return env
}
