// Seeding is idempotent: a second run over the seeded database creates nothing.
import { describe, expect, it, inject } from 'vitest'
import { db, snapshot } from '../helpers/db'
import { runScript } from '../helpers/scripts'


describe('npm run seed', () => {
  it('stores every translation in its own locale', async () => {
    for (const table of ['guides_locales', 'chapters_locales', 'quotes_locales', 'exercises_locales', 'glossary_terms_locales', 'media_locales']) {
      const rows = await db().execute(`SELECT _locale AS locale, COUNT(*) AS n FROM ${table} GROUP BY _locale ORDER BY _locale`)
      expect(rows.rows.map((r) => String(r.locale)), table).toEqual(['en', 'id', 'ms', 'th', 'vi'])
    }
    const english = await db().execute(`SELECT title FROM chapters_locales WHERE _locale = 'en'`)
    for (const row of english.rows) expect(String(row.title), 'English titles are English').not.toMatch(/[\u0E00-\u0E7F]/)
  })

  it('creates nothing when run again over the seeded database', async () => {
    const before = await snapshot()
    expect(before.guides).toBeGreaterThanOrEqual(6)
    expect(before.chapters).toBeGreaterThanOrEqual(30)
    const run = runScript('seed', [], inject('testEnv'))
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/guide 6 access-to-remedies: already there/)
    expect(run.stdout).toMatch(/accounts: 0 created/)
    const after = await snapshot()
    for (const table of ['guides', 'chapters', 'quotes', 'exercises', 'legal_instruments', 'glossary_terms', 'users', 'media', 'guides_locales', 'chapters_locales']) {
      expect(after[table], table).toBe(before[table])
    }
  })
})
