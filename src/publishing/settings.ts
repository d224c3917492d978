// What a publishing run needs from the installation, as plain values. The job and the scripts
// take them from the parsed environment and pass them in; nothing in publishing/ reads it.
import type { Env } from '../env'
import type { LocaleCode } from '../i18n/locales'

export interface PublishingSettings {
  mediaDir: string
  publicationsDir: string
  /** Where the server is reached: the PDFs' and the delivery API's links start with it. */
  publicUrl: string
  /** One print may take this long before it is abandoned (and retried once with a fresh browser). */
  timeoutMs: number
  /** Languages whose incomplete translations may still be published. */
  incompleteAllowed: readonly LocaleCode[]
}

export const publishingSettings = (env: Env): PublishingSettings => ({
  mediaDir: env.MEDIA_DIR,
  publicationsDir: env.PUBLICATIONS_DIR,
  publicUrl: env.PUBLIC_URL,
  timeoutMs: env.RENDER_TIMEOUT_MS,
  incompleteAllowed: env.PUBLISH_INCOMPLETE_LOCALES,
})

/** The printer's settings from the environment (the server keeps its browser open between jobs). */
export const printerSettings = (env: Env, { keepOpen = false } = {}) => ({
  executablePath: env.CHROMIUM_PATH,
  idleCloseMs: keepOpen ? env.PRINT_BROWSER_IDLE_SECONDS * 1000 : undefined,
})
