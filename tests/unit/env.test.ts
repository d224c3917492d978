import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseKind } from '../../src/db'
import { ConfigError, DEV_SECRET, parseEnv } from '../../src/env'

describe('configuration', () => {
  it('defaults to the embedded SQLite file and port 3000', () => {
    const env = parseEnv({})
    expect(env.DATABASE_URL).toBe('file:./data/guidepress.db')
    expect(env.PORT).toBe(3000)
    expect(env.PUBLIC_URL).toBe('http://localhost:3000')
    expect(databaseKind(env.DATABASE_URL)).toBe('sqlite')
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(databaseKind('mongodb://localhost/guidepress')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.org/guidepress')).toBe('mongodb')
  })

  it('refuses other database schemes, naming the accepted ones', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://localhost/db' })).toThrow(/DATABASE_URL must start with one of file:, mongodb:\/\/, mongodb\+srv:\/\//)
    expect(() => databaseKind('mysql://x')).toThrow(ConfigError)
  })

  it('stops production without a real secret and says how to set one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET.*openssl rand -hex 32/s)
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: DEV_SECRET })).toThrow(/PAYLOAD_SECRET/)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a-real-secret-value' }).PAYLOAD_SECRET).toBe('a-real-secret-value')
  })

  it('uses the development secret outside production', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).PAYLOAD_SECRET).toBe(DEV_SECRET)
  })

  it('parses CORS origins and rejects malformed ones', () => {
    expect(parseEnv({ CORS_ORIGINS: 'https://a.example.org, https://b.example.org' }).CORS_ORIGINS).toEqual(['https://a.example.org', 'https://b.example.org'])
    expect(() => parseEnv({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/)
  })

  it('reads the languages that may publish incomplete editions, all by default, and names unknown ones', () => {
    expect(parseEnv({}).PUBLISH_INCOMPLETE_LOCALES).toEqual(['en', 'id', 'ms', 'vi', 'th'])
    expect(parseEnv({ PUBLISH_INCOMPLETE_LOCALES: '*' }).PUBLISH_INCOMPLETE_LOCALES).toEqual(['en', 'id', 'ms', 'vi', 'th'])
    expect(parseEnv({ PUBLISH_INCOMPLETE_LOCALES: 'en, vi' }).PUBLISH_INCOMPLETE_LOCALES).toEqual(['en', 'vi'])
    expect(() => parseEnv({ PUBLISH_INCOMPLETE_LOCALES: 'en,fr' })).toThrow(/PUBLISH_INCOMPLETE_LOCALES.*unknown language\(s\) fr.*en, id, ms, vi, th/)
  })

  it('resolves the media and publications folders once, and refuses an empty one', () => {
    const env = parseEnv({ PUBLICATIONS_DIR: 'out/pdfs' })
    expect(env.MEDIA_DIR).toBe(path.resolve('media/uploads'))
    expect(env.PUBLICATIONS_DIR).toBe(path.resolve('out/pdfs'))
    expect(parseEnv({ MEDIA_DIR: '/srv/media' }).MEDIA_DIR).toBe('/srv/media')
    expect(() => parseEnv({ MEDIA_DIR: '  ' })).toThrow(/MEDIA_DIR must be a folder path/)
  })

  it('reads the browser, the demo password and the server flag here, not where they are used', () => {
    const env = parseEnv({})
    expect(env.CHROMIUM_PATH).toBeUndefined()
    expect(env.DEMO_PASSWORD).toBeUndefined()
    expect(env.DEMO_PASSWORD_FILE).toBe(path.resolve('data/demo-password.txt'))
    expect(env.GUIDEPRESS_SERVER).toBe(false)
    const set = parseEnv({ CHROMIUM_PATH: '/opt/chromium/chrome', DEMO_PASSWORD: 'long-enough-pw', GUIDEPRESS_SERVER: '1' })
    expect([set.CHROMIUM_PATH, set.DEMO_PASSWORD, set.GUIDEPRESS_SERVER]).toEqual(['/opt/chromium/chrome', 'long-enough-pw', true])
    expect(() => parseEnv({ DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD must be at least 8 characters/)
    expect(() => parseEnv({ GUIDEPRESS_SERVER: 'yes' })).toThrow(/GUIDEPRESS_SERVER/)
  })

  it('keeps the jobs\' browser open a minute after a print unless told otherwise', () => {
    expect(parseEnv({}).PRINT_BROWSER_IDLE_SECONDS).toBe(60)
    expect(parseEnv({ PRINT_BROWSER_IDLE_SECONDS: '5' }).PRINT_BROWSER_IDLE_SECONDS).toBe(5)
    expect(() => parseEnv({ PRINT_BROWSER_IDLE_SECONDS: '0' })).toThrow(/PRINT_BROWSER_IDLE_SECONDS/)
  })

  it('prints in two lanes where there are two cores or more, and takes 1 to 8', () => {
    expect(parseEnv({}).PRINT_LANES).toBe(Math.min(2, os.availableParallelism()))
    expect(parseEnv({ PRINT_LANES: '1' }).PRINT_LANES).toBe(1)
    expect(() => parseEnv({ PRINT_LANES: '0' })).toThrow(/PRINT_LANES/)
    expect(() => parseEnv({ PRINT_LANES: '9' })).toThrow(/PRINT_LANES/)
    expect(() => parseEnv({ PRINT_LANES: 'two' })).toThrow(/PRINT_LANES/)
  })

  it('rejects a port that is not a number', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/)
  })
})
