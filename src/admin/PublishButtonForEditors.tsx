'use client'
// Translators save drafts and editors publish: the admin shows translators no Publish button
// (the server refuses their publish anyway, with a message saying so).
import { PublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { userIsTranslator } from '../access/roles'

export function PublishButtonForEditors(props: PublishButtonClientProps) {
  const { user } = useAuth()
  if (userIsTranslator(user)) return null
  return <PublishButton {...props} />
}
