import { describe, expect, it } from 'vitest'
import { LoginThrottle } from '../../src/auth/loginThrottle'

const limits = { maxFailures: 2, maxFailuresPerIp: 100, windowSeconds: 600, backoffSeconds: 1 }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('login throttle', () => {
  it('lets an address fail a few times on an account, then makes it wait, doubling the wait each time', async () => {
    const throttle = new LoginThrottle(limits)
    expect([await throttle.attempt('10.0.0.1', 'a@x.org'), await throttle.attempt('10.0.0.1', 'a@x.org')]).toEqual([0, 0])
    expect(await throttle.attempt('10.0.0.1', 'a@x.org')).toBe(1)
    expect(await throttle.attempt('10.0.0.1', 'a@x.org')).toBeGreaterThan(0)
    await sleep(1100)
    expect([await throttle.attempt('10.0.0.1', 'a@x.org'), await throttle.attempt('10.0.0.1', 'a@x.org')]).toEqual([0, 0])
    expect(await throttle.attempt('10.0.0.1', 'a@x.org')).toBe(2)
  })

  it('does not hold one address against the same account from another', async () => {
    const throttle = new LoginThrottle(limits)
    for (let i = 0; i < 5; i++) await throttle.attempt('10.0.0.1', 'a@x.org')
    expect(await throttle.attempt('10.0.0.2', 'A@x.org ')).toBe(0)
  })

  it('forgives an account its failures from an address once it logs in', async () => {
    const throttle = new LoginThrottle(limits)
    await throttle.attempt('10.0.0.1', 'a@x.org')
    await throttle.attempt('10.0.0.1', 'a@x.org')
    await throttle.succeeded('10.0.0.1', 'a@x.org')
    expect(await throttle.attempt('10.0.0.1', 'a@x.org')).toBe(0)
  })

  it('limits one address over all accounts', async () => {
    const throttle = new LoginThrottle({ ...limits, maxFailuresPerIp: 3 })
    const waits = []
    for (const email of ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org']) waits.push(await throttle.attempt('10.0.0.9', email))
    expect(waits).toEqual([0, 0, 0, 1])
    expect(await throttle.attempt('10.0.0.9', 'e@x.org')).toBeGreaterThan(0)
  })
})
