// The compressed-layer cache: keys that change with every input of the layer's bytes, hits that give the
// very layer buildLayer makes, and entries or blobs that are damaged, truncated, tampered with or left half
// written by a killed run, which are misses (and replaced), never errors and never another layer.
import { createHash } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {
  cachedLayer,
  LayerCache,
  layerCacheKey,
  LAYER_CACHE_MAX_AGE_MS,
  type LayerFormat
} from '../../src/oci/layer-cache.js'
import { buildLayer, layerDiffId, type LayerFile } from '../../src/oci/layer.js'
import { MEDIA } from '../../src/oci/types.js'
import { DigestMismatchError, sha256Digest } from '../../src/util/digest.js'

const mtime = new Date('2026-01-02T03:04:05Z')
const format: LayerFormat = { mtime, gzipLevel: 1, mediaType: MEDIA.ociLayerGzip }
const tmp = (p: string): Promise<string> => mkdtemp(path.join(os.tmpdir(), `gantry-${p}-`))

/** cachedLayer, then the cache's background write awaited (as the oci engine does before it ends). */
async function cached(...args: Parameters<typeof cachedLayer>): ReturnType<typeof cachedLayer> {
  try {
    return await cachedLayer(...args)
  } finally {
    await args[0]?.settle()
  }
}

/** A layer's compressed bytes, through its (verified) stream. */
async function blobBytes(l: { open(): Promise<AsyncIterable<unknown>> }): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of await l.open()) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function binary(dir: string, text: string, name = 'app'): Promise<LayerFile> {
  const file = path.join(dir, name)
  await writeFile(file, text)
  return {
    path: '/usr/local/bin/app',
    mode: 0o755,
    content: { file, sha256: createHash('sha256').update(text).digest('hex'), size: Buffer.byteLength(text) }
  }
}

async function setup(): Promise<{ dir: string; cacheDir: string; cache: LayerCache; file: LayerFile }> {
  const dir = await tmp('lc')
  const cacheDir = path.join(dir, 'cache', 'gantry', 'layers')
  const cache = (await LayerCache.open(cacheDir))!
  return { dir, cacheDir, cache, file: await binary(dir, 'a Go binary, say\n'.repeat(500)) }
}

describe('layerCacheKey', () => {
  const file: LayerFile = {
    path: '/usr/local/bin/app',
    mode: 0o755,
    content: { file: '/x/app', sha256: 'a'.repeat(64), size: 100 }
  }

  it('is a sha256 of the inputs: the same inputs give the same key, the file on disk does not count', () => {
    const key = layerCacheKey([file], format, 'z1')
    expect(key).toMatch(/^[a-f0-9]{64}$/)
    expect(layerCacheKey([{ ...file }], { ...format }, 'z1')).toBe(key)
    expect(
      layerCacheKey(
        [{ ...file, content: { ...(file.content as object), file: '/y/app' } } as LayerFile],
        format,
        'z1'
      )
    ).toBe(key)
  })

  it('changes with every input that changes the layer bytes', () => {
    const key = layerCacheKey([file], format, 'z1')
    const c = file.content as { file: string; sha256: string; size: number }
    const variants: [string, string][] = [
      ['content', layerCacheKey([{ ...file, content: { ...c, sha256: 'b'.repeat(64) } }], format, 'z1')],
      ['size', layerCacheKey([{ ...file, content: { ...c, size: 101 } }], format, 'z1')],
      ['path', layerCacheKey([{ ...file, path: '/app' }], format, 'z1')],
      ['mode', layerCacheKey([{ ...file, mode: 0o750 }], format, 'z1')],
      ['uid', layerCacheKey([{ ...file, uid: 65532 }], format, 'z1')],
      ['gid', layerCacheKey([{ ...file, gid: 65532 }], format, 'z1')],
      ['mtime', layerCacheKey([file], { ...format, mtime: new Date(mtime.getTime() + 1000) }, 'z1')],
      ['level', layerCacheKey([file], { ...format, gzipLevel: 6 }, 'z1')],
      ['media type', layerCacheKey([file], { ...format, mediaType: MEDIA.dockerLayerGzip }, 'z1')],
      ['zlib', layerCacheKey([file], format, 'z2')],
      [
        'another file',
        layerCacheKey([file, { path: '/etc/x', mode: 0o644, content: Buffer.from('x') }], format, 'z1')
      ]
    ]
    for (const [what, k] of variants) expect({ what, same: k === key }).toEqual({ what, same: false })
    expect(new Set(variants.map(v => v[1])).size).toBe(variants.length)
  })

  it('hashes in-memory content, and does not depend on the order files are given in', () => {
    const a: LayerFile = { path: '/etc/a', mode: 0o644, content: Buffer.from('a') }
    const b: LayerFile = { path: '/etc/b', mode: 0o644, content: Buffer.from('b') }
    expect(layerCacheKey([a, b], format, 'z')).toBe(layerCacheKey([b, a], format, 'z'))
    expect(layerCacheKey([a], format, 'z')).not.toBe(
      layerCacheKey([{ ...a, content: Buffer.from('A') }], format, 'z')
    )
  })
})

describe('LayerCache', () => {
  it('a miss builds and stores the layer; a hit gives the same layer from the cache', async () => {
    const { dir, cacheDir, cache, file } = await setup()
    const built = await buildLayer([file], { mtime, dir: await tmp('lc-ref') })
    const first = await cached(cache, [file], { mtime, dir })
    expect(first.cached).toBe(false)
    expect([cache.hits, cache.misses]).toEqual([0, 1])
    const second = await cached(cache, [file], { mtime, dir })
    expect(second.cached).toBe(true)
    expect([cache.hits, cache.misses]).toEqual([1, 1])
    for (const l of [first, second])
      expect({ digest: l.digest, size: l.size, diffId: l.diffId, mediaType: l.mediaType }).toEqual({
        digest: built.digest,
        size: built.size,
        diffId: built.diffId,
        mediaType: built.mediaType
      })
    // The first was built in memory; the second is the cache's blob file.
    expect(first.bytes).toBeInstanceOf(Buffer)
    expect(second.file?.startsWith(cacheDir)).toBe(true)
    expect(sha256Digest(await readFile(second.file!))).toBe(built.digest)
    // The blob it streams is checked too.
    const chunks: Buffer[] = []
    for await (const c of await second.open()) chunks.push(c as Buffer)
    expect(sha256Digest(Buffer.concat(chunks))).toBe(built.digest)
    expect(await layerDiffId([file], mtime)).toBe(built.diffId)
    expect(sha256Digest(zlib.gunzipSync(await blobBytes(second)))).toBe(built.diffId)
  })

  it('is private: created 0700, and not used when another user could write to it', async () => {
    const { cacheDir } = await setup()
    expect((await stat(cacheDir)).mode & 0o777).toBe(0o700)
    await chmod(cacheDir, 0o777)
    expect(await LayerCache.open(cacheDir)).toBeUndefined()
    const file = path.join(await tmp('lc-file'), 'not-a-dir')
    await writeFile(file, '')
    expect(await LayerCache.open(file)).toBeUndefined()
  })

  it('misses on a change of any parameter of the layer', async () => {
    const { dir, cache, file } = await setup()
    await cached(cache, [file], { mtime, dir })
    const other = await binary(dir, 'another binary\n', 'other')
    await cached(cache, [{ ...file, mode: 0o700 }], { mtime, dir })
    await cached(cache, [{ ...file, path: '/app' }], { mtime, dir })
    await cached(cache, [{ ...file, uid: 1 }], { mtime, dir })
    await cached(cache, [file], { mtime: new Date(0), dir })
    await cached(cache, [file], { mtime, dir, gzipLevel: 9 })
    await cached(cache, [other], { mtime, dir })
    expect([cache.hits, cache.misses]).toEqual([0, 7])
  })

  it('a damaged, truncated or unparseable entry is a miss, and is replaced', async () => {
    const { dir, cacheDir, cache, file } = await setup()
    const good = await cached(cache, [file], { mtime, dir })
    const [entry] = await readdir(path.join(cacheDir, 'entries'))
    const entryFile = path.join(cacheDir, 'entries', entry)
    const original = await readFile(entryFile, 'utf8')
    const bad = [
      '',
      original.slice(0, original.length / 2),
      'not json',
      '[]',
      JSON.stringify({ ...JSON.parse(original), digest: 'sha256:nothex' }),
      JSON.stringify({ ...JSON.parse(original), version: 999 }),
      JSON.stringify({ ...JSON.parse(original), size: -1 }),
      JSON.stringify({ ...JSON.parse(original), diffId: sha256Digest('another tar') }),
      JSON.stringify({ ...JSON.parse(original), digest: sha256Digest('another blob') })
    ]
    for (const text of bad) {
      await writeFile(entryFile, text)
      const before = cache.misses
      const l = await cached(cache, [file], { mtime, dir })
      expect({ text, cached: l.cached, digest: l.digest, diffId: l.diffId }).toEqual({
        text,
        cached: false,
        digest: good.digest,
        diffId: good.diffId
      })
      expect(cache.misses).toBe(before + 1)
      // Replaced by the rebuilt layer: the next use hits.
      expect(JSON.parse(await readFile(entryFile, 'utf8'))).toEqual(JSON.parse(original))
      expect((await cached(cache, [file], { mtime, dir })).cached).toBe(true)
    }
  })

  it('a tampered or truncated blob is detected, the layer rebuilt and the blob replaced', async () => {
    const { dir, cacheDir, cache, file } = await setup()
    const good = await cached(cache, [file], { mtime, dir })
    const blob = path.join(cacheDir, 'blobs', `${good.digest.slice(7)}.tar.gz`)
    const bytes = await readFile(blob)
    const flipped = Buffer.from(bytes)
    flipped[flipped.length - 5] ^= 0xff
    for (const damaged of [flipped, bytes.subarray(0, bytes.length - 1), Buffer.alloc(0)]) {
      await writeFile(blob, damaged)
      const l = await cached(cache, [file], { mtime, dir })
      expect(l.cached).toBe(false)
      expect(l.digest).toBe(good.digest)
      expect(await readFile(blob)).toEqual(bytes)
      expect((await cached(cache, [file], { mtime, dir })).cached).toBe(true)
    }
  })

  it('a binary that is not what artifacts.json says fails on a hit as on a miss', async () => {
    const { dir, cache, file } = await setup()
    await cached(cache, [file], { mtime, dir })
    const c = file.content as { file: string; size: number }
    await writeFile(c.file, 'x'.repeat(c.size))
    await expect(cached(cache, [file], { mtime, dir })).rejects.toThrow(DigestMismatchError)
  })

  it('writes atomically: a temporary file left by a killed run is neither an entry nor a blob', async () => {
    const { dir, cacheDir, cache, file } = await setup()
    const key = layerCacheKey([file], format)
    // What a run killed while writing leaves: half-written temporary files beside the real names.
    await writeFile(path.join(cacheDir, 'entries', `${key}.json.123-abc.tmp`), '{"version":1,"dig')
    await writeFile(path.join(cacheDir, 'blobs', 'deadbeef.tar.gz.123-abc.tmp'), 'half a blob')
    const l = await cached(cache, [file], { mtime, dir })
    expect(l.cached).toBe(false)
    const names = (await readdir(path.join(cacheDir, 'entries'))).sort()
    expect(names).toEqual([`${key}.json`, `${key}.json.123-abc.tmp`])
    // The store went through a temporary name: nothing but the final files and the old leftovers.
    expect((await readdir(path.join(cacheDir, 'blobs'))).filter(n => n.endsWith('.tmp'))).toEqual([
      'deadbeef.tar.gz.123-abc.tmp'
    ])
    expect((await cached(cache, [file], { mtime, dir })).cached).toBe(true)
  })

  it('a store that cannot write leaves no entry and does not fail the build', async () => {
    const { dir, cacheDir, cache, file } = await setup()
    // blobs/ replaced by a file: no blob can be written there (even by root, unlike a read-only mode).
    await rm(path.join(cacheDir, 'blobs'), { recursive: true })
    await writeFile(path.join(cacheDir, 'blobs'), '')
    const l = await cached(cache, [file], { mtime, dir })
    expect(l.cached).toBe(false)
    expect(l.digest).toMatch(/^sha256:/)
    expect(await readdir(path.join(cacheDir, 'entries'))).toEqual([])
  })

  it('trims once a day: stale temporary files, entries and blobs unused for days, then down to the cap', async () => {
    const { dir, cacheDir, cache, file } = await setup()
    const a = await cached(cache, [file], { mtime, dir })
    const other = await binary(dir, 'another binary\n'.repeat(100), 'other')
    const b = await cached(cache, [other], { mtime, dir })
    const blobA = path.join(cacheDir, 'blobs', `${a.digest.slice(7)}.tar.gz`)
    const blobB = path.join(cacheDir, 'blobs', `${b.digest.slice(7)}.tar.gz`)
    const tmpFile = path.join(cacheDir, 'blobs', 'x.tar.gz.1-a.tmp')
    await writeFile(tmpFile, 'left by a killed run')
    const now = Date.now()
    const old = new Date(now - LAYER_CACHE_MAX_AGE_MS - 60_000)
    await utimes(tmpFile, new Date(now - 2 * 3600_000), new Date(now - 2 * 3600_000))
    await utimes(blobB, old, old)
    const entriesBefore = await readdir(path.join(cacheDir, 'entries'))
    await utimes(path.join(cacheDir, 'entries', entriesBefore[0]), old, old)

    expect(await cache.trim(now)).toBe(3)
    expect((await readdir(path.join(cacheDir, 'blobs'))).sort()).toEqual([path.basename(blobA)])
    expect(await readdir(path.join(cacheDir, 'entries'))).toHaveLength(1)
    // Not again the same day.
    expect(await cache.trim(now + 3600_000)).toBeUndefined()
    // A blob that is gone is a miss, rebuilt.
    expect((await cached(cache, [other], { mtime, dir })).cached).toBe(false)
    // Past the cap, the least recently used blob goes first.
    await utimes(blobA, new Date(now - 3600_000), new Date(now - 3600_000))
    expect(await cache.trim(now, { force: true, capBytes: (await stat(blobB)).size })).toBe(1)
    expect(await readdir(path.join(cacheDir, 'blobs'))).toEqual([path.basename(blobB)])
    expect((await cached(cache, [file], { mtime, dir })).cached).toBe(false)
  })

  it('without a cache, cachedLayer is buildLayer', async () => {
    const dir = await tmp('lc-none')
    const file = await binary(dir, 'bin\n')
    const l = await cached(undefined, [file], { mtime, dir })
    expect(l.cached).toBe(false)
    expect(l.digest).toBe(
      (await buildLayer([file], { mtime, dir: await mkdtemp(path.join(dir, 'x-')) })).digest
    )
    await mkdir(path.join(dir, 'y'))
  })
})
