// The oci engine at the image stage's core, with real parts but no dockerd and no root: prebuilt binaries
// of examples/hello (a real go build), docker-registry processes of the test's own, skopeo and crane to
// check what was pushed, OCI layouts read back.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import { imageOptions } from '../../src/stages/image.js'
import { image } from '../../src/image/index.js'
import type { CiContext } from '../../src/model/ci-context.js'
import { registryClient } from '../../src/oci/client.js'
import { openImage } from '../../src/oci/reader.js'
import { buildLayer } from '../../src/oci/layer.js'
import { appendConfig, newImage, newIndex } from '../../src/oci/image.js'
import { nodeOf, publishToRegistry, writeLayout } from '../../src/oci/publish.js'
import { parsePlatform } from '../../src/model/target.js'
import { parseRef } from '../../src/model/image-ref.js'
import type { BlobRef } from '../../src/oci/blob.js'
import { UserError } from '../../src/util/errors.js'
import { buildHelloDist, type HelloDist } from '../helpers/prebuilt.js'
import { startRegistry, type RegistryProcess } from '../helpers/registry-process.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { startTokenServer } from '../helpers/token-server.js'
import { testHost } from '../helpers/host.js'
import { repoRoot } from '../helpers/run-action.js'

const exec = promisify(execFile)
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386']
const ci: CiContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: 'b'.repeat(40),
  repository: 'octo-org/hello',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workspace: '/w',
  payload: {}
}

let dist: HelloDist
let reg: RegistryProcess
let crane: string

async function run(
  raw: Record<string, string>,
  env: Record<string, string> = {}
): Promise<{ result: Awaited<ReturnType<typeof image>>; log: string }> {
  const host = testHost({ DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-')), ...env })
  const result = await image(imageOptions({ artifacts: dist.artifacts, ...raw }, os.tmpdir()), ci, host)
  return { result, log: host.logger.text() }
}

interface Entry {
  name: string
  mode: number
  uid: number
  gid: number
  type: string
}

async function tarEntries(blob: BlobRef): Promise<Entry[]> {
  const chunks: Buffer[] = []
  for await (const c of await blob.open()) chunks.push(c as Buffer)
  const out: Entry[] = []
  const extract = tar.extract()
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      out.push({ name: h.name, mode: h.mode ?? 0, uid: h.uid ?? -1, gid: h.gid ?? -1, type: h.type ?? '' })
      stream.resume()
      stream.on('end', next)
    })
    extract.on('finish', resolve)
    extract.on('error', reject)
  })
  Readable.from([zlib.gunzipSync(Buffer.concat(chunks))]).pipe(extract)
  await done
  return out
}

beforeAll(async () => {
  ;[dist, reg] = await Promise.all([
    buildHelloDist({ platforms: PLATFORMS, version: '1.2.3' }),
    startRegistry()
  ])
  crane = (await exec(path.join(repoRoot, 'scripts/tools.sh'), ['path', 'crane'])).stdout.trim()
})
afterAll(async () => reg?.stop())

describe('oci engine (no daemon)', () => {
  test('4 platforms on scratch: pushed, tags last, valid for crane and skopeo, non-root files readable, re-run identical', async () => {
    const repo = `${reg.host}/hello/scratch`
    const { result, log } = await run({ images: repo, tags: '1.2.3\nlatest', push: 'true' })
    expect(log).toMatch(/engine oci \(prebuilt binaries and no Dockerfile/)
    expect(result.engine).toBe('oci')
    expect(result.refs).toEqual([`${repo}:1.2.3@${result.digest}`, `${repo}:latest@${result.digest}`])
    expect(result.platforms.map(p => p.platform)).toEqual([
      'linux/386',
      'linux/amd64',
      'linux/arm/v7',
      'linux/arm64'
    ])

    await exec(crane, ['validate', '--insecure', '--remote', `${repo}:1.2.3`])
    const raw = JSON.parse(
      (await exec('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${repo}:1.2.3`])).stdout
    )
    expect(raw.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(raw.manifests.map((m: { platform: Record<string, string> }) => m.platform)).toEqual([
      { os: 'linux', architecture: '386' },
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { os: 'linux', architecture: 'arm64' }
    ])
    const cfg = JSON.parse(
      (
        await exec('skopeo', [
          'inspect',
          '--config',
          '--tls-verify=false',
          '--override-arch',
          'arm',
          '--override-variant',
          'v7',
          `docker://${repo}:1.2.3`
        ])
      ).stdout
    )
    expect(cfg).toMatchObject({
      created: '2026-01-02T03:04:05Z',
      architecture: 'arm',
      variant: 'v7',
      os: 'linux'
    })
    expect(cfg.config).toMatchObject({
      User: '65532',
      Entrypoint: ['/usr/local/bin/hello'],
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'
      ],
      Labels: {
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.revision': 'a'.repeat(40),
        'org.opencontainers.image.source': 'https://github.com/octo-org/hello',
        'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
        'org.opencontainers.image.title': 'hello'
      }
    })
    expect(cfg.config.Cmd).toBeUndefined()
    expect(cfg.rootfs.diff_ids).toHaveLength(2)

    // The layers as the scan stage reads them: CA/passwd layer (files 0644, dirs 0755), then the binary.
    const img = await openImage(`${repo}:1.2.3`, 'linux/arm64', {
      client: registryClient(testHost()),
      cwd: '/'
    })
    expect(img.layers).toHaveLength(2)
    const [etc, bin] = await Promise.all(img.layers.map(tarEntries))
    expect(etc.map(e => [e.name, e.type, e.mode.toString(8), e.uid, e.gid])).toEqual([
      ['etc/', 'directory', '755', 0, 0],
      ['etc/group', 'file', '644', 0, 0],
      ['etc/passwd', 'file', '644', 0, 0],
      ['etc/ssl/', 'directory', '755', 0, 0],
      ['etc/ssl/certs/', 'directory', '755', 0, 0],
      ['etc/ssl/certs/ca-certificates.crt', 'file', '644', 0, 0]
    ])
    expect(bin.map(e => [e.name, e.mode.toString(8)])).toEqual([
      ['usr/', '755'],
      ['usr/local/', '755'],
      ['usr/local/bin/', '755'],
      ['usr/local/bin/hello', '755']
    ])
    // The CA layer is one blob shared by every platform.
    const amd = await openImage(`${repo}:latest`, 'linux/amd64', {
      client: registryClient(testHost()),
      cwd: '/'
    })
    expect(amd.layers[0].digest).toBe(img.layers[0].digest)
    expect(amd.layers[1].digest).not.toBe(img.layers[1].digest)

    // Same inputs: the same digests, and nothing to upload.
    const again = await run({ images: repo, tags: '1.2.3', push: 'true' })
    expect(again.result.digest).toBe(result.digest)
    expect(again.log).toMatch(/0 blobs uploaded \(0 bytes\), 0 mounted, 9 already there/)
  })

  test('not pushing: an OCI layout (a temp folder by default, or output) that skopeo reads', async () => {
    const { result } = await run({
      images: `${reg.host}/hello/layout`,
      tags: '1.2.3',
      platforms: 'linux/amd64,linux/arm64'
    })
    expect(result.pushed).toBe(false)
    expect(result.layout).toBeTruthy()
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'gantry-out-')), 'image')
    const second = await run({
      images: `${reg.host}/hello/layout`,
      tags: '1.2.3',
      platforms: 'linux/amd64,linux/arm64',
      output: out
    })
    expect(second.result.layout).toBe(out)
    expect(second.result.digest).toBe(result.digest)
    const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'))
    expect(index.manifests).toEqual([
      expect.objectContaining({
        digest: result.digest,
        annotations: { 'org.opencontainers.image.ref.name': '1.2.3' }
      })
    ])
    const raw = JSON.parse((await exec('skopeo', ['inspect', '--raw', `oci:${out}:1.2.3`])).stdout)
    expect(raw.manifests).toHaveLength(2)
    // And it copies into a registry as it is.
    await exec('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${out}:1.2.3`,
      `docker://${reg.host}/hello/copied:1.2.3`
    ])
    await exec(crane, ['validate', '--insecure', '--remote', `${reg.host}/hello/copied:1.2.3`])
    expect(
      (await exec(crane, ['digest', '--insecure', `${reg.host}/hello/copied:1.2.3`])).stdout.trim()
    ).toBe(result.digest)
  })

  describe('on a base image', () => {
    let baseDigest: string
    let baseLayout: string
    let basePlatformDigest: Record<string, string>
    beforeAll(async () => {
      // A base with three platforms (arm/v6, not arm/v7), pushed to the registry and written to a layout.
      const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-base-'))
      const images = []
      for (const p of ['linux/amd64', 'linux/arm/v6', 'linux/arm64']) {
        const layer = await buildLayer([{ path: '/bin/base', mode: 0o755, content: Buffer.from(p) }], {
          mtime: new Date(0),
          dir
        })
        const config = appendConfig(
          {
            os: 'linux',
            architecture: 'x',
            config: { Env: ['PATH=/bin', 'BASE=1'], Cmd: ['sh'], Labels: { base: 'yes' } }
          },
          {
            platform: parsePlatform(p),
            created: '2025-01-01T00:00:00Z',
            layers: [{ layer, createdBy: 'base' }]
          }
        )
        images.push(newImage({ config, layers: [layer] }))
      }
      const index = newIndex(images)
      baseDigest = index.digest
      basePlatformDigest = Object.fromEntries(
        images.map(i => [
          `${i.platform.os}/${i.platform.architecture}${i.platform.variant ? `/${i.platform.variant}` : ''}`,
          i.digest
        ])
      )
      await publishToRegistry(registryClient(testHost()), testHost(), nodeOf(index), {
        repositories: [],
        refs: [parseRef(`${reg.host}/base/multi:1`)],
        tag: true
      })
      baseLayout = path.join(dir, 'layout')
      await writeLayout(baseLayout, nodeOf(index), { tags: ['1'] })
    })

    test.each([
      ['a registry', (): string => `${reg.host}/base/multi:1`],
      ['an OCI layout', (): string => `oci-layout://${baseLayout}:1`]
    ])(
      'from %s: its exact platforms, its layers first, base annotations, its env kept and its Cmd dropped',
      async (_what, base) => {
        const repo = `${reg.host}/hello/on-base`
        const { result } = await run({
          images: repo,
          tags: 'b',
          push: 'true',
          base: base(),
          platforms: 'linux/amd64,linux/arm64/v8'
        })
        const raw = JSON.parse(
          (await exec('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${repo}:b`])).stdout
        )
        expect(raw.annotations).toEqual({
          'org.opencontainers.image.base.digest': baseDigest,
          'org.opencontainers.image.base.name': base().startsWith('oci-layout')
            ? base()
            : `${reg.host}/base/multi:1`
        })
        for (const p of ['linux/amd64', 'linux/arm64']) {
          const img = await openImage(`${repo}:b`, p, { client: registryClient(testHost()), cwd: '/' })
          expect(img.manifest.annotations?.['org.opencontainers.image.base.digest']).toBe(
            basePlatformDigest[p]
          )
          expect(img.layers).toHaveLength(2)
          const first = await tarEntries(img.layers[0])
          expect(first.map(e => e.name)).toEqual(['bin/', 'bin/base'])
          expect(img.config.config).toMatchObject({
            Env: ['PATH=/bin', 'BASE=1'],
            Labels: expect.objectContaining({ base: 'yes' }),
            User: '65532'
          })
          expect(img.config.config?.Cmd).toBeUndefined()
          expect(img.config.history?.map(h => h.created_by)).toEqual([
            'base',
            'gantry: COPY ' + p + '/hello /usr/local/bin/hello'
          ])
        }
        expect(result.platforms.map(p => p.platform)).toEqual(['linux/amd64', 'linux/arm64'])
      }
    )

    test('a platform the base lacks, and a base that does not exist: UserErrors naming base', async () => {
      const e1 = await run({
        images: `${reg.host}/hello/x`,
        push: 'true',
        base: `${reg.host}/base/multi:1`,
        platforms: 'linux/amd64,linux/arm/v7'
      }).catch(e => e)
      expect(e1).toBeInstanceOf(UserError)
      expect(e1.message).toBe(
        `base: ${reg.host}/base/multi:1 has no linux/arm/v7 image; it has linux/amd64, linux/arm/v6, linux/arm64. Fix: choose a base that has every platform you build, or leave that platform out of platforms.`
      )
      const e2 = await run({
        images: `${reg.host}/hello/x`,
        push: 'true',
        base: `${reg.host}/base/nothing:1`,
        platforms: 'linux/amd64'
      }).catch(e => e)
      expect(e2).toBeInstanceOf(UserError)
      expect(e2.message).toMatch(
        new RegExp(`^base: read the base image ${reg.host}/base/nothing:1: ${reg.host} has no such`)
      )
      const e3 = await run({
        images: `${reg.host}/hello/x`,
        push: 'true',
        base: `oci-layout://${baseLayout}:nope`,
        platforms: 'linux/amd64'
      }).catch(e => e)
      expect(e3.message).toMatch(/^base: the OCI layout .* has no image tagged "nope"/)
      expect(await registryClient(testHost()).listTags({ registry: reg.host, path: 'hello/x' })).toEqual([])
    })
  })

  test('bearer tokens: credentials from the Docker config, tokens from the challenge; wrong ones fail clearly', async () => {
    const ts = await startTokenServer({ user: 'gantry', password: 'tok-Pa55' })
    const treg = await startRegistry({
      kind: 'token',
      realm: ts.realm,
      service: ts.service,
      issuer: ts.issuer,
      certFile: ts.certFile
    })
    // Docker configs holding credentials are removed afterwards.
    const configs: string[] = []
    try {
      const config = async (password: string): Promise<string> => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-'))
        configs.push(dir)
        await writeFile(
          path.join(dir, 'config.json'),
          JSON.stringify({
            auths: { [treg.host]: { auth: Buffer.from(`gantry:${password}`).toString('base64') } }
          })
        )
        return dir
      }
      const repo = `${treg.host}/org/hello`
      const { result, log } = await run(
        { images: repo, tags: '1', push: 'true', platforms: 'linux/amd64,linux/arm64' },
        { DOCKER_CONFIG: await config('tok-Pa55') }
      )
      expect(result.refs).toEqual([`${repo}:1@${result.digest}`])
      expect(log).not.toContain('tok-Pa55')
      expect(ts.requests.some(r => r.scopes.includes('repository:org/hello:pull,push'))).toBe(true)
      const err = await run(
        { images: repo, tags: '2', push: 'true', platforms: 'linux/amd64' },
        { DOCKER_CONFIG: await config('wrong-Pa55') }
      ).catch(e => e)
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(
        /^images: push .*: the token server http:\/\/127\.0\.0\.1:\d+ refused the credentials for .*Nothing was tagged\./
      )
      expect(err.message).not.toContain('wrong-Pa55')
    } finally {
      await Promise.all(configs.map(d => rm(d, { recursive: true, force: true })))
      await treg.stop()
      await ts.stop()
    }
  })

  describe('registry faults at the stage (registry-timeout)', () => {
    let proxy: FaultProxy
    beforeAll(async () => {
      proxy = await startFaultProxy(reg.host)
    })
    afterAll(async () => proxy?.stop())

    test('a registry that accepts and hangs: fails within registry-timeout, nothing tagged; a re-run succeeds', async () => {
      const repo = `${proxy.host}/hello/hang`
      proxy.rules = [{ method: 'PUT', path: /\/manifests\//, fault: { kind: 'hang' } }]
      const start = Date.now()
      const err = await run({
        images: repo,
        tags: '1',
        push: 'true',
        platforms: 'linux/amd64',
        'registry-timeout': '8'
      }).catch(e => e)
      const ms = Date.now() - start
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(
        new RegExp(
          `^images: push ${proxy.host}/hello/hang: registry ${proxy.host} failed: PUT manifest .*(gave up after \\d+ s|timed out).* Nothing was tagged\\.`
        )
      )
      expect(ms).toBeLessThan(30_000)
      expect(await registryClient(testHost()).listTags({ registry: reg.host, path: 'hello/hang' })).toEqual(
        []
      )
      proxy.rules = []
      const { result } = await run({ images: repo, tags: '1', push: 'true', platforms: 'linux/amd64' })
      expect(result.refs).toEqual([`${repo}:1@${result.digest}`])
    })
  })
})
