// artifacts.json and its dist folder cross jobs as an uploaded artifact: whoever can write them (a
// pull-request build whose artifact a privileged workflow_run job downloads) must not be able to write files
// outside the build context, copy runner files into the image, or inject Dockerfile instructions. Each case is
// a hostile dist folder, resolved and staged by the image stage's real code (no Docker needed up to there).
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { resolvePlan } from '../../src/image/plan.js'
import { generateDockerfile, stageContext } from '../../src/image/context.js'
import type { ImageOptions } from '../../src/image/spec.js'
import { UserError } from '../../src/util/errors.js'
import { ci } from '../helpers/ci.js'
import { testHost } from '../helpers/host.js'

const BINARY = Buffer.from('#!/bin/false\nnot really an ELF file, but bytes all the same\n')
const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex')

let root: string
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'gantry-untrusted-'))
})

interface Hostile {
  binary?: string
  /** The entry's path, relative to dist. */
  path?: string
  sha256?: string
  size?: number
  /** Lay out the dist folder (default: the real binary file at `path`). */
  layout?: (ws: string, dist: string, outside: string) => Promise<void>
}

let n = 0
/** A workspace holding dist/ with an artifacts.json describing one linux/amd64 binary; and a folder outside. */
async function hostileDist(h: Hostile = {}): Promise<{ ws: string; dist: string; outside: string }> {
  const ws = path.join(root, `ws${++n}`)
  const dist = path.join(ws, 'dist')
  const outside = path.join(root, `outside${n}`)
  await mkdir(dist, { recursive: true })
  await mkdir(outside, { recursive: true })
  const rel = h.path ?? 'hello_linux_amd64_v1/hello'
  if (h.layout) await h.layout(ws, dist, outside)
  else {
    await mkdir(path.dirname(path.join(dist, rel)), { recursive: true })
    await writeFile(path.join(dist, rel), BINARY)
  }
  await writeFile(
    path.join(dist, 'artifacts.json'),
    JSON.stringify({
      schemaVersion: 1,
      project: {
        module: 'example.com/hello',
        version: '1.0.0',
        commit: '',
        date: '2026-01-01T00:00:00Z',
        goVersion: 'go1.26.8'
      },
      artifacts: [
        {
          kind: 'binary',
          target: { goos: 'linux', goarch: 'amd64' },
          path: rel,
          sha256: h.sha256 ?? sha(BINARY),
          size: h.size ?? BINARY.length,
          binary: h.binary ?? 'hello'
        }
      ]
    })
  )
  return { ws, dist, outside }
}

function options(ws: string, over: Partial<ImageOptions> = {}): ImageOptions {
  return {
    engine: 'buildx',
    registryTimeoutMs: 90_000,
    images: [],
    tags: [],
    artifacts: path.join(ws, 'dist/artifacts.json'),
    platforms: [],
    base: 'scratch',
    labels: [],
    annotations: [],
    buildArgs: [],
    secrets: [],
    push: false,
    load: false,
    provenance: false,
    sbom: false,
    cacheFrom: [],
    cacheTo: [],
    pushByDigest: false,
    merge: [],
    caCertificates: true,
    user: '65532',
    cwd: ws,
    workspace: ws,
    allowOutsideWorkspace: false,
    ...over
  } as ImageOptions
}

/** Resolve and stage as the buildx engine does; returns the staged context. */
async function stage(o: ImageOptions): Promise<{ context: string; dockerfile: string; text: string }> {
  const host = testHost()
  const plan = await resolvePlan(o, ci({ workspace: o.cwd }))
  return stageContext(plan, host)
}

async function expectRefused(o: ImageOptions, input: string, message: RegExp): Promise<void> {
  let err: unknown
  try {
    await stage(o)
  } catch (e) {
    err = e
  }
  expect(err).toBeInstanceOf(UserError)
  expect((err as UserError).input).toBe(input)
  expect((err as UserError).detail).toMatch(message)
  // One line: the message is safe to print anywhere.
  expect((err as UserError).message).not.toMatch(/[\r\n]/)
}

describe('a hostile artifacts.json', () => {
  test('a binary name that climbs out of the build context writes nothing outside it', async () => {
    const target = path.join(root, 'climbed')
    await mkdir(target, { recursive: true })
    const binary = '../'.repeat(30) + path.join(target, 'pwned').slice(1)
    const { ws } = await hostileDist({ binary })
    await expectRefused(options(ws), 'artifacts', /binary name/)
    expect(existsSync(path.join(target, 'pwned'))).toBe(false)
  })

  test('a binary name with a newline cannot add Dockerfile instructions', async () => {
    const { ws } = await hostileDist({ binary: 'hello /x\nRUN touch /pwned\nCOPY x' })
    await expectRefused(options(ws), 'artifacts', /binary name/)
  })

  test('a symlink in dist pointing outside it is not copied into the image', async () => {
    const secret = Buffer.from('runner secret\n')
    const { ws } = await hostileDist({
      sha256: sha(secret),
      size: secret.length,
      layout: async (_ws, dist, outside) => {
        await writeFile(path.join(outside, 'secret'), secret)
        await mkdir(path.join(dist, 'hello_linux_amd64_v1'))
        await symlink(path.join(outside, 'secret'), path.join(dist, 'hello_linux_amd64_v1/hello'))
      }
    })
    await expectRefused(options(ws), 'artifacts', /not a regular file/)
  })

  test('a symlinked folder in dist pointing outside it is not followed', async () => {
    const { ws } = await hostileDist({
      layout: async (_ws, dist, outside) => {
        await writeFile(path.join(outside, 'hello'), BINARY)
        await symlink(outside, path.join(dist, 'hello_linux_amd64_v1'))
      }
    })
    await expectRefused(options(ws), 'artifacts', /outside the dist folder/)
  })

  test('a file whose sha256 is not the listed one is not staged', async () => {
    const { ws } = await hostileDist({ sha256: sha('something else') })
    await expectRefused(options(ws), 'artifacts', /sha256/)
  })

  test('a file whose size is not the listed one is not staged', async () => {
    const { ws } = await hostileDist({ size: BINARY.length + 1 })
    await expectRefused(options(ws), 'artifacts', /bytes/)
  })

  test('a folder where a binary should be is refused as input, not as a bug', async () => {
    const { ws } = await hostileDist({
      layout: async (_ws, dist) => {
        await mkdir(path.join(dist, 'hello_linux_amd64_v1/hello'), { recursive: true })
      }
    })
    await expectRefused(options(ws), 'artifacts', /not a regular file/)
  })

  test('artifacts: / is an input error naming artifacts', async () => {
    const { ws } = await hostileDist()
    await expectRefused(options(ws, { artifacts: '/', allowOutsideWorkspace: true }), 'artifacts', /folder/)
  })

  test('an honest dist still stages: the binary as listed', async () => {
    const { ws } = await hostileDist()
    const s = await stage(options(ws))
    expect(await readFile(path.join(s.context, 'linux/amd64/hello'))).toEqual(BINARY)
    await rm(s.context, { recursive: true, force: true })
  })
})

describe('inputs interpolated into the generated Dockerfile', () => {
  test.each([
    'scratch\nRUN touch /pwned',
    'alpine:3 AS build',
    'alpine:3\r::warning::injected',
    '--platform=linux/amd64 alpine',
    '${EVIL}'
  ])('base %j is refused', async base => {
    const { ws } = await hostileDist()
    await expectRefused(options(ws, { base }), 'base', /not one image reference|not a valid image name/)
  })

  test('an OCI layout base is a path: it stays in the workspace, and only the oci engine takes it', async () => {
    const { ws } = await hostileDist()
    await expectRefused(options(ws, { base: 'oci-layout:///etc' }), 'base', /outside the workspace/)
    await expectRefused(options(ws, { base: 'oci-layout://base' }), 'base', /read by the oci engine only/)
  })

  test.each(['scratch', '127.0.0.1:5000/rig/busybox:1', `alpine@sha256:${'a'.repeat(64)}`, 'ghcr.io/o/b:1'])(
    'base %j is one image reference',
    async base => {
      const { ws } = await hostileDist()
      const s = await stage(options(ws, { base }))
      expect(s.text.split('\n')).toContain(`FROM ${base}`)
      await rm(s.context, { recursive: true, force: true })
    }
  )

  test('the binary input follows the file-name rule of go-build', async () => {
    const { ws } = await hostileDist()
    await expectRefused(options(ws, { binary: '../hello' }), 'binary', /not a usable file name/)
    await expectRefused(
      options(ws, { binary: 'x\nRUN id', dockerfile: path.join(ws, 'Dockerfile') }),
      'binary',
      /not a usable file name/
    )
  })

  test('generateDockerfile itself refuses values that are not validated', () => {
    const good = { base: 'scratch', binaryName: 'hello', user: '65532', scratchExtras: true }
    expect(() => generateDockerfile(good)).not.toThrow()
    expect(() => generateDockerfile({ ...good, base: 'scratch\nRUN id' })).toThrow()
    expect(() => generateDockerfile({ ...good, binaryName: 'a b' })).toThrow()
    expect(() => generateDockerfile({ ...good, user: '0\nRUN id' })).toThrow()
  })
})

describe('paths given as inputs stay in the workspace', () => {
  test('artifacts outside the workspace is refused, unless allowed explicitly', async () => {
    const { dist } = await hostileDist()
    const other = await mkdtemp(path.join(root, 'other-ws-'))
    const o = options(other, { artifacts: path.join(dist, 'artifacts.json') })
    await expectRefused(o, 'artifacts', /outside the workspace/)
    const s = await stage({ ...o, allowOutsideWorkspace: true })
    expect((await stat(path.join(s.context, 'linux/amd64/hello'))).size).toBe(BINARY.length)
    await rm(s.context, { recursive: true, force: true })
  })

  test('a dockerfile reached through a symlink out of the workspace is refused', async () => {
    const { ws } = await hostileDist()
    await symlink('/etc', path.join(ws, 'etc-link'))
    await expectRefused(
      options(ws, { dockerfile: path.join(ws, 'etc-link/passwd') }),
      'dockerfile',
      /outside the workspace/
    )
    await expectRefused(
      options(ws, { dockerfile: path.join(ws, '../../../../../../etc/passwd') }),
      'dockerfile',
      /outside the workspace/
    )
  })

  test('a context outside the workspace is refused', async () => {
    const { ws } = await hostileDist()
    await writeFile(path.join(ws, 'Dockerfile'), 'FROM scratch\n')
    await expectRefused(
      options(ws, { dockerfile: path.join(ws, 'Dockerfile'), context: '/' }),
      'context',
      /outside the workspace/
    )
  })
})

describe('the staged context of the default image', () => {
  test('files keep their modes and every folder is 0755, so uid 65532 can read /etc', async () => {
    const { ws } = await hostileDist()
    const s = await stage(options(ws))
    const mode = async (p: string): Promise<string> =>
      ((await stat(path.join(s.context, p))).mode & 0o7777).toString(8)
    expect(await mode('etc')).toBe('755')
    expect(await mode('etc/ssl')).toBe('755')
    expect(await mode('etc/ssl/certs')).toBe('755')
    expect(await mode('etc/passwd')).toBe('644')
    expect(await mode('etc/group')).toBe('644')
    expect(await mode('etc/ssl/certs/ca-certificates.crt')).toBe('644')
    expect(await mode('linux')).toBe('755')
    expect(await mode('linux/amd64')).toBe('755')
    expect(await mode('linux/amd64/hello')).toBe('755')
    // No --chmod: BuildKit applies it to the parent folders it creates (drw-r--r-- /etc).
    expect(s.text).not.toMatch(/--chmod=0644/)
    await rm(s.context, { recursive: true, force: true })
  })
})
