// Every request ends: one still unanswered after the deadline gets a 503 saying so, and its
// connection is closed, so a slow or hostile request never holds a socket open past its budget.
import type { RequestHandler } from 'express'

/** `longer` gives named paths their own budget (running the publishing queue prints PDFs for minutes). */
export function requestDeadline(defaultMs: number, longer: Record<string, number> = {}): RequestHandler {
  return (req, res, next) => {
    const timeoutMs = longer[req.path] ?? defaultMs
    const timer = setTimeout(() => {
      if (res.writableEnded) return
      if (res.headersSent) {
        // Half an answer cannot be completed honestly: cut it so the client sees an error.
        res.destroy()
        return
      }
      res.status(503).set({ connection: 'close', 'retry-after': '5' }).json({
        errors: [{ message: `The request took longer than ${timeoutMs / 1000} s and was stopped. Ask for less (a smaller limit or depth, fewer fields) or try again later.` }],
      })
      // Whatever is still writing to this response (Next, Payload) writes into nothing from here.
      res.once('finish', () => req.socket.destroySoon())
    }, timeoutMs)
    timer.unref()
    res.once('close', () => clearTimeout(timer))
    next()
  }
}
