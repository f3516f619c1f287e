// An index of the regular files in a tar archive (name -> offset and size), read from the headers alone,
// so the files of a tarred OCI layout can be streamed straight out of the archive without unpacking it.
// Reads ustar headers, PAX extended headers (path, size, linkpath) and GNU long names; ignores everything
// that is not a regular file (symlinks are listed apart on request), and names that are absolute or climb
// out with `..`.

import { open } from 'node:fs/promises'

export interface TarEntry {
  /** Offset of the file's first byte in the archive. */
  offset: number
  size: number
}

const BLOCK = 512

function field(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len)
  const nul = s.indexOf(0)
  return s.subarray(0, nul < 0 ? s.length : nul).toString('utf8')
}

function octal(b: Buffer, start: number, len: number): number {
  // Base-256 (GNU) for sizes of 8 GiB and more: the first byte has its high bit set.
  if (b[start] & 0x80) {
    let n = 0
    for (let i = start + 1; i < start + len; i++) n = n * 256 + b[i]
    return n
  }
  const s = field(b, start, len).trim()
  if (!/^[0-7]*$/.test(s)) throw new Error(`not a tar header (size field "${s.slice(0, 12)}")`)
  return s ? parseInt(s, 8) : 0
}

function checksumOk(h: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]
  return sum === octal(h, 148, 8)
}

function pax(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  let rest = Buffer.from(text, 'utf8')
  while (rest.length) {
    const sp = rest.indexOf(0x20)
    const len = Number(rest.subarray(0, sp).toString('ascii'))
    if (sp < 0 || !Number.isInteger(len) || len <= sp || len > rest.length) break
    const record = rest.subarray(sp + 1, len - 1).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    rest = rest.subarray(len)
  }
  return out
}

/** Normalise an entry name: no leading `./` or `/`; undefined for names that climb out. */
function clean(name: string): string | undefined {
  const parts = name.split('/').filter(p => p && p !== '.')
  if (!parts.length || parts.includes('..') || name.startsWith('/')) return undefined
  return parts.join('/')
}

/**
 * Index a tar file. Throws when the file is not a tar (a bad header checksum) or ends mid-entry. With
 * `links`, symbolic links are recorded there (name -> target as written; resolving is the caller's).
 */
export async function indexTar(file: string, links?: Map<string, string>): Promise<Map<string, TarEntry>> {
  const fh = await open(file, 'r')
  const out = new Map<string, TarEntry>()
  try {
    const { size: total } = await fh.stat()
    const h = Buffer.alloc(BLOCK)
    let pos = 0
    let longName: string | undefined
    let longLink: string | undefined
    let paxHeaders: Record<string, string> = {}
    for (;;) {
      if (pos + BLOCK > total) break
      await fh.read(h, 0, BLOCK, pos)
      if (h.every(b => b === 0)) break
      if (!checksumOk(h)) throw new Error(`not a tar archive (bad header at byte ${pos})`)
      const type = String.fromCharCode(h[156] || 0x30)
      let size = octal(h, 124, 12)
      if (paxHeaders.size !== undefined && /^\d+$/.test(paxHeaders.size)) size = Number(paxHeaders.size)
      const data = pos + BLOCK
      const next = data + Math.ceil(size / BLOCK) * BLOCK
      if (data + size > total) throw new Error('the tar archive ends in the middle of an entry')
      if (type === 'x' || type === 'L' || type === 'K') {
        if (size > 1 << 20) throw new Error('a tar extended header is larger than 1 MiB')
        const buf = Buffer.alloc(size)
        await fh.read(buf, 0, size, data)
        if (type === 'x') paxHeaders = pax(buf.toString('utf8'))
        else if (type === 'L') longName = field(buf, 0, size)
        else longLink = field(buf, 0, size)
        pos = next
        continue
      }
      if (type !== 'g') {
        const prefix = field(h, 345, 155)
        const base = field(h, 0, 100)
        const name =
          paxHeaders.path ?? longName ?? (prefix && field(h, 257, 6) === 'ustar' ? `${prefix}/${base}` : base)
        const c = clean(name)
        if ((type === '0' || type === '\0' || type === '7') && c !== undefined)
          out.set(c, { offset: data, size })
        if (type === '2' && links && c !== undefined)
          links.set(c, paxHeaders.linkpath ?? longLink ?? field(h, 157, 100))
      }
      longName = undefined
      longLink = undefined
      paxHeaders = {}
      pos = next
    }
  } finally {
    await fh.close()
  }
  return out
}
