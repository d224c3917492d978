// Named predicates on who is asking. Roles: admin, editor, translator; no user = the public.
import type { Access, FieldAccess, PayloadRequest } from 'payload'

export type Role = 'admin' | 'editor' | 'translator'

interface Staff {
  roles?: Role[] | null
  languages?: string[] | null
}

const rolesOf = (user: unknown): Role[] => ((user as Staff | null)?.roles ?? []) as Role[]

export const hasRole = (user: unknown, role: Role): boolean => rolesOf(user).includes(role)

export const userIsAdmin = (user: unknown): boolean => hasRole(user, 'admin')

/** Editors and admins manage content. */
export const userIsEditor = (user: unknown): boolean => userIsAdmin(user) || hasRole(user, 'editor')

export const userIsTranslator = (user: unknown): boolean => !userIsEditor(user) && hasRole(user, 'translator')

/** The locales a translator may write. */
export const translatorLocales = (user: unknown): string[] => (user as Staff | null)?.languages ?? []

export const isAdmin: Access = ({ req }) => userIsAdmin(req.user)
export const isEditor: Access = ({ req }) => userIsEditor(req.user)
export const isStaff: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

export const fieldIsEditor: FieldAccess = ({ req }) => userIsEditor(req.user)
export const fieldIsStaff: FieldAccess = ({ req }) => Boolean(req.user)
export const fieldIsAdmin: FieldAccess = ({ req }) => userIsAdmin(req.user)

/** A translator may write only in a locale they are assigned to, never in all locales at once. */
export const canTranslate = (req: PayloadRequest): boolean =>
  userIsTranslator(req.user) && typeof req.locale === 'string' && translatorLocales(req.user).includes(req.locale)
