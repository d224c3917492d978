import React from 'react'

/** A link to the translation dashboard below the collections in the admin navigation. */
export function TranslationNavLink() {
  return (
    <a href="/admin/translation-progress" style={{ display: 'block', padding: '8px 0', textDecoration: 'none' }}>
      Translation progress
    </a>
  )
}
