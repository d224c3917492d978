// A URL-safe, unique, non-localized identifier field.
import type { TextField } from 'payload'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** `reserved`: slugs this collection may not use (other parts of the system answer to them). */
export function slugField(overrides: Partial<TextField> = {}, { reserved = [] }: { reserved?: readonly string[] } = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 120,
    admin: { position: 'sidebar', description: 'Lowercase letters, digits and hyphens, e.g. victim-identification.' },
    validate: (value: unknown) =>
      typeof value === 'string' && reserved.includes(value)
        ? `"${value}" is reserved (${reserved.join(', ')}): choose another slug.`
        : typeof value === 'string' && slugPattern.test(value)
          ? true
          : 'Use lowercase letters, digits and single hyphens only (e.g. victim-identification).',
    ...overrides,
  } as TextField
}
