// Login throttling that a stranger cannot turn against a real user. Failures are counted per
// account *from one address* and per address over all accounts, never per account alone: ten
// bad passwords from an attacker slow down the attacker, not the account's owner elsewhere.
// Each time a limit is reached the wait doubles (LOGIN_BACKOFF_SECONDS, 2×, 4× … up to an hour).
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export interface LoginLimits {
  /** Failed logins allowed per account from one address in the window. */
  maxFailures: number
  /** Failed logins allowed from one address over all accounts in the window. */
  maxFailuresPerIp: number
  windowSeconds: number
  /** The first wait once a limit is reached. */
  backoffSeconds: number
}

const MAX_BACKOFF_SECONDS = 3600
const DAY = 24 * 3600

export class LoginThrottle {
  private readonly byAccount: RateLimiterMemory
  private readonly byIp: RateLimiterMemory
  // How often a key was blocked in the last day: the backoff's exponent.
  private readonly strikes = new RateLimiterMemory({ keyPrefix: 'login-strikes', points: Number.MAX_SAFE_INTEGER, duration: DAY })

  constructor(private readonly limits: LoginLimits) {
    this.byAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: limits.maxFailures, duration: limits.windowSeconds })
    this.byIp = new RateLimiterMemory({ keyPrefix: 'login-ip', points: limits.maxFailuresPerIp, duration: limits.windowSeconds })
  }

  /**
   * Counts an attempt before it is made (so parallel guesses count too), and says how many
   * seconds the caller must wait instead, or 0 when the attempt may go ahead.
   */
  async attempt(ip: string, email: string): Promise<number> {
    const account = accountKey(ip, email)
    const [accountWait, ipWait] = await Promise.all([this.blockedFor(this.byAccount, account), this.blockedFor(this.byIp, ip)])
    if (accountWait || ipWait) return Math.max(accountWait, ipWait)
    const [accountOver, ipOver] = await Promise.all([this.consume(this.byAccount, account), this.consume(this.byIp, ip)])
    const waits = await Promise.all([accountOver ? this.block(this.byAccount, account) : 0, ipOver ? this.block(this.byIp, `ip:${ip}`, ip) : 0])
    return Math.max(...waits)
  }

  /** A successful login: the account's failures from this address are forgiven, and the attempt is given back to the address. */
  async succeeded(ip: string, email: string): Promise<void> {
    const account = accountKey(ip, email)
    await Promise.all([this.byAccount.delete(account), this.strikes.delete(account), this.byIp.reward(ip, 1)])
  }

  private async blockedFor(limiter: RateLimiterMemory, key: string): Promise<number> {
    const state = await limiter.get(key)
    return state && state.consumedPoints > limiter.points ? seconds(state.msBeforeNext) : 0
  }

  /** true when this attempt went over the limit. */
  private async consume(limiter: RateLimiterMemory, key: string): Promise<boolean> {
    try {
      await limiter.consume(key)
      return false
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return true
      throw rejection
    }
  }

  private async block(limiter: RateLimiterMemory, strikeKey: string, key = strikeKey): Promise<number> {
    const { consumedPoints } = await this.strikes.penalty(strikeKey)
    const wait = Math.min(MAX_BACKOFF_SECONDS, this.limits.backoffSeconds * 2 ** (consumedPoints - 1))
    await limiter.block(key, wait)
    return wait
  }
}

const accountKey = (ip: string, email: string) => `${email.trim().toLowerCase()}|${ip}`
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))
