import React from 'react'

const link: React.CSSProperties = { display: 'block', padding: '8px 0', textDecoration: 'none' }

/** Links to the translation pages below the collections in the admin navigation. */
export function TranslationNavLink() {
  return (
    <>
      <a href="/admin/translation-progress" style={link}>
        Translation progress
      </a>
      <a href="/admin/xliff" style={link}>
        XLIFF exchange
      </a>
    </>
  )
}
