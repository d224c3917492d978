// The catalog of publishing errors: each says what happened and what to do. Names never change.
export const publishingErrors = {
  GuideNotPublished: 'Publish the guide in the admin panel, or check the slug (npm run publish -- --guide <slug>).',
  FacilitatorGuideNotPublished: 'Publish the facilitator guide and its practitioner guide in the admin panel, or check the slug (npm run publish -- --facilitator <slug>).',
  UnknownLocale: 'Use one of the configured locales (src/i18n/locales.ts).',
  MissingBlockConverter: 'Add a print converter for this block type in src/publishing/render/richText.ts.',
  MissingImageFile: 'Re-upload the image in the admin panel (Media), or restore the file into the media folder.',
  FontsMissing: 'Run npm ci in the project folder: the @fontsource packages are dependencies of guidepress.',
  BrowserUnavailable: 'Install Debian\'s Chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
  RenderTimeout: 'The document took too long to print. Try again; if it persists, look for very large images or tables.',
  BrowserCrashed: 'Chromium stopped while printing. The run retried once with a fresh browser; check memory and try again.',
  TableOfContentsUnresolved: 'A heading the table of contents points at is missing from the printed pages or kept moving. Check the chapter for hidden or empty headings, then publish again.',
  CrossReferenceUnresolved: 'Give the notepad or exercise the callout refers to that anchor (its Anchor field), or correct the callout\'s "Refers to" field, then publish again.',
  Cancelled: 'The run was interrupted. Nothing was replaced; run it again.',
  QuoteWithdrawn: 'A survivor quote this edition printed may no longer be printed (its consent changed, or it was unpublished or deleted) while the edition was being built. The edition was discarded; the rebuild already queued prints it without the quote.',
  PressToolMissing: 'Install Ghostscript and the CMYK profile (bash scripts/install-system-packages.sh), or point the press settings at an installed ICC profile.',
  PressConversionFailed: 'Ghostscript refused the press conversion; its message says which page or object. Check the press settings (ICC profile, bleed) and the images of the guide.',
  TranslationIncomplete: 'Approve the remaining items for this language (see /api/translation-progress), or allow incomplete editions for it (PUBLISH_INCOMPLETE_LOCALES).',
} as const

export type PublishingErrorName = keyof typeof publishingErrors

export class PublishingError extends Error {
  readonly hint: string
  constructor(
    readonly code: PublishingErrorName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = `PublishingError[${code}]`
    this.hint = publishingErrors[code]
  }
}
