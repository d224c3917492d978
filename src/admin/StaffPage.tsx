// The frame of guidepress's own admin pages: Payload's navigation and header around the content,
// for logged-in staff only (anyone else is sent to the login and back).
import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

/** Sends a visitor who is not logged in to the login page, returning to `path` afterwards. */
export function requireStaff({ initPageResult }: AdminViewServerProps, path: string) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`)
  return { req, admin, user: req.user }
}

export function StaffPage({ view, children }: { view: AdminViewServerProps; children: React.ReactNode }) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
