import type { PayloadRequest } from 'payload'

/**
 * Runs nested Local API calls that share `req` (and so its transaction) without letting them
 * change the request's locale: Payload sets req.locale to the locale of any call given that req,
 * which would make the rest of the outer operation write into the wrong language.
 */
export async function keepLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
