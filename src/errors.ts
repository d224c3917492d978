// API errors guidepress raises itself. Names are explicit because the production bundle minifies
// class names, and Payload only forwards an error's message when it has a name or data.
import { APIError } from 'payload'

export class GuidepressError extends APIError {
  constructor(message: string, status: 400 | 403 | 409 | 413, field?: string) {
    super(message, status, field ? { errors: [{ path: field, message }] } : null, true)
    this.name = status === 403 ? 'Forbidden' : 'ValidationError'
  }
}
