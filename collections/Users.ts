import type { CollectionConfig } from 'payload'
import { fieldIsAdmin, isAdmin, userIsAdmin } from '../src/access/roles'
import { translationLocales } from '../src/i18n/locales'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'languages'], group: 'Admin' },
  access: {
    // Staff see their own account; admins manage everyone.
    read: ({ req }) => (userIsAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: isAdmin,
    update: ({ req }) => (userIsAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: isAdmin,
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
}
