// Picks the database adapter from DATABASE_URL: file: → embedded SQLite, mongodb:// → MongoDB.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type MongooseAdapter, mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'
import { ConfigError } from './env'
import { migrations } from './migrations'

export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new ConfigError(
    `Unsupported DATABASE_URL "${url.split(':')[0]}:…". Use file:./data/guidepress.db (SQLite) or mongodb://host/db (MongoDB).`,
  )
}

/** Resolves a SQLite file URL against the working directory and makes sure its folder exists. */
export function sqliteFile(url: string): string {
  const file = path.resolve(url.slice('file:'.length))
  mkdirSync(path.dirname(file), { recursive: true })
  return file
}

export function databaseAdapter(url: string): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') return mongooseAdapter({ url })
  // Schema changes go through committed migrations in every mode (push off), so a development
  // database can never block production migrations with an interactive prompt.
  return yieldingBetweenCalls(
    sqliteAdapter({
      client: { url: `file:${sqliteFile(url)}` },
      push: false,
      migrationDir: path.resolve('src/migrations'),
      busyTimeout: 5000,
      wal: true,
    }),
  )
}

// The adapter's operations that run SQL.
const operations = [
  'count', 'countGlobalVersions', 'countVersions', 'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'find', 'findDistinct', 'findGlobal', 'findGlobalVersions', 'findOne', 'findVersions', 'queryDrafts', 'updateGlobal', 'updateGlobalVersion', 'updateJobs',
  'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

/**
 * The embedded SQLite driver (libsql) is synchronous behind its promises: a request made of many
 * queries held the event loop from its first query to its last, and nothing else was answered
 * meanwhile (one GraphQL request stalled /healthz for 50 s). Each operation first yields to the
 * event loop, so other requests are served between one request's queries.
 */
function yieldingBetweenCalls(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as unknown as Record<string, unknown>
      for (const name of operations) {
        const operation = db[name]
        if (typeof operation !== 'function') continue
        db[name] = async (...params: unknown[]) => {
          await new Promise((resolve) => setImmediate(resolve))
          return operation.apply(db, params)
        }
      }
      return db as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}

/**
 * Applies pending SQLite migrations on every start, in every mode. MongoDB has no schema to change;
 * its stored documents are brought to the current shape here instead.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return reshapeMongoDocuments(payload.db as unknown as MongooseAdapter)
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

/** Fields that became localized: a value stored before is the English one (idempotent). */
async function reshapeMongoDocuments(db: MongooseAdapter): Promise<void> {
  await db.collections.media.updateMany({ credit: { $type: 'string' } }, [{ $set: { credit: { en: '$credit' } } }])
}
