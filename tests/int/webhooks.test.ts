// Webhooks against real receivers: editors register endpoints, events are queued (never sent
// during the save), delivered signed so that the standardwebhooks library verifies them, in
// order, retried with backoff, given up after the last attempt, and never sent to loopback
// addresses unless the operator allows it. Webhook jobs run when the test asks (the shared
// server has WEBHOOKS_AUTORUN=false); one test lets a server's own cron deliver.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/chromium'
import { api, baseUrl, errorText, graphql } from '../helpers/api'
import { db } from '../helpers/db'
import { startOwnServer } from '../helpers/ownServer'
import { runScript } from '../helpers/scripts'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver'

const stamp = Date.now().toString(36)
const guides: { id: number | string; slug: string }[] = []
const endpoints: (number | string)[] = []
const receivers: Receiver[] = []
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function publishedGuide(): Promise<{ id: number | string; slug: string }> {
  // Series numbers 10–29 are this file's (seed 1–6, delivery 42, fixtures 50–89, xliff 90–91): files run in any order.
  const slug = `webhook-test-${stamp}-${guides.length + 1}`
  const res = await api('editor', '/api/guides', { method: 'POST', json: { slug, seriesNumber: 10 + guides.length, title: 'Webhook test guide', year: 2026, phase: 'two', _status: 'published' } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  guides.push({ id: res.body.doc.id, slug })
  return guides.at(-1)!
}

const unpublish = async (guide: { id: number | string }) => expect((await api('editor', `/api/guides/${guide.id}`, { method: 'PATCH', json: { _status: 'draft' } })).status).toBe(200)

/** A receiver and an endpoint for it, registered by an editor; the receiver learns the generated secret. */
async function registered(events: string[] = ['guide.unpublished']): Promise<{ receiver: Receiver; endpoint: any }> {
  const receiver = await startReceiver()
  receivers.push(receiver)
  const res = await api('editor', '/api/webhook-endpoints', { method: 'POST', json: { url: receiver.url, events, description: 'Test receiver' } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  receiver.secret = res.body.doc.secret
  endpoints.push(res.body.doc.id)
  return { receiver, endpoint: res.body.doc }
}

async function deliveriesOf(endpointId: number | string): Promise<any[]> {
  return (await api('editor', `/api/webhook-deliveries?where[endpoint][equals]=${endpointId}&sort=createdAt&depth=0&limit=100`)).body.docs
}

/** Runs the webhooks queue (as an editor may) until `done` says so, for at most `seconds`. */
async function runWebhooksUntil<T>(done: () => Promise<T | undefined | false>, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    const run = await api('editor', '/api/payload-jobs/run?queue=webhooks')
    expect(run.status, JSON.stringify(run.body)).toBe(200)
    const result = await done()
    if (result) return result
    await sleep(150)
  }
  throw new Error(`webhooks not done within ${seconds} s`)
}

afterEach(async () => {
  // Each test's endpoints stop receiving: the next test's events go only to its own receiver.
  for (const id of endpoints) await api('editor', `/api/webhook-endpoints/${id}`, { method: 'PATCH', json: { active: false } })
})

afterAll(async () => {
  for (const id of endpoints) await api('editor', `/api/webhook-endpoints/${id}`, { method: 'DELETE' })
  for (const guide of guides) await api('editor', `/api/guides/${guide.id}`, { method: 'DELETE' })
  // The test guides' queued rebuilds and any delivery still waiting for a retry are not other test files' business.
  await db().execute({ sql: `DELETE FROM payload_jobs WHERE input LIKE ? OR task_slug = 'deliverWebhook'`, args: [`%webhook-test-${stamp}%`] })
  await Promise.all(receivers.map((r) => r.close()))
})

describe('webhook endpoints', () => {
  it('lets an editor register an endpoint with a generated secret, and refuses addresses that are not http(s)', async () => {
    const { endpoint } = await registered()
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(endpoint.active).toBe(true)
    const count = async () => (await api('editor', '/api/webhook-endpoints?limit=1&depth=0')).body.totalDocs
    const before = await count()
    for (const url of ['ftp://x', 'javascript:alert(1)', 'not a url']) {
      const res = await api('editor', '/api/webhook-endpoints', { method: 'POST', json: { url, events: ['guide.unpublished'] } })
      expect(res.status, url).toBe(400)
      expect(errorText(res.body)).toMatch(/"path":"url"/)
      expect(errorText(res.body)).toMatch(/http (or|and) https/)
    }
    const badSecret = await api('editor', '/api/webhook-endpoints', { method: 'POST', json: { url: 'https://example.org/hook', events: ['guide.unpublished'], secret: 'whsec_dG9vLXNob3J0' } })
    expect(badSecret.status).toBe(400)
    expect(errorText(badSecret.body)).toMatch(/"path":"secret"/)
    expect(errorText(badSecret.body)).toMatch(/base64 of 24 to 64 random bytes/)
    expect(errorText(badSecret.body)).not.toContain('dG9vLXNob3J0')
    const noEvents = await api('editor', '/api/webhook-endpoints', { method: 'POST', json: { url: 'https://example.org/hook', events: [] } })
    expect(noEvents.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('shows translators and the public no endpoint, secret or delivery (REST, GraphQL, filters)', async () => {
    const { endpoint } = await registered()
    for (const role of ['public', 'translator-th'] as const) {
      for (const path of ['/api/webhook-endpoints', `/api/webhook-endpoints/${endpoint.id}`, '/api/webhook-endpoints?where[secret][like]=whsec', '/api/webhook-endpoints?sort=secret', '/api/webhook-deliveries']) {
        const res = await api(role, path)
        expect([401, 403, 404], `${role} ${path}`).toContain(res.status)
        expect(JSON.stringify(res.body)).not.toContain('whsec_')
      }
      const gql = await graphql(role, '{ WebhookEndpoints { docs { url secret } } WebhookDeliveries { docs { body } } }')
      expect(JSON.stringify(gql.body)).not.toContain('whsec_')
      expect(gql.body.data?.WebhookEndpoints ?? null).toBeNull()
      expect(gql.body.errors?.length).toBeGreaterThan(0)
      const single = await graphql(role, `{ WebhookEndpoint(id: ${JSON.stringify(endpoint.id)}) { secret } }`)
      expect(JSON.stringify(single.body)).not.toContain('whsec_')
      expect((await api(role, `/api/webhook-endpoints/${endpoint.id}`, { method: 'PATCH', json: { url: 'https://attacker.example/' } })).status).toBe(403)
      expect((await api(role, '/api/webhook-endpoints', { method: 'POST', json: { url: 'https://attacker.example/', events: ['content.withdrawn'] } })).status).toBe(403)
    }
    // The delivery log is the server's: not even an editor writes it.
    expect((await api('editor', '/api/webhook-deliveries', { method: 'POST', json: { event: 'guide.unpublished', webhookId: 'msg_x', body: '{}' } })).status).toBe(403)
  })
})

describe('webhook delivery', () => {
  it('queues an unpublished guide during the save and delivers it signed, verifiable with the secret only', async () => {
    const guide = await publishedGuide()
    const { receiver, endpoint } = await registered()
    await unpublish(guide)
    // Nothing is sent during the editor's save: the event waits in the log for the queue.
    const [queued] = await deliveriesOf(endpoint.id)
    expect(queued).toMatchObject({ event: 'guide.unpublished', status: 'pending', attempts: 0 })
    expect(receiver.received).toHaveLength(0)
    // Saving the guide again while unpublished announces nothing more.
    expect((await api('editor', `/api/guides/${guide.id}`, { method: 'PATCH', json: { title: 'Webhook test guide, edited', _status: 'draft' } })).status).toBe(200)
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1)

    await runWebhooksUntil(async () => receiver.received.length > 0)
    const [got] = receiver.received
    expect(got.error).toBeUndefined()
    expect(got.event).toMatchObject({ type: 'guide.unpublished', data: { guide: guide.slug } })
    expect(Date.parse(got.event!.timestamp)).toBeGreaterThan(Date.now() - 60_000)
    expect(got.headers['webhook-id']).toBe(queued.webhookId)
    expect(got.body).toBe(queued.body)
    // The check can fail: another secret does not verify the same request.
    const wrong = new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`)
    expect(() => wrong.verify(got.body, got.headers)).toThrow(/signature/i)

    const [delivered] = await deliveriesOf(endpoint.id)
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 204, lastError: null })
    expect(delivered.deliveredAt).toBeTruthy()
    // The endpoint's edit view lists its deliveries (a join).
    const withLog = await api('editor', `/api/webhook-endpoints/${endpoint.id}?depth=0`)
    expect(withLog.body.deliveries.docs).toEqual([delivered.id])
  })

  it('delivers several events to one endpoint in the order they happened', async () => {
    const three = [await publishedGuide(), await publishedGuide(), await publishedGuide()]
    const { receiver } = await registered()
    for (const guide of three) await unpublish(guide)
    await runWebhooksUntil(async () => receiver.received.length >= 3)
    expect(receiver.received.map((r) => r.error)).toEqual([undefined, undefined, undefined])
    expect(receiver.received.map((r) => r.event?.data.guide)).toEqual(three.map((g) => g.slug))
  })

  it('retries a receiver that answers 500 twice, then delivers; the log shows the attempts and the last error', async () => {
    const guide = await publishedGuide()
    const { receiver, endpoint } = await registered()
    receiver.answer = (n) => (n < 2 ? 500 : 200)
    await unpublish(guide)
    const retrying = await runWebhooksUntil(async () => (await deliveriesOf(endpoint.id)).find((d) => d.status === 'retrying'))
    expect(retrying).toMatchObject({ attempts: 1, lastStatus: 500, lastError: 'The receiver answered HTTP 500 Internal Server Error' })
    const delivered = await runWebhooksUntil(async () => (await deliveriesOf(endpoint.id)).find((d) => d.status === 'delivered'))
    expect(delivered).toMatchObject({ attempts: 3, lastStatus: 200, lastError: null })
    // One webhook-id for every attempt, each signed anew and verifiable.
    expect(receiver.received).toHaveLength(3)
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivered.webhookId]))
    expect(receiver.received.map((r) => r.error)).toEqual([undefined, undefined, undefined])
  })

  it('marks a delivery failed once a receiver that always fails has had every attempt (WEBHOOK_ATTEMPTS)', async () => {
    const guide = await publishedGuide()
    const { receiver, endpoint } = await registered()
    receiver.answer = () => 503
    await unpublish(guide)
    const failed = await runWebhooksUntil(async () => (await deliveriesOf(endpoint.id)).find((d) => d.status === 'failed'))
    expect(failed).toMatchObject({ attempts: 3, lastStatus: 503, lastError: 'The receiver answered HTTP 503 Service Unavailable' })
    expect(receiver.received).toHaveLength(3)
    // No further attempt after the last one.
    await api('editor', '/api/payload-jobs/run?queue=webhooks')
    await sleep(500)
    await api('editor', '/api/payload-jobs/run?queue=webhooks')
    expect(receiver.received).toHaveLength(3)
  })

  it("refuses a receiver on a loopback address when private networks are not allowed, in the server's own cron", async () => {
    const guide = await publishedGuide()
    const { receiver, endpoint } = await registered()
    const server = await startOwnServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false', WEBHOOKS_AUTORUN: 'true' })
    try {
      // Payload (and with it the jobs cron) starts on the server's first API request.
      expect((await fetch(`${server.url}/api/guides?limit=1&depth=0`)).status).toBe(200)
      await unpublish(guide)
      let delivery: any
      for (let i = 0; i < 100 && delivery?.status !== 'failed'; i++) {
        await sleep(200)
        ;[delivery] = await deliveriesOf(endpoint.id)
      }
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1 })
      expect(delivery.lastError).toMatch(/^127\.0\.0\.1, a loopback address: webhooks are only sent to public internet addresses .*WEBHOOK_ALLOW_PRIVATE_NETWORKS=true/)
      expect(receiver.received).toHaveLength(0)
      // The log names no secret.
      expect(server.output()).not.toContain(receiver.secret!.slice(6))
    } finally {
      await server.stop()
    }
  })

  it('announces edition.published with the new PDF once an edition is published', async () => {
    const { receiver } = await registered(['edition.published'])
    const run = runScript('publish', ['--guide', 'child-victims', '--locale', 'en', '--force'], inject('testEnv'))
    expect(run.status, run.stderr).toBe(0)
    await runWebhooksUntil(async () => receiver.received.length > 0)
    const guide = (await api('public', '/api/guides?where[slug][equals]=child-victims&depth=0')).body.docs[0]
    const current = (await api('public', `/api/publications?where[guide][equals]=${guide.id}&where[locale][equals]=en&depth=0`)).body.docs[0]
    const [got] = receiver.received
    expect(got.error).toBeUndefined()
    expect(got.event).toMatchObject({ type: 'edition.published', data: { guide: 'child-victims', locale: 'en', url: current.url, sha256: current.sha256, pages: current.pages, bytes: current.bytes } })
  })
})

describe('secrets', () => {
  it("never appear in the server's log", async () => {
    await sleep(500)
    const log = readFileSync(inject('serverLog'), 'utf8')
    const secrets = receivers.map((r) => r.secret).filter((secret): secret is string => Boolean(secret))
    expect(secrets.length).toBeGreaterThan(5)
    for (const secret of secrets) expect(log).not.toContain(secret.slice(6))
  })
})

describe('the delivery log in the admin', () => {
  let endpointId: number | string
  beforeAll(async () => {
    const guide = await publishedGuide()
    const { receiver, endpoint } = await registered()
    endpointId = endpoint.id
    receiver.answer = (n) => (n === 0 ? 500 : 204)
    await unpublish(guide)
    await runWebhooksUntil(async () => (await deliveriesOf(endpoint.id))[0]?.status === 'delivered')
    const other = await publishedGuide()
    receiver.answer = () => 500
    await unpublish(other)
    await runWebhooksUntil(async () => (await deliveriesOf(endpoint.id))[1]?.status === 'retrying')
  })

  it("an editor opens an endpoint and sees its deliveries with status, attempts and last error", async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.setViewport({ width: 1400, height: 1000 })
      await page.goto(`${baseUrl()}/admin/login`, { waitUntil: 'networkidle0' })
      await page.waitForSelector('input[name="email"]', { timeout: 20_000 })
      await page.type('input[name="email"]', 'editor@guidepress.local')
      await page.type('input[name="password"]', inject('password'))
      await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0', timeout: 30_000 }), page.click('button[type="submit"]')])
      await page.goto(`${baseUrl()}/admin/collections/webhook-endpoints/${endpointId}`, { waitUntil: 'networkidle0', timeout: 30_000 })
      await page.waitForFunction(() => /Delivered/.test(document.body.innerText) && /Retrying/.test(document.body.innerText), { timeout: 20_000 })
      const text = await page.evaluate(() => document.body.innerText)
      expect(text).toMatch(/Deliveries/)
      expect(text).toMatch(/The receiver answered HTTP 500 Internal Server Error/)
      expect(text).toMatch(/Attempts/)
      await page.screenshot({ path: path.join(os.tmpdir(), 'webhooks-admin.png'), fullPage: true })
    } finally {
      await browser.close()
    }
  })
})
