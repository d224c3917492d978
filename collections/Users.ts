import type { CollectionConfig } from 'payload'
import { fieldIsAdmin, isAdmin, userIsAdmin } from '../src/access/roles'
import { equalLoginTiming } from '../src/hooks/equalLoginTiming'
import { translationLocales } from '../src/i18n/locales'

/** Login cookies are `Secure` when the server is reached over https (`secureCookies`). */
export const Users = ({ secureCookies }: { secureCookies: boolean }): CollectionConfig => ({
  slug: 'users',
  auth: {
    // No lockout: ten bad passwords from a stranger would lock the real user out. Logins are
    // throttled per address and per account-from-an-address in front of Payload (src/http/loginThrottle.ts).
    maxLoginAttempts: 0,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  hooks: { beforeOperation: [equalLoginTiming] },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'languages'], group: 'Admin' },
  access: {
    // Staff see their own account; admins manage everyone.
    read: ({ req }) => (userIsAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: isAdmin,
    update: ({ req }) => (userIsAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: isAdmin,
    // Without this rule any logged-in user may unlock any account.
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['translator'],
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Translator', value: 'translator' },
      ],
      access: { create: fieldIsAdmin, update: fieldIsAdmin },
      saveToJWT: true,
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: translationLocales.map((code) => ({ label: code, value: code })),
      admin: { description: 'Languages this translator may write.' },
      access: { create: fieldIsAdmin, update: fieldIsAdmin },
      saveToJWT: true,
    },
  ],
})
