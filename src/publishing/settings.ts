// What a publishing run needs from the installation, as plain values. The job and the scripts
// take them from the parsed environment and pass them in; nothing in publishing/ reads it.
import type { Env } from '../env'
import type { LocaleCode } from '../i18n/locales'
import { defaultPressSettings, type PressSettings } from './press'

export interface PublishingSettings {
  mediaDir: string
  publicationsDir: string
  /** Where the server is reached: the PDFs' and the delivery API's links start with it. */
  publicUrl: string
  /** One print may take this long before it is abandoned (and retried once with a fresh browser). */
  timeoutMs: number
  /** Languages whose incomplete translations may still be published. */
  incompleteAllowed: readonly LocaleCode[]
  /** The press edition's trim, bleed, paper and output intent. */
  press: PressSettings
  /** A directory service whose last check is older than this many days is left out of printed directories. */
  verificationDays: number
}

export const publishingSettings = (env: Env): PublishingSettings => ({
  mediaDir: env.MEDIA_DIR,
  publicationsDir: env.PUBLICATIONS_DIR,
  publicUrl: env.PUBLIC_URL,
  timeoutMs: env.RENDER_TIMEOUT_MS,
  incompleteAllowed: env.PUBLISH_INCOMPLETE_LOCALES,
  verificationDays: env.SERVICE_VERIFICATION_DAYS,
  press: {
    ...defaultPressSettings,
    paper: { mmPerLeaf: env.PRESS_PAPER_MM_PER_LEAF },
    coverMm: env.PRESS_COVER_MM,
    outputIntent: { iccPath: env.PRESS_ICC_PATH, identifier: env.PRESS_OUTPUT_CONDITION_ID, condition: env.PRESS_OUTPUT_CONDITION },
  },
})

/** The printer's settings from the environment (the server keeps its browser open between jobs). */
export const printerSettings = (env: Env, { keepOpen = false } = {}) => ({
  executablePath: env.CHROMIUM_PATH,
  idleCloseMs: keepOpen ? env.PRINT_BROWSER_IDLE_SECONDS * 1000 : undefined,
  lanes: env.PRINT_LANES,
})
