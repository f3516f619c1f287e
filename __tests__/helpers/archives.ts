// Read the entries of the archives go-build writes, for assertions: tar.gz with tar-stream, zip by parsing its
// central directory (names, modes, DOS times), so the tests need no unzip tool.

import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import tar from 'tar-stream'

export interface ListedEntry {
  name: string
  mode: number
  /** Modification time as stored (tar: UTC seconds; zip: the DOS fields read as UTC). */
  mtime: Date
  size: number
  uid?: number
  gid?: number
  uname?: string
  gname?: string
  type: string
  data: Buffer
}

export async function listTarGz(file: string): Promise<ListedEntry[]> {
  const raw = gunzipSync(await readFile(file))
  const extract = tar.extract()
  const out: ListedEntry[] = []
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = []
      stream.on('data', (c: unknown) => chunks.push(c as Buffer))
      stream.on('end', () => {
        out.push({
          name: h.name,
          mode: h.mode ?? 0,
          mtime: h.mtime ?? new Date(0),
          size: h.size ?? 0,
          uid: h.uid,
          gid: h.gid,
          uname: h.uname,
          gname: h.gname,
          type: h.type ?? 'file',
          data: Buffer.concat(chunks)
        })
        next()
      })
      stream.resume()
    })
    extract.on('finish', resolve)
    extract.on('error', reject)
  })
  extract.end(raw)
  await done
  return out
}

export async function listZip(file: string): Promise<Omit<ListedEntry, 'data'>[]> {
  const buf = await readFile(file)
  let eocd = -1
  for (let i = buf.length - 22; i >= 0; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  if (eocd < 0) throw new Error(`${file}: no end of central directory`)
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const out: Omit<ListedEntry, 'data'>[] = []
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry`)
    const time = buf.readUInt16LE(p + 12)
    const date = buf.readUInt16LE(p + 14)
    const size = buf.readUInt32LE(p + 24)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const external = buf.readUInt32LE(p + 38)
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8')
    out.push({
      name,
      mode: (external >>> 16) & 0o7777,
      mtime: new Date(
        Date.UTC(
          (date >> 9) + 1980,
          ((date >> 5) & 0xf) - 1,
          date & 0x1f,
          time >> 11,
          (time >> 5) & 0x3f,
          (time & 0x1f) * 2
        )
      ),
      size,
      type: (external >>> 16) & 0o040000 ? 'directory' : 'file'
    })
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}
