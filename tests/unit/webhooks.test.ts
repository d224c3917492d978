// Webhook signing, sending and the public-address guard, without a database: a real receiver
// on 127.0.0.1 verifies what sendWebhook sends.
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { parseEnv } from '../../src/env'
import { isPublicAddress, NonPublicAddressError, publicOnlyLookup } from '../../src/webhooks/publicAddress'
import { generateWebhookSecret, webhookSecretProblem } from '../../src/webhooks/secret'
import { sendWebhook, WebhookSendError } from '../../src/webhooks/send'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver'

const body = JSON.stringify({ type: 'guide.unpublished', timestamp: '2026-11-30T12:00:00.000Z', data: { guide: 'child-victims' } })

describe('the public-address guard', () => {
  it('accepts public addresses and refuses private, loopback, link-local and other special ones', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111']) expect(isPublicAddress(address), address).toBe(true)
    const internal = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1']
    for (const address of internal) expect(isPublicAddress(address), address).toBe(false)
  })

  it('fails a lookup whose name resolves to a loopback address', async () => {
    const error = await new Promise<Error | null>((resolve) => publicOnlyLookup('localhost', { all: true }, (err) => resolve(err)))
    expect(error).toBeInstanceOf(NonPublicAddressError)
    expect(error?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a loopback address.*WEBHOOK_ALLOW_PRIVATE_NETWORKS=true/)
  })
})

describe('endpoint secrets', () => {
  it('generates Standard Webhooks secrets the library accepts', () => {
    const secret = generateWebhookSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    expect(webhookSecretProblem(secret)).toBeUndefined()
    expect(() => new Webhook(secret)).not.toThrow()
  })

  it('refuses malformed or short secrets without repeating them', () => {
    for (const secret of ['hunter2-hunter2-hunter2-hunter2', 'whsec_c2hvcnQ=', 'whsec_not base64!', `whsec_${Buffer.alloc(80).toString('base64')}`]) {
      const problem = webhookSecretProblem(secret)
      expect(problem, secret).toMatch(/whsec_.*base64 of 24 to 64 random bytes/)
      expect(problem).not.toContain(secret.slice(6))
    }
  })
})

describe('sending a webhook', () => {
  let receiver: Receiver
  const secret = generateWebhookSecret()
  beforeAll(async () => {
    receiver = await startReceiver()
    receiver.secret = secret
  })
  afterAll(() => receiver.close())

  it('POSTs the JSON body signed so that the standardwebhooks library verifies it', async () => {
    const result = await sendWebhook({ url: receiver.url, secret, id: 'msg_unit1', body }, { allowPrivateNetworks: true })
    expect(result.status).toBe(204)
    const got = receiver.received.at(-1)!
    expect(got.error).toBeUndefined()
    expect(got.event).toEqual(JSON.parse(body))
    expect(got.headers['webhook-id']).toBe('msg_unit1')
    expect(got.headers['content-type']).toBe('application/json')
    expect(got.headers['webhook-signature']).toMatch(/^v1,/)
    // Verification can fail: another secret does not verify the same request.
    expect(() => new Webhook(generateWebhookSecret()).verify(got.body, got.headers)).toThrow(/signature/i)
  })

  it('fails on a non-2xx answer, naming the status', async () => {
    receiver.answer = () => 500
    const error = await sendWebhook({ url: receiver.url, secret, id: 'msg_unit2', body }, { allowPrivateNetworks: true }).catch((e) => e)
    receiver.answer = () => 204
    expect(error).toBeInstanceOf(WebhookSendError)
    expect(error.message).toBe('The receiver answered HTTP 500 Internal Server Error')
    expect(error.status).toBe(500)
    expect(error.permanent).toBe(false)
  })

  it('refuses loopback receivers, by address and by name, when private networks are not allowed', async () => {
    const before = receiver.received.length
    const byAddress = await sendWebhook({ url: receiver.url, secret, id: 'msg_unit3', body }, { allowPrivateNetworks: false }).catch((e) => e)
    expect(byAddress).toBeInstanceOf(WebhookSendError)
    expect(byAddress.permanent).toBe(true)
    expect(byAddress.message).toMatch(/^127\.0\.0\.1, a loopback address: webhooks are only sent to public internet addresses/)
    const byName = await sendWebhook({ url: receiver.url.replace('127.0.0.1', 'localhost'), secret, id: 'msg_unit4', body }, { allowPrivateNetworks: false }).catch((e) => e)
    expect(byName.permanent).toBe(true)
    expect(byName.message).toMatch(/^localhost resolves to 127\.0\.0\.1, a loopback address/)
    expect(receiver.received.length).toBe(before)
  })

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const silent = net.createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/`
    const error = await sendWebhook({ url, secret, id: 'msg_unit5', body }, { allowPrivateNetworks: true, timeoutMs: 300 }).catch((e) => e)
    silent.close()
    expect(error).toBeInstanceOf(WebhookSendError)
    expect(error.message).toBe('No answer within 0.3 s')
  })
})

describe('webhook settings', () => {
  it('default to public addresses only, 12 attempts from 30 s, and can be set for tests', () => {
    const env = parseEnv({})
    expect(env.WEBHOOK_ALLOW_PRIVATE_NETWORKS).toBe(false)
    expect(env.WEBHOOKS_AUTORUN).toBe(true)
    expect(env.WEBHOOK_ATTEMPTS).toBe(12)
    expect(env.WEBHOOK_RETRY_DELAY_SECONDS).toBe(30)
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '0.2' })).toMatchObject({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: true, WEBHOOK_RETRY_DELAY_SECONDS: 0.2 })
    expect(() => parseEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS/)
    expect(() => parseEnv({ WEBHOOK_ATTEMPTS: '0' })).toThrow(/WEBHOOK_ATTEMPTS/)
  })
})
