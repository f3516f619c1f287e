// The oci engine's layer cache against the rig's registry and 4-platform busybox base, through the image
// stage's core: a second push reuses every binary layer (the result says so) and gives the very same index
// digest as a push without the cache; a cached blob that was tampered with is detected, that one layer is
// built again, the blob replaced, and the image is still the same.
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { imageOptions } from '../../src/stages/image.js'
import { image } from '../../src/image/index.js'
import type { CiContext } from '../../src/model/ci-context.js'
import { sha256Digest } from '../../src/util/digest.js'
import { buildHelloDist, type HelloDist } from '../helpers/prebuilt.js'
import { testHost } from '../helpers/host.js'
import { rig, type Rig } from '../helpers/rig.js'

const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386']
const run = `lc${Date.now().toString(36)}`
const ci: CiContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: 'c'.repeat(40),
  repository: 'octo-org/hello',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workspace: '/w',
  payload: {}
}

let r: Rig
let dist: HelloDist

beforeAll(async () => {
  r = rig()
  dist = await buildHelloDist({ platforms: PLATFORMS, version: '1.2.3' })
}, 300_000)

/** One push of the hello image to `repo`, with the user's cache folder at `cacheHome` (or no layer cache). */
async function push(
  repo: string,
  cacheHome: string,
  raw: Record<string, string> = {}
): Promise<{ result: Awaited<ReturnType<typeof image>>; log: string }> {
  const env = {
    XDG_CACHE_HOME: cacheHome,
    DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-dcfg-'))
  }
  const host = testHost(env)
  const options = imageOptions(
    {
      engine: 'oci',
      artifacts: dist.artifacts,
      images: `${r.registry}/${run}/${repo}`,
      tags: '1.2.3',
      base: r.base,
      push: 'true',
      'allow-outside-workspace': 'true',
      ...raw
    },
    os.tmpdir(),
    os.tmpdir(),
    host.env
  )
  const result = await image(options, ci, host)
  return { result, log: host.logger.text() }
}

describe('oci engine layer cache (rig)', () => {
  it('a second push reuses every layer from the cache and gives the same index digest', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'gantry-xdg-'))
    const none = await push('plain', home, { 'layer-cache': 'false' })
    expect(none.result.layerCache).toBeUndefined()
    expect(none.log).not.toMatch(/layer cache/)

    const first = await push('cached', home)
    expect(first.result.layerCache).toEqual({
      dir: path.join(home, 'gantry', 'layers'),
      reused: 0,
      built: 4
    })
    expect(first.log).toMatch(/layer cache .*: 0 layers reused, 4 built/)
    expect((await stat(path.join(home, 'gantry', 'layers'))).mode & 0o777).toBe(0o700)

    const second = await push('cached', home)
    expect(second.result.layerCache).toMatchObject({ reused: 4, built: 0 })
    expect(second.log).toMatch(/layer cache .*: 4 layers reused, 0 built/)
    expect(second.log).toMatch(/0 blobs uploaded \(0 bytes\), 0 mounted, 12 already there/)

    // Into a new repository from the cache: the blobs are uploaded from the cached files.
    const third = await push('cached-elsewhere', home)
    expect(third.result.layerCache).toMatchObject({ reused: 4, built: 0 })
    expect(third.log).toMatch(/8 blobs uploaded/)

    for (const x of [first, second, third]) {
      expect(x.result.digest).toBe(none.result.digest)
      expect(x.result.platforms).toEqual(none.result.platforms)
    }
  }, 180_000)

  it('a tampered cached blob is detected: that layer is built again and the image is the same', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'gantry-xdg-'))
    const first = await push('tamper', home)
    expect(first.result.layerCache).toMatchObject({ reused: 0, built: 4 })
    const blobs = path.join(home, 'gantry', 'layers', 'blobs')
    const names = (await readdir(blobs)).sort()
    expect(names).toHaveLength(4)
    const victim = path.join(blobs, names[0])
    const good = await readFile(victim)
    const bad = Buffer.from(good)
    bad[bad.length >> 1] ^= 0x01
    await writeFile(victim, bad)

    // A new repository, so the tampered bytes would have to be uploaded if they were used.
    const second = await push('tamper-again', home)
    expect(second.result.layerCache).toMatchObject({ reused: 3, built: 1 })
    expect(second.result.digest).toBe(first.result.digest)
    expect(sha256Digest(await readFile(victim))).toBe(`sha256:${names[0].replace(/\.tar\.gz$/, '')}`)
    expect(await readFile(victim)).toEqual(good)
    const third = await push('tamper-again', home)
    expect(third.result.layerCache).toMatchObject({ reused: 4, built: 0 })
  }, 180_000)
})
