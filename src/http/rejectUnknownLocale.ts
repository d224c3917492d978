// Payload silently falls back to the default locale for an unknown ?locale=; a downstream site
// asking for a language we do not have should be told so instead.
import type { RequestHandler } from 'express'
import { localeCodes } from '../i18n/locales'

const accepted: Record<string, string[]> = {
  locale: [...localeCodes, 'all'],
  'fallback-locale': [...localeCodes, 'none', 'null', 'false'],
  fallbackLocale: [...localeCodes, 'none', 'null', 'false'],
}

export const rejectUnknownLocale: RequestHandler = (req, res, next) => {
  const query = new URL(req.originalUrl, 'http://localhost').searchParams
  for (const [param, allowed] of Object.entries(accepted)) {
    const value = query.get(param)
    if (value !== null && !allowed.includes(value)) {
      res.status(400).json({
        errors: [{ message: `Unknown ${param} "${value.slice(0, 40)}". Use one of: ${allowed.join(', ')}.`, field: param }],
      })
      return
    }
  }
  next()
}
