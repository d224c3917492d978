'use client'
// Above every translatable document, for translators: why some fields cannot be changed here.
// Shared fields (guide, order, slug, consent…) are the same in every language and editors change
// them; English is the source text; another translator's language is theirs. The same reasons the
// API gives when it refuses such a change.
import { useAuth, useLocale } from '@payloadcms/ui'

type Translator = { roles?: string[]; languages?: string[] }

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderLeft: '4px solid var(--theme-success-500)', borderRadius: 4, padding: '10px 14px', margin: '0 0 var(--base)', fontSize: 13 }

export function TranslatorNotice() {
  const { user } = useAuth<Translator>()
  const locale = useLocale()
  const roles = user?.roles ?? []
  if (!user || !roles.includes('translator') || roles.includes('editor') || roles.includes('admin')) return null
  const languages = user.languages ?? []
  const label = typeof locale.label === 'string' ? locale.label : locale.code
  const reason =
    locale.code === 'en'
      ? 'English is the source text: you can read it here but not change it. Switch the locale (top right) to one of your languages to translate.'
      : languages.includes(locale.code)
        ? `You are translating into ${label}. Fields marked “— ${label}” are yours to edit and save as a draft; the others (such as the guide, order, part, slug or consent) are shared by every language, so only an editor changes them, and an editor publishes.`
        : `${label} is not one of your languages (${languages.join(', ') || 'none yet: ask an admin'}), so its fields are read-only for you.`
  return (
    <div className="translator-notice" data-reason={locale.code === 'en' ? 'source' : languages.includes(locale.code) ? 'own' : 'other'} style={box}>
      {reason}
    </div>
  )
}
