// Counts the requests being answered, so a shutdown can let them finish up to a deadline; while
// the server drains, every answer closes its connection instead of keeping it alive.
import type { RequestHandler } from 'express'

export class InFlight {
  private count = 0
  private draining = false
  private readonly idle = new Set<() => void>()

  readonly track: RequestHandler = (_req, res, next) => {
    this.count++
    if (this.draining) res.set('connection', 'close')
    res.once('close', () => {
      this.count--
      if (this.count === 0) for (const resolve of this.idle) resolve()
    })
    next()
  }

  get size(): number {
    return this.count
  }

  /** Starts draining and resolves once no request is running, or after `deadlineMs`: true when all finished. */
  async drain(deadlineMs: number): Promise<boolean> {
    this.draining = true
    if (this.count === 0) return true
    let timer: NodeJS.Timeout | undefined
    let done: () => void = () => undefined
    const finished = new Promise<boolean>((resolve) => {
      done = () => resolve(true)
      this.idle.add(done)
      timer = setTimeout(() => resolve(false), deadlineMs)
    })
    const result = await finished
    clearTimeout(timer)
    this.idle.delete(done)
    return result
  }
}
