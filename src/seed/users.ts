// Demo accounts, one per role and one translator per language.
import type { Payload } from 'payload'
import { translationLocales } from '../i18n/locales'

export interface DemoAccount {
  email: string
  name: string
  roles: ('admin' | 'editor' | 'translator')[]
  languages?: string[]
}

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@guidepress.local', name: 'Demo admin', roles: ['admin'] },
  { email: 'editor@guidepress.local', name: 'Demo editor', roles: ['editor'] },
  ...translationLocales.map((code) => ({
    email: `translator.${code}@guidepress.local`,
    name: `Demo translator (${code})`,
    roles: ['translator' as const],
    languages: [code],
  })),
]

/** Creates the demo accounts that do not exist yet; returns how many were created. */
export async function seedUsers(payload: Payload, password: string): Promise<number> {
  let created = 0
  for (const account of demoAccounts) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, depth: 0 })
    if (existing.docs.length > 0) continue
    await payload.create({ collection: 'users', data: { ...account, password } as never })
    created += 1
  }
  return created
}
