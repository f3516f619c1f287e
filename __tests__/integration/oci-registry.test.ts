// The registry client and the registry publisher against real docker-registry processes of the test's
// own (no rig, no dockerd, no root): anonymous, htpasswd and token (bearer) auth, uploads (monolithic and
// chunked), cross-repository mounts, re-pushes, and faults injected by a proxy in front of a registry.
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildLayer } from '../../src/oci/layer.js'
import { appendConfig, newImage, newIndex, type IndexValue } from '../../src/oci/image.js'
import { nodeOf, publishToRegistry } from '../../src/oci/publish.js'
import { RegistryClient, type RegistryClientOptions } from '../../src/oci/registry.js'
import { RegistrySource } from '../../src/oci/source.js'
import { describeImage, resolvePlatforms } from '../../src/oci/reader.js'
import { registryFailure } from '../../src/oci/errors.js'
import { parsePlatform } from '../../src/model/target.js'
import { parseRef, type Repository } from '../../src/model/image-ref.js'
import { UserError } from '../../src/util/errors.js'
import { DigestMismatchError } from '../../src/util/digest.js'
import { startRegistry, type RegistryProcess } from '../helpers/registry-process.js'
import { startTokenServer, type TokenServer } from '../helpers/token-server.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { testHost } from '../helpers/host.js'

const created = '2026-01-02T03:04:05Z'
const user = 'gantry'
const password = 'test-Pa55-word'

async function makeIndex(seed: string, size = 2000): Promise<IndexValue> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-layers-'))
  const images = []
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    // Incompressible-ish content of a given size, different per platform.
    const bytes = Buffer.alloc(size)
    for (let i = 0; i < size; i++) bytes[i] = (i * 2654435761 + seed.length * 97 + platform.length) & 0xff
    Buffer.from(`${seed} ${platform}`).copy(bytes)
    const layer = await buildLayer([{ path: '/app', mode: 0o755, content: bytes }], {
      mtime: new Date(created),
      dir,
      gzipLevel: 1
    })
    const config = appendConfig(undefined, {
      platform: parsePlatform(platform),
      created,
      layers: [{ layer, createdBy: 'app' }],
      entrypoint: ['/app']
    })
    images.push(newImage({ config, layers: [layer] }))
  }
  return newIndex(images)
}

function client(
  creds?: { username: string; password: string },
  extra: Partial<RegistryClientOptions> = {}
): RegistryClient {
  return new RegistryClient({ credentials: async () => creds, ...extra })
}

async function tagsOf(host: string, repo: string, creds?: string): Promise<string[]> {
  const res = await fetch(
    `http://${host}/v2/${repo}/tags/list`,
    creds ? { headers: { authorization: `Basic ${Buffer.from(creds).toString('base64')}` } } : {}
  )
  if (res.status === 404) return []
  return ((await res.json()) as { tags?: string[] }).tags ?? []
}

async function pushAndTag(c: RegistryClient, ref: string, index: IndexValue): Promise<string[]> {
  const r = parseRef(ref)
  return publishToRegistry(c, testHost(), nodeOf(index), { repositories: [], refs: [r], tag: true })
}

async function readBack(c: RegistryClient, repo: Repository, reference: string): Promise<string[]> {
  const source = new RegistrySource(c, repo)
  const images = await resolvePlatforms(
    source,
    reference,
    [parsePlatform('linux/amd64'), parsePlatform('linux/arm64')],
    'base'
  )
  const out: string[] = []
  for (const img of images)
    for (const l of img.layers) {
      let n = 0
      for await (const chunk of await l.open()) n += (chunk as Buffer).length
      out.push(`${img.config.architecture}:${n === l.size}`)
    }
  return out
}

describe('registry client against docker-registry (anonymous)', () => {
  let reg: RegistryProcess
  beforeAll(async () => {
    reg = await startRegistry()
  })
  afterAll(async () => reg?.stop())

  test('push by digest, then tags; read back and verify every layer; a re-push uploads nothing', async () => {
    const index = await makeIndex('anon')
    const host = testHost()
    const c = client()
    const refs = await publishToRegistry(c, host, nodeOf(index), {
      repositories: [],
      refs: [parseRef(`${reg.host}/app/one:1.0`), parseRef(`${reg.host}/app/one:latest`)],
      tag: true
    })
    expect(refs).toEqual([
      `${reg.host}/app/one:1.0@${index.digest}`,
      `${reg.host}/app/one:latest@${index.digest}`
    ])
    expect((await tagsOf(reg.host, 'app/one')).sort()).toEqual(['1.0', 'latest'])
    const repo = { registry: reg.host, path: 'app/one' }
    const d = await describeImage(new RegistrySource(c, repo), '1.0')
    expect(d.digest).toBe(index.digest)
    expect(d.platforms.map(p => p.digest)).toEqual(index.images.map(i => i.digest))
    expect(await readBack(c, repo, 'latest')).toEqual(['amd64:true', 'arm64:true'])
    // Re-push: every blob is there (HEAD), every manifest too.
    const again = testHost()
    await publishToRegistry(client(), again, nodeOf(index), {
      repositories: [],
      refs: [parseRef(`${reg.host}/app/one:1.0`)],
      tag: true
    })
    expect(again.logger.text()).toMatch(/0 blobs uploaded \(0 bytes\), 0 mounted, 4 already there/)
  })

  test('a second repository on the same registry mounts the blobs; chunked uploads', async () => {
    const index = await makeIndex('mount', 5000)
    const host = testHost()
    const c = client(undefined, { chunkSize: 1024 })
    await publishToRegistry(c, host, nodeOf(index), {
      repositories: [],
      refs: [parseRef(`${reg.host}/app/first:1`), parseRef(`${reg.host}/app/second:1`)],
      tag: true
    })
    const lines = host.logger.text().split('\n')
    expect(lines.find(l => l.includes('app/first@'))).toMatch(/4 blobs uploaded/)
    expect(lines.find(l => l.includes('app/second@'))).toMatch(/0 blobs uploaded \(0 bytes\), 4 mounted/)
    expect(await readBack(client(), { registry: reg.host, path: 'app/second' }, '1')).toEqual([
      'amd64:true',
      'arm64:true'
    ])
  })

  test('a missing image is a UserError naming the registry; a missing platform lists what there is', async () => {
    const c = client()
    const err = registryFailure(
      await describeImage(new RegistrySource(c, { registry: reg.host, path: 'no/such' }), 'v1').catch(e => e),
      { operation: 'read the base image', input: 'base' }
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(
      new RegExp(
        `^base: read the base image: ${reg.host.replace(/\./g, '\\.')} has no such (image|repository)`
      )
    )
    await pushAndTag(c, `${reg.host}/app/plat:1`, await makeIndex('plat'))
    await expect(
      resolvePlatforms(
        new RegistrySource(c, { registry: reg.host, path: 'app/plat' }),
        '1',
        [parsePlatform('linux/arm/v7')],
        'base'
      )
    ).rejects.toThrow(/has no linux\/arm\/v7 image; it has linux\/amd64, linux\/arm64/)
  })
})

describe('registry client: basic auth (htpasswd)', () => {
  let reg: RegistryProcess
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'htpasswd', user, password })
  })
  afterAll(async () => reg?.stop())

  test('right credentials push; wrong ones are a UserError that never shows the password', async () => {
    await pushAndTag(
      client({ username: user, password }),
      `${reg.host}/app/basic:1`,
      await makeIndex('basic')
    )
    expect(await tagsOf(reg.host, 'app/basic', `${user}:${password}`)).toEqual(['1'])
    const wrong = 'wrong-Secret-123'
    const err = registryFailure(
      await pushAndTag(
        client({ username: user, password: wrong }),
        `${reg.host}/app/basic:2`,
        await makeIndex('basic2')
      ).catch(e => e),
      { operation: `push ${reg.host}/app/basic`, input: 'images', publishing: true }
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/refused access \(HTTP 401.*Nothing was tagged/)
    expect((err as Error).message).not.toContain(wrong)
    await expect(
      client({ username: user, password: wrong }).checkLogin(reg.host, 'password')
    ).rejects.toThrow(/^password: .* refused the username and password/)
    await client({ username: user, password }).checkLogin(reg.host, 'password')
  })
})

describe('registry client: bearer tokens (docker-registry in token mode, a token server of the test)', () => {
  let ts: TokenServer
  let reg: RegistryProcess
  beforeAll(async () => {
    ts = await startTokenServer({ user, password })
    reg = await startRegistry({
      kind: 'token',
      realm: ts.realm,
      service: ts.service,
      issuer: ts.issuer,
      certFile: ts.certFile
    })
  })
  afterAll(async () => {
    await reg?.stop()
    await ts?.stop()
  })

  test('the challenge flow end to end: push, mount, pull with tokens scoped to each repository', async () => {
    ts.requests.length = 0
    const c = client({ username: user, password })
    const index = await makeIndex('bearer')
    const host = testHost()
    await publishToRegistry(c, host, nodeOf(index), {
      repositories: [],
      refs: [parseRef(`${reg.host}/org/a:1`), parseRef(`${reg.host}/org/b:1`)],
      tag: true
    })
    expect(host.logger.text()).toMatch(/org\/b@sha256:\w+: 0 blobs uploaded \(0 bytes\), 4 mounted/)
    expect(ts.requests.every(r => r.authenticated && r.service === ts.service)).toBe(true)
    const scopes = ts.requests.flatMap(r => r.scopes)
    expect(scopes).toContain('repository:org/a:pull,push')
    expect(scopes).toContain('repository:org/a:pull')
    expect(scopes).toContain('repository:org/b:pull,push')
    expect(
      await readBack(client({ username: user, password }), { registry: reg.host, path: 'org/b' }, '1')
    ).toEqual(['amd64:true', 'arm64:true'])
    // The registry itself refuses a request without a token.
    expect((await fetch(`http://${reg.host}/v2/org/a/tags/list`)).status).toBe(401)
    await client({ username: user, password }).checkLogin(reg.host, 'password')
  })

  test('wrong credentials and a token server that refuses: UserErrors, nothing tagged', async () => {
    const wrong = 'not-the-Password-9'
    const e1 = registryFailure(
      await pushAndTag(
        client({ username: user, password: wrong }),
        `${reg.host}/org/c:1`,
        await makeIndex('c')
      ).catch(e => e),
      { operation: 'push', input: 'images', publishing: true }
    )
    expect((e1 as Error).message).toMatch(
      /the token server http:\/\/127\.0\.0\.1:\d+ refused the credentials for 127\.0\.0\.1:\d+ \(HTTP 401\)\. Nothing was tagged\./
    )
    expect((e1 as Error).message).not.toContain(wrong)
    await expect(
      client({ username: user, password: wrong }).checkLogin(reg.host, 'password')
    ).rejects.toThrow(/refused the username and password/)
    ts.mode = 'refuse'
    try {
      const e2 = registryFailure(
        await pushAndTag(
          client({ username: user, password }),
          `${reg.host}/org/c:1`,
          await makeIndex('c')
        ).catch(e => e),
        { operation: 'push', input: 'images', publishing: true }
      )
      expect(e2).toBeInstanceOf(UserError)
      expect((e2 as Error).message).toMatch(/token server .* refused/)
    } finally {
      ts.mode = 'grant'
    }
    const tags = await client({ username: user, password }).listTags({ registry: reg.host, path: 'org/c' })
    expect(tags).toEqual([])
  })
})

describe('registry faults (a fault-injecting proxy in front of a registry)', () => {
  let reg: RegistryProcess
  let proxy: FaultProxy
  const fast: Partial<RegistryClientOptions> = {
    timeouts: { connectMs: 2000, headersMs: 2000, idleMs: 2000 },
    retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 2000, attemptTimeoutMs: 3000 },
    operationTimeoutMs: 10_000
  }
  beforeAll(async () => {
    reg = await startRegistry()
    proxy = await startFaultProxy(reg.host)
  })
  afterAll(async () => {
    await proxy?.stop()
    await reg?.stop()
  })
  beforeEach(() => {
    proxy.rules = []
    proxy.log.length = 0
  })

  async function attempt(repo: string, seed: string): Promise<{ err: unknown; ms: number }> {
    const start = Date.now()
    const err = await pushAndTag(
      client(undefined, fast),
      `${proxy.host}/${repo}:1`,
      await makeIndex(seed)
    ).then(
      () => undefined,
      e => registryFailure(e, { operation: `push ${proxy.host}/${repo}`, input: 'images', publishing: true })
    )
    return { err, ms: Date.now() - start }
  }

  test('500 twice, then OK: succeeds', async () => {
    proxy.rules = [{ method: 'PUT', path: /\/manifests\//, fault: { kind: 'status', status: 500 }, times: 2 }]
    const { err } = await attempt('f/flaky', 'flaky')
    expect(err).toBeUndefined()
    expect(proxy.log.filter(l => l.endsWith('status 500'))).toHaveLength(2)
    expect(await tagsOf(reg.host, 'f/flaky')).toEqual(['1'])
  })

  test.each([
    ['500 always', { kind: 'status', status: 500 } as const, /4 attempts, last: it answered HTTP 500/],
    ['a connection reset', { kind: 'reset' } as const, /last: the connection was reset/],
    ['accept and hang', { kind: 'hang' } as const, /last: it timed out|gave up after \d+ s/]
  ])(
    '%s: a UserError naming the registry, bounded in time, nothing tagged; a re-run succeeds',
    async (_name, fault, message) => {
      const repo = `f/${fault.kind}`
      proxy.rules = [{ path: /\/blobs\/uploads\//, fault }]
      const { err, ms } = await attempt(repo, fault.kind)
      expect(err).toBeInstanceOf(UserError)
      expect((err as UserError).message).toMatch(
        new RegExp(
          `^images: push ${proxy.host}/${repo}: registry ${proxy.host.replace(/\./g, '\\.')} failed: `
        )
      )
      expect((err as UserError).message).toMatch(message)
      expect((err as UserError).message).toMatch(/Nothing was tagged\./)
      expect((err as UserError).message).not.toMatch(/bug/)
      expect(ms).toBeLessThan(30_000)
      expect(await tagsOf(reg.host, repo)).toEqual([])
      proxy.rules = []
      expect((await attempt(repo, fault.kind)).err).toBeUndefined()
      expect(await tagsOf(reg.host, repo)).toEqual(['1'])
    }
  )

  test('429 with Retry-After: waits as asked, then succeeds', async () => {
    proxy.rules = [
      {
        method: 'PUT',
        path: /\/manifests\//,
        fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
        times: 1
      }
    ]
    const { err, ms } = await attempt('f/limited', 'limited')
    expect(err).toBeUndefined()
    expect(ms).toBeGreaterThanOrEqual(1000)
    expect(proxy.log.filter(l => l.endsWith('status 429'))).toHaveLength(1)
  })

  test('a blob served with other bytes than its digest is refused', async () => {
    const index = await makeIndex('corrupt')
    await pushAndTag(client(), `${reg.host}/f/corrupt:1`, index)
    proxy.rules = [{ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'corrupt' } }]
    const c = client(undefined, fast)
    const [img] = await resolvePlatforms(
      new RegistrySource(c, { registry: proxy.host, path: 'f/corrupt' }),
      '1',
      [parsePlatform('linux/amd64')],
      'base'
    ).catch(e => {
      // The config itself is a blob: its read is refused first.
      expect(e).toBeInstanceOf(DigestMismatchError)
      return [undefined]
    })
    if (img) {
      const read = async (): Promise<void> => {
        for await (const _ of await img.layers[0].open()) void _
      }
      await expect(read()).rejects.toBeInstanceOf(DigestMismatchError)
    }
    const mapped = registryFailure(new DigestMismatchError('sha256:a', 'sha256:b', 'x'), {
      operation: 'read',
      input: 'base'
    })
    expect((mapped as Error).message).toMatch(/the content was refused/)
  })
})
