// The layer cache: an image inventoried a second time replays its layers from the cache and finds exactly
// what reading them found (whiteouts, opaque folders, hard links, symlinks, hostile names, shared layers,
// secrets, notes); keys change with the configuration; damaged, edited or misplaced entries are misses;
// writes are atomic into a private folder; the folder is kept within its size; the caps still apply.

import { chmod, mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { inventoryImage, type InventoryResult } from '../../src/scan/inventory.js'
import {
  LayerCache,
  decodeEntry,
  encodeEntry,
  pruneCacheFolder,
  type CachedLayer
} from '../../src/scan/layer-cache.js'
import { secretAnalyzer } from '../../src/scan/secret/analyzer.js'
import { UserError } from '../../src/util/errors.js'
import { FakeSecrets } from '../helpers/fake-secrets.js'
import { testHost } from '../helpers/host.js'
import { layer, memoryImage, type BuiltLayer } from '../helpers/image-layers.js'
import { syntheticElf } from '../helpers/synthetic-exe.js'

const host = testHost()
const tmp = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'gantry-layer-cache-'))
const fake = new FakeSecrets(5)
const goApp = (dep: string): Buffer =>
  syntheticElf({
    version: 'go1.22.3',
    modinfo: `path\texample.com/app\nmod\texample.com/app\tv1.0.0\t\ndep\t${dep.replace('@', '\t')}\t\n`
  })

/** Layers with every kind of entry the tree handles, and a platform that shares the base. */
async function varied(): Promise<{ amd64: BuiltLayer[]; arm64: BuiltLayer[] }> {
  const base = await layer([
    { name: 'etc/', type: 'directory' },
    { name: 'etc/os-release', data: 'ID=alpine\nVERSION_ID=3.20.3\n' },
    { name: 'lib/apk/db/installed', data: 'P:musl\nV:1.2.5-r0\nA:x86_64\no:musl\n\n' },
    { name: 'usr/lib/os-release', type: 'symlink', linkname: '../../etc/os-release' },
    { name: 'opt/old/app', data: goApp('golang.org/x/net@v0.1.0'), mode: 0o755 },
    { name: '../escape', data: 'x' },
    { name: 'root/.env', data: `GITHUB_TOKEN=${fake.github('ghp_')}\n` }
  ])
  const app = await layer([
    { name: 'usr/local/bin/app', data: goApp('golang.org/x/text@v0.3.5'), mode: 0o755 },
    { name: 'usr/local/bin/app2', type: 'link', linkname: 'usr/local/bin/app' },
    { name: 'opt/.wh..wh..opq', data: '' },
    { name: 'root/.wh..env', data: '' },
    { name: 'etc/apk-note', type: 'fifo' }
  ])
  const arm = await layer([
    { name: 'usr/local/bin/app', data: goApp('golang.org/x/text@v0.3.6'), mode: 0o755 }
  ])
  return { amd64: [base, app], arm64: [base, arm] }
}

async function scan(
  l: { amd64: BuiltLayer[]; arm64: BuiltLayer[] },
  opts: Partial<Parameters<typeof inventoryImage>[1]> = {}
): Promise<InventoryResult> {
  const image = memoryImage('registry.test/app:1', [
    { platform: 'linux/amd64', layers: l.amd64 },
    { platform: 'linux/arm64', layers: l.arm64 }
  ])
  return inventoryImage(image, { host, analyzers: [secretAnalyzer()], ...opts })
}

const withoutStats = (r: InventoryResult): InventoryResult => {
  const { layerCache: _stats, ...rest } = r
  return rest
}

async function entries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(n => n.endsWith('.layer.json')).sort()
}

describe('an image inventoried twice', () => {
  test('the second time every layer comes from the cache, and what it finds is what reading found', async () => {
    const dir = path.join(await tmp(), 'layers')
    const l = await varied()
    const plain = await scan(l)
    const cold = await scan(l, { layerCache: { dir } })
    const warm = await scan(l, { layerCache: { dir } })
    // Three distinct layers; the shared base is read (and looked up) once.
    expect(cold.layerCache).toEqual({ hits: 0, misses: 3, stored: 3 })
    expect(warm.layerCache).toEqual({ hits: 3, misses: 0, stored: 0 })
    expect(withoutStats(cold)).toEqual(plain)
    expect(withoutStats(warm)).toEqual(plain)
    // The scenario is not empty: packages, both binaries, the deleted secret, the hostile name's note.
    expect(plain.inventory.packages.map(p => `${p.name}@${p.version}`)).toEqual(
      expect.arrayContaining(['musl@1.2.5-r0', 'golang.org/x/text@v0.3.5', 'golang.org/x/text@v0.3.6'])
    )
    // The opaque folder of the amd64 app layer hid the old binary there, not on arm64.
    const net = plain.inventory.packages.find(p => p.name === 'golang.org/x/net')!
    expect(net.locations.map(at => at.platform)).toEqual(['linux/arm64'])
    expect(plain.files.map(f => `${f.analyzer} ${f.location.path}`)).toContain('secret root/.env')
    expect(plain.inventory.notes.join('\n')).toMatch(/\.\.\/escape" climbs out/)
    expect(await entries(dir)).toHaveLength(3)
  })

  test('a cached layer at another position of another image carries that position', async () => {
    const dir = path.join(await tmp(), 'layers')
    const l = await varied()
    await scan(l, { layerCache: { dir } })
    const moved = { amd64: [l.amd64[1]], arm64: [l.arm64[1]] }
    const warm = await scan(moved, { layerCache: { dir } })
    expect(warm.layerCache).toEqual({ hits: 2, misses: 0, stored: 0 })
    expect(withoutStats(warm)).toEqual(await scan(moved))
    const app = warm.inventory.binaries.find(b => b.location.platform === 'linux/amd64')!
    expect(app.location.layer).toEqual({ index: 0, digest: l.amd64[1].digest, diffId: l.amd64[1].diffId })
  })

  test('other analyzers or caps are another key: a miss, and their own results', async () => {
    const dir = path.join(await tmp(), 'layers')
    const l = await varied()
    await scan(l, { layerCache: { dir } })
    const noSecrets = await scan(l, { layerCache: { dir }, analyzers: [] })
    expect(noSecrets.layerCache).toEqual({ hits: 0, misses: 3, stored: 3 })
    expect(noSecrets.files).toEqual([])
    const capped = await scan(l, { layerCache: { dir }, limits: { maxFileBytes: 1024 } })
    expect(capped.layerCache?.hits).toBe(0)
    expect(withoutStats(capped)).toEqual(await scan(l, { limits: { maxFileBytes: 1024 } }))
    expect(await entries(dir)).toHaveLength(9)
  })

  test('the caps still apply to cached layers: too many entries fails as it does when reading', async () => {
    const dir = path.join(await tmp(), 'layers')
    const l = await varied()
    await scan(l, { layerCache: { dir } })
    const fails = (opts: Partial<Parameters<typeof inventoryImage>[1]>): Promise<unknown> =>
      scan(l, { ...opts, limits: { maxEntries: 4 } }).catch((e: unknown) => e)
    const cached = await fails({ layerCache: { dir } })
    expect(cached).toBeInstanceOf(UserError)
    expect((cached as Error).message).toBe(((await fails({})) as Error).message)
  })
})

describe('damaged, edited or misplaced entries are misses', () => {
  const opts = { fingerprint: { test: 1 }, analyzers: ['go-binary'] }
  const digest = `sha256:${'a'.repeat(64)}`
  const other = `sha256:${'b'.repeat(64)}`
  const cached: CachedLayer = {
    ops: [{ op: 'file', path: 'app', record: { path: 'app', results: { 'go-binary': { deps: [] } } } }],
    notes: [': a note'],
    entries: 1,
    bytes: 10
  }

  async function filled(): Promise<{ cache: LayerCache; file: string }> {
    const cache = (await LayerCache.open({ dir: path.join(await tmp(), 'c'), ...opts }))!
    await cache.put(digest, cached)
    return { cache, file: path.join(cache.dir, `${cache.key(digest)}.layer.json`) }
  }

  test('a sound entry round-trips; the key depends on the digest and the configuration', async () => {
    const { cache } = await filled()
    expect(await cache.get(digest)).toEqual(cached)
    expect(await cache.get(other)).toBeUndefined()
    expect(cache.stats).toEqual({ hits: 1, misses: 1, stored: 1 })
    const again = (await LayerCache.open({ dir: cache.dir, ...opts }))!
    expect(again.key(digest)).toBe(cache.key(digest))
    const changed = (await LayerCache.open({ dir: cache.dir, ...opts, fingerprint: { test: 2 } }))!
    expect(changed.key(digest)).not.toBe(cache.key(digest))
    expect(await changed.get(digest)).toBeUndefined()
    // Only verified content digests are kept.
    await cache.put('sha512:abc', cached)
    expect(cache.stats.stored).toBe(1)
  })

  test.each([
    ['cut short', (t: string) => t.slice(0, t.length - 20)],
    ['a byte of the body changed', (t: string) => t.replace('a note', 'b note')],
    ['the hash line removed', (t: string) => t.slice(65)],
    ['not text at all', () => '\u0000\u0001garbage'],
    ['empty', () => '']
  ])('%s', async (_what, damage) => {
    const { cache, file } = await filled()
    await writeFile(file, damage(await readFile(file, 'utf8')))
    expect(await cache.get(digest)).toBeUndefined()
  })

  test('a sound entry with a recomputed hash but the wrong shape, key, digest or analyzer is refused', async () => {
    const { cache, file } = await filled()
    const key = cache.key(digest)
    const bad = [
      encodeEntry({ key, digest, layer: { ...cached, entries: -1 } }),
      encodeEntry({ key: 'x', digest, layer: cached }),
      encodeEntry({ key, digest: other, layer: cached }),
      encodeEntry({
        key,
        digest,
        layer: { ...cached, ops: [{ op: 'file', path: 'a', record: { path: 'a', results: { dpkg: [] } } }] }
      }),
      `${'0'.repeat(64)}\n{}`
    ]
    for (const text of bad) {
      await writeFile(file, text)
      expect(await cache.get(digest)).toBeUndefined()
    }
    expect(decodeEntry(encodeEntry({ key, digest, layer: cached }))).toEqual({ key, digest, layer: cached })
  })

  test('an entry copied under another layer’s name is refused', async () => {
    const { cache, file } = await filled()
    await writeFile(path.join(cache.dir, `${cache.key(other)}.layer.json`), await readFile(file))
    expect(await cache.get(other)).toBeUndefined()
  })

  test('in a scan, a damaged entry is read again, never trusted', async () => {
    const dir = path.join(await tmp(), 'layers')
    const l = await varied()
    const plain = await scan(l)
    await scan(l, { layerCache: { dir } })
    for (const name of await entries(dir)) {
      const file = path.join(dir, name)
      const text = await readFile(file, 'utf8')
      expect(text).toContain('"ops":[')
      await writeFile(file, text.replace('"ops":[', '"ops":[{"op":"whiteout","path":"usr"},'))
    }
    const again = await scan(l, { layerCache: { dir } })
    expect(again.layerCache?.hits).toBe(0)
    expect(withoutStats(again)).toEqual(plain)
  })
})

describe('the folder', () => {
  test('private: created 0700, entries 0600, no temporary file left; a folder others can read is not used', async () => {
    const root = await tmp()
    const cache = (await LayerCache.open({ dir: path.join(root, 'c'), fingerprint: 1, analyzers: [] }))!
    await cache.put(`sha256:${'c'.repeat(64)}`, { ops: [], notes: [], entries: 0, bytes: 0 })
    expect((await stat(cache.dir)).mode & 0o777).toBe(0o700)
    const names = await readdir(cache.dir)
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(/^[a-f0-9]{64}\.layer\.json$/)
    expect((await stat(path.join(cache.dir, names[0]))).mode & 0o777).toBe(0o600)
    const open = path.join(root, 'open')
    await mkdir(open)
    await chmod(open, 0o755)
    expect(await LayerCache.open({ dir: open, fingerprint: 1, analyzers: [] })).toBeUndefined()
    // A scan with such a folder reads every layer and reports no cache.
    const l = await varied()
    const r = await scan(l, { layerCache: { dir: open } })
    expect(r.layerCache).toBeUndefined()
    expect(await readdir(open)).toEqual([])
  })

  test('kept within its size, least recently used first; stale temporary files removed', async () => {
    const dir = await tmp()
    const now = Date.now()
    const put = async (name: string, bytes: number, ageMs: number): Promise<void> => {
      await writeFile(path.join(dir, name), Buffer.alloc(bytes))
      const t = new Date(now - ageMs)
      await utimes(path.join(dir, name), t, t)
    }
    await put('old.layer.json', 400, 5000)
    await put('mid.layer.json', 400, 3000)
    await put('new.layer.json', 400, 1000)
    await put('x.1.ab.tmp', 10, 2 * 3600_000)
    await put('y.1.cd.tmp', 10, 1000)
    await put('other-file', 5000, 9000)
    await pruneCacheFolder(dir, '.layer.json', 900, now)
    expect((await readdir(dir)).sort()).toEqual([
      'mid.layer.json',
      'new.layer.json',
      'other-file',
      'y.1.cd.tmp'
    ])
  })

  test('a hit refreshes the entry, so it outlives older ones', async () => {
    const cache = (await LayerCache.open({
      dir: path.join(await tmp(), 'c'),
      fingerprint: 1,
      analyzers: []
    }))!
    const layerOf = { ops: [], notes: [], entries: 0, bytes: 0 }
    const a = `sha256:${'a'.repeat(64)}`
    const b = `sha256:${'b'.repeat(64)}`
    await cache.put(a, layerOf)
    await cache.put(b, layerOf)
    const old = new Date(Date.now() - 60_000)
    for (const d of [a, b]) await utimes(path.join(cache.dir, `${cache.key(d)}.layer.json`), old, old)
    await cache.get(a)
    const size = (await stat(path.join(cache.dir, `${cache.key(a)}.layer.json`))).size
    await pruneCacheFolder(cache.dir, '.layer.json', size)
    expect(await cache.get(a)).toEqual(layerOf)
    expect(await cache.get(b)).toBeUndefined()
  })
})
