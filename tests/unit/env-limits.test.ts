import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../src/env'

describe('configuration of request limits and login throttling', () => {
  it('has defaults that match the README', () => {
    const env = parseEnv({})
    expect(env.REQUEST_TIMEOUT_MS).toBe(30_000)
    expect(env.SHUTDOWN_GRACE_MS).toBe(5000)
    expect([env.LOGIN_MAX_FAILURES, env.LOGIN_MAX_FAILURES_PER_IP, env.LOGIN_WINDOW_SECONDS, env.LOGIN_BACKOFF_SECONDS]).toEqual([5, 50, 900, 60])
    expect([env.MAX_DOCUMENTS_PER_REQUEST, env.GRAPHQL_MAX_ALIASES, env.GRAPHQL_MAX_DEPTH, env.GRAPHQL_MAX_COST, env.JSON_MAX_DEPTH]).toEqual([250, 10, 10, 5000, 64])
    expect(env.TRUST_PROXY).toBe(false)
  })

  it('reads TRUST_PROXY as Express does: a hop count, or addresses and subnets', () => {
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1)
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8'])
  })

  it('refuses a shutdown grace that would not fit in the 10 s the process has to stop', () => {
    expect(() => parseEnv({ SHUTDOWN_GRACE_MS: '9500' })).toThrow(/SHUTDOWN_GRACE_MS/)
    expect(() => parseEnv({ LOGIN_MAX_FAILURES: '0' })).toThrow(/LOGIN_MAX_FAILURES/)
  })
})
