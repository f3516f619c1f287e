// Deterministic layers: the same files and time give the same bytes in any folder; the tar has sorted
// entries, explicit parent directories 0755, fixed owner and modes, one mtime; the gzip header is fixed.
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, writeFile, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import { buildLayer, type LayerFile } from '../../src/oci/layer.js'
import { DigestMismatchError } from '../../src/util/digest.js'
import { UserError } from '../../src/util/errors.js'

const mtime = new Date('2026-01-02T03:04:05Z')
const tmp = (p: string): Promise<string> => mkdtemp(path.join(os.tmpdir(), `gantry-${p}-`))

/** A layer's compressed bytes, through its stream. */
async function blobBytes(l: { open(): Promise<AsyncIterable<unknown>> }): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of await l.open()) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function entries(
  gz: Buffer
): Promise<
  { name: string; type: string; mode: number; uid: number; gid: number; mtime: number; body: string }[]
> {
  const out: {
    name: string
    type: string
    mode: number
    uid: number
    gid: number
    mtime: number
    body: string
  }[] = []
  const extract = tar.extract()
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = []
      stream.on('data', c => chunks.push(c as Buffer))
      stream.on('end', () => {
        out.push({
          name: h.name,
          type: h.type ?? '',
          mode: h.mode ?? 0,
          uid: h.uid ?? -1,
          gid: h.gid ?? -1,
          mtime: h.mtime?.getTime() ?? 0,
          body: Buffer.concat(chunks).toString('utf8')
        })
        next()
      })
    })
    extract.on('finish', resolve)
    extract.on('error', reject)
  })
  Readable.from([zlib.gunzipSync(gz)]).pipe(extract)
  await done
  return out
}

async function binary(dir: string, text: string): Promise<LayerFile['content']> {
  const file = path.join(dir, 'app')
  await writeFile(file, text)
  return { file, sha256: createHash('sha256').update(text).digest('hex'), size: Buffer.byteLength(text) }
}

describe('deterministic layers', () => {
  test('same files and time: same digest and diff_id in two folders; entries sorted with parents', async () => {
    const make = async (): Promise<Awaited<ReturnType<typeof buildLayer>>> => {
      const src = await tmp('src')
      return buildLayer(
        [
          { path: '/usr/local/bin/app', mode: 0o755, content: await binary(src, 'binary bytes') },
          { path: '/etc/ssl/certs/ca-certificates.crt', mode: 0o644, content: Buffer.from('certs\n') },
          { path: '/etc/passwd', mode: 0o644, content: Buffer.from('root:x:0:0::/:/x\n') }
        ],
        { mtime, dir: await tmp('out') }
      )
    }
    const a = await make()
    const b = await make()
    expect(a.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(b.digest).toBe(a.digest)
    expect(b.diffId).toBe(a.diffId)
    expect(a.diffId).not.toBe(a.digest)
    const bytes = await blobBytes(a)
    expect(a.size).toBe(bytes.length)
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(a.digest)
    expect(`sha256:${createHash('sha256').update(zlib.gunzipSync(bytes)).digest('hex')}`).toBe(a.diffId)
    // gzip header: magic, deflate, no flags (no name), mtime 0, OS 3.
    expect([...bytes.subarray(0, 8)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])
    expect(bytes[9]).toBe(3)

    const list = await entries(bytes)
    expect(list.map(e => e.name)).toEqual([
      'etc/',
      'etc/passwd',
      'etc/ssl/',
      'etc/ssl/certs/',
      'etc/ssl/certs/ca-certificates.crt',
      'usr/',
      'usr/local/',
      'usr/local/bin/',
      'usr/local/bin/app'
    ])
    for (const e of list) {
      expect(e.uid).toBe(0)
      expect(e.gid).toBe(0)
      expect(e.mtime).toBe(mtime.getTime())
      if (e.name.endsWith('/')) expect([e.type, e.mode]).toEqual(['directory', 0o755])
    }
    expect(list.find(e => e.name === 'etc/passwd')?.mode).toBe(0o644)
    expect(list.find(e => e.name === 'usr/local/bin/app')).toMatchObject({
      mode: 0o755,
      body: 'binary bytes'
    })
  })

  test('built in memory or streamed through a file: the same bytes', async () => {
    // A binary-like file of a few MiB (long matches, runs and noise) crosses zlib's and the read's chunks.
    const src = await tmp('src')
    const size = 5 * 1024 * 1024 + 12345
    const data = Buffer.alloc(size)
    let x = 12345
    for (let i = 0; i < size; i++) {
      x = (x * 1103515245 + 12345) >>> 0
      data[i] = i % 4096 < 1024 ? (x >>> 24) & 0xff : i % 251
    }
    const file = path.join(src, 'app')
    await writeFile(file, data)
    const files: LayerFile[] = [
      {
        path: '/usr/local/bin/app',
        mode: 0o755,
        content: { file, sha256: createHash('sha256').update(data).digest('hex'), size }
      },
      { path: '/etc/passwd', mode: 0o644, content: Buffer.from('root:x:0:0::/:/x\n') }
    ]
    const dir = await tmp('out')
    const inMemory = await buildLayer(files, { mtime, dir })
    const streamed = await buildLayer(files, { mtime, dir, inMemoryMax: 0 })
    expect(inMemory.bytes).toBeInstanceOf(Buffer)
    expect(inMemory.file).toBeUndefined()
    expect(streamed.bytes).toBeUndefined()
    expect(streamed.file).toBe(path.join(dir, `${streamed.digest.slice(7)}.tar.gz`))
    expect(inMemory.digest).toBe(streamed.digest)
    expect(inMemory.diffId).toBe(streamed.diffId)
    expect(inMemory.size).toBe(streamed.size)
    expect((await blobBytes(inMemory)).equals(await readFile(streamed.file!))).toBe(true)
    // Level 1 (LAYER_GZIP_LEVEL), memLevel 9 (LAYER_GZIP_MEM_LEVEL): zlib's own output for those settings.
    const gz = zlib.gzipSync(zlib.gunzipSync(inMemory.bytes!), { level: 1, memLevel: 9 })
    gz[9] = 3
    expect(gz.equals(inMemory.bytes!)).toBe(true)
  })

  test('a different time gives a different digest', async () => {
    const dir = await tmp('out')
    const files: LayerFile[] = [{ path: '/a', mode: 0o644, content: Buffer.from('x') }]
    const a = await buildLayer(files, { mtime, dir })
    const b = await buildLayer(files, { mtime: new Date(0), dir })
    expect(b.digest).not.toBe(a.digest)
  })

  test.each([
    ['in memory', undefined],
    ['streamed', 0]
  ])(
    '%s: a binary that is not what artifacts.json says is refused; so is a symlink',
    async (_, inMemoryMax) => {
      const src = await tmp('src')
      const content = await binary(src, 'real')
      const dir = await tmp('out')
      await expect(
        buildLayer([{ path: '/app', mode: 0o755, content: { ...content, sha256: '0'.repeat(64) } }], {
          mtime,
          dir,
          inMemoryMax
        })
      ).rejects.toBeInstanceOf(DigestMismatchError)
      await expect(
        buildLayer([{ path: '/app', mode: 0o755, content: { ...content, size: 99 } }], {
          mtime,
          dir,
          inMemoryMax
        })
      ).rejects.toThrow(/is 4 bytes; artifacts.json says 99/)
      const link = path.join(src, 'link')
      await symlink('/etc/hostname', link)
      await expect(
        buildLayer([{ path: '/app', mode: 0o755, content: { ...content, file: link } }], {
          mtime,
          dir,
          inMemoryMax
        })
      ).rejects.toBeInstanceOf(UserError)
      // Nothing is left behind in the layer folder.
      expect(await readdir(dir)).toEqual([])
    }
  )
})
