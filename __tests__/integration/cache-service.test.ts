// actionsCacheService over the real @actions/cache 6.3.0, against a cache service on 127.0.0.1 that fails on
// purpose. GitHub's cache service cannot run here, so this small server speaks its v1 REST protocol (the one
// act's cache server implements; the act tier uses that one for the successful path) and answers each case
// the way a failing service would: a refused reservation, a server error, a failed upload, no service at all.
// Every one must come back "not saved"; only a committed upload is "saved". (A failed upload is the case where
// @actions/cache returns the reserved id, not -1.)

import { jest } from '@jest/globals'
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { actionsCacheService } from '../../src/actions/lib/cache-service.js'

type Mode = 'ok' | 'reserve-409' | 'reserve-500' | 'upload-400'

let mode: Mode = 'ok'
/** Keys whose upload was committed: a lookup finds them, as on the real service. */
const committed = new Set<string>()
let reserving = ''
const seen: string[] = []
let server: http.Server
let base: string
let dir: string
const saved = { ...process.env }

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    seen.push(`${req.method} ${url.pathname}`)
    const json = (status: number, body?: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(body === undefined ? '' : JSON.stringify(body))
    }
    let body = ''
    req.on('data', (c: Buffer) => (body += req.method === 'POST' ? c.toString() : ''))
    req.on('end', () => {
      const p = url.pathname.replace(/^\/_apis\/artifactcache\//, '')
      if (req.method === 'GET' && p === 'cache') {
        const key = (url.searchParams.get('keys') ?? '').split(',').find(k => committed.has(k))
        return key ? json(200, { cacheKey: key, archiveLocation: `${base}archive` }) : json(204)
      }
      if (req.method === 'POST' && p === 'caches') {
        if (mode === 'reserve-409') return json(409, { message: 'another job may be creating this cache' })
        if (mode === 'reserve-500') return json(500, { message: 'internal error' })
        reserving = String((JSON.parse(body || '{}') as { key?: string }).key)
        return json(201, { cacheId: 7 })
      }
      if (req.method === 'PATCH' && p === 'caches/7') return mode === 'upload-400' ? json(400) : json(204)
      if (req.method === 'POST' && p === 'caches/7') {
        committed.add(reserving)
        return json(204)
      }
      json(404)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-cache-service-'))
  await mkdir(path.join(dir, 'gocache'))
  await writeFile(path.join(dir, 'gocache', 'entry'), 'x'.repeat(4096))
  // @actions/cache reads the runner's variables itself; RUNNER_TEMP keeps its archives in our folder.
  process.env.RUNNER_TEMP = dir
  process.env.GITHUB_WORKSPACE = dir
  delete process.env.ACTIONS_RUNTIME_TOKEN
  delete process.env.ACTIONS_CACHE_SERVICE_V2
})

afterAll(async () => {
  process.env = saved
  await new Promise(resolve => server.close(resolve))
})

/** Run with @actions/core's workflow commands captured instead of printed. */
async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; printed: string }> {
  let printed = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    printed += chunk.toString()
    return true
  }) as typeof process.stdout.write)
  try {
    return { value: await fn(), printed }
  } finally {
    spy.mockRestore()
  }
}

async function save(url: string, m: Mode, key: string) {
  mode = m
  process.env.ACTIONS_CACHE_URL = url
  const service = actionsCacheService(process.env)
  expect(service.availability()).toEqual({ ok: true, protocol: 'v1' })
  return quietly(() => service.save([path.join(dir, 'gocache')], key))
}

test('a committed upload is saved (and the lookup after it found the key)', async () => {
  seen.length = 0
  const { value } = await save(base, 'ok', 'k-ok')
  expect(value).toEqual({ saved: true })
  expect(seen.at(-1)).toBe('GET /_apis/artifactcache/cache')
  expect(seen).toEqual(
    expect.arrayContaining(['POST /_apis/artifactcache/caches', 'PATCH /_apis/artifactcache/caches/7'])
  )
  expect(seen.at(-2)).toBe('POST /_apis/artifactcache/caches/7')
})

test.each([
  ['reserve-409', /another job may be creating this cache/],
  ['reserve-500', /reserve|500|internal error/i],
  ['upload-400', /400/]
] as const)('%s: not saved', async (m, logged) => {
  seen.length = 0
  const { value, printed } = await save(base, m, `k-${m}`)
  expect(value.saved).toBe(false)
  expect(value.reason).toMatch(m === 'upload-400' ? /does not have it after the save/ : /did not store it/)
  expect(printed).toMatch(logged)
})

test('no service listening: not saved', async () => {
  const closed = http.createServer()
  await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`
  await new Promise(resolve => closed.close(resolve))
  const { value, printed } = await save(url, 'ok', 'k-refused')
  expect(value.saved).toBe(false)
  expect(printed).toMatch(/ECONNREFUSED/)
})

test('a path that does not exist: saveCache throws, the service says not saved with its message', async () => {
  process.env.ACTIONS_CACHE_URL = base
  const { value } = await quietly(() =>
    actionsCacheService(process.env).save([path.join(dir, 'missing')], 'k-x')
  )
  expect(value.saved).toBe(false)
  expect(value.reason).toMatch(/Path Validation Error/)
})

test('restore: a miss is undefined', async () => {
  process.env.ACTIONS_CACHE_URL = base
  const { value } = await quietly(() =>
    actionsCacheService(process.env).restore([path.join(dir, 'gocache')], 'k-none', ['k-none-'])
  )
  expect(value).toBeUndefined()
})
