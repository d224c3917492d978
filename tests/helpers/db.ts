// Reads the test SQLite file directly, to prove what was (not) written.
import { createClient, type Client } from '@libsql/client'
import { inject } from 'vitest'

let client: Client | undefined

export function db(): Client {
  client ??= createClient({ url: `file:${inject('dbFile')}` })
  return client
}

export async function countRows(table: string): Promise<number> {
  const result = await db().execute(`SELECT COUNT(*) AS n FROM "${table}"`)
  return Number(result.rows[0].n)
}

/** A fingerprint of every content table: row counts, to compare before and after a bad request. */
export async function snapshot(): Promise<Record<string, number>> {
  const tables = await db().execute(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'payload_%' AND name NOT LIKE 'users_sessions%'`)
  const counts: Record<string, number> = {}
  for (const row of tables.rows) counts[String(row.name)] = await countRows(String(row.name))
  return counts
}
