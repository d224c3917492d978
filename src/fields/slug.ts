// A URL-safe, unique, non-localized identifier field.
import type { TextField } from 'payload'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 120,
    admin: { position: 'sidebar', description: 'Lowercase letters, digits and hyphens, e.g. victim-identification.' },
    validate: (value: unknown) =>
      typeof value === 'string' && slugPattern.test(value)
        ? true
        : 'Use lowercase letters, digits and single hyphens only (e.g. victim-identification).',
    ...overrides,
  } as TextField
}
