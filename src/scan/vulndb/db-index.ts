// An index of a vulnerability database source (a folder, zip or file of OSV records) kept on disk, so a warm
// load reads and parses only the records for the packages the inventory holds instead of all of them: for
// every file or zip entry the loader took, in order, its name, the (family, name) pairs it affects and its
// text, or why it was refused. Replaying it gives the loader the same calls as reading the source did, so
// statistics, warnings and which records are kept are the same; every record used is parsed and checked
// against the OSV schema again, as on a cold load. Only the selection is taken from the index.
//
// Validity: the index is for one source path and is used only while the source's files are what they were
// when it was written: the same list of files, each with the same size, inode, modification and change
// time (the change time cannot be set by tools that copy or restore files). Trust model as the layer cache
// (../layer-cache.ts): the user's private folder; the header carries its sha256 and every record its own,
// checked before use, so a damaged or edited index is a miss. Sources whose records add up to more than
// MAX_INDEXED_BYTES (a distribution's whole export) are not indexed.

import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { TOOL } from '../../model/tool.js'
import { codeIdentity } from '../../util/code-identity.js'
import { privateDir, writeFileAtomic } from '../../util/disk-cache.js'
import { sha256Hex } from '../../util/digest.js'
import { validator } from '../../util/json.js'
import { pruneCacheFolder } from '../layer-cache.js'

export const DB_INDEX_FORMAT = 1
export const MAX_INDEXED_BYTES = 128 * 1024 * 1024
export const DEFAULT_DB_INDEX_BYTES = 512 * 1024 * 1024
const SUFFIX = '.dbindex'

/** One call the loader received: a text it took (with the packages it names, when it parsed), or a refusal. */
export type IndexedEntry =
  { name: string; text: string; keys?: [family: string, name: string][] } | { name: string; reason: string }

/** What loading one source did, in order, and the zip bytes it counted against the total cap. */
export interface IndexedSource {
  entries: IndexedEntry[]
  zipBytes: number
}

interface StoredEntry {
  n: string
  r?: string
  k?: [string, string][]
  /** Offset and length of the text in the data after the header, and its sha256. */
  o?: number
  l?: number
  h?: string
}

interface Header {
  key: string
  source: string
  signature: string
  zipBytes: number
  entries: StoredEntry[]
}

const HEADER_FIELDS = {
  type: 'object',
  properties: {
    key: { type: 'string' },
    source: { type: 'string' },
    signature: { type: 'string' },
    zipBytes: { type: 'integer', minimum: 0 },
    entries: { type: 'array' }
  },
  required: ['key', 'source', 'signature', 'zipBytes', 'entries']
} as const

const isString = (v: unknown): v is string => typeof v === 'string'
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

/**
 * One entry of the header, checked by hand: ajv spent about 30 ms on the 4,291 entries of Go's database,
 * a tenth of a warm scan. The header's sha256 is checked first; this only guards the shape.
 */
function isStoredEntry(e: unknown): e is StoredEntry {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false
  const { n, r, k, o, l, h } = e as Record<string, unknown>
  if (!isString(n)) return false
  if (r !== undefined) return isString(r)
  if (!isCount(o) || !isCount(l) || !isString(h) || !/^[a-f0-9]{64}$/.test(h)) return false
  return (
    k === undefined ||
    (Array.isArray(k) && k.every(p => Array.isArray(p) && p.length === 2 && isString(p[0]) && isString(p[1])))
  )
}

/**
 * What identifies a source's current contents without reading them: each file's path, size, inode,
 * modification and change time. `files` lists the source's database files (relative, sorted); for a file
 * source it is `['']`.
 */
export function sourceSignature(source: string, files: readonly string[]): string {
  const parts = files.map(f => {
    const st = statSync(f ? path.join(source, f) : source)
    return [f, st.size, st.ino, st.dev, st.mtimeMs, st.ctimeMs].join(':')
  })
  return sha256Hex(parts.join('\n'))
}

export class DbIndex {
  private constructor(
    readonly dir: string,
    private readonly salt: string,
    private readonly maxBytes: number
  ) {}

  /** The index folder, or undefined when it cannot be private to this user (then nothing is indexed). */
  static async open(
    dir: string,
    limits: unknown,
    maxBytes = DEFAULT_DB_INDEX_BYTES
  ): Promise<DbIndex | undefined> {
    const own = await privateDir(dir)
    return own
      ? new DbIndex(own, JSON.stringify([DB_INDEX_FORMAT, TOOL.version, codeIdentity(), limits]), maxBytes)
      : undefined
  }

  key(source: string): string {
    return sha256Hex(`${this.salt}\u0000${path.resolve(source)}`)
  }

  private file(source: string): string {
    return path.join(this.dir, `${this.key(source)}${SUFFIX}`)
  }

  /**
   * The source's index when there is a sound one for this signature; `need` says which taken entries the
   * replay will parse (the rest are only counted), so only those texts are read and checked.
   */
  get(
    source: string,
    signature: string,
    need: (e: { keys?: [string, string][] }) => boolean
  ): IndexedSource | undefined {
    let fd: number
    try {
      fd = openSync(this.file(source), 'r')
    } catch {
      return undefined
    }
    try {
      return readIndex(fd, { key: this.key(source), source: path.resolve(source), signature }, need)
    } catch {
      return undefined
    } finally {
      closeSync(fd)
    }
  }

  /** Keep what loading a source did; too large a source, or a failed write, leaves no index. */
  async put(source: string, signature: string, loaded: IndexedSource): Promise<boolean> {
    const texts: Buffer[] = []
    let offset = 0
    const entries: StoredEntry[] = loaded.entries.map(e => {
      if ('reason' in e) return { n: e.name, r: e.reason }
      const data = Buffer.from(e.text, 'utf8')
      texts.push(data)
      const stored: StoredEntry = { n: e.name, o: offset, l: data.length, h: sha256Hex(data) }
      offset += data.length
      return e.keys ? { ...stored, k: e.keys } : stored
    })
    if (offset > MAX_INDEXED_BYTES) return false
    const header: Header = {
      key: this.key(source),
      source: path.resolve(source),
      signature,
      zipBytes: loaded.zipBytes,
      entries
    }
    const head = JSON.stringify(header)
    const first = `${sha256Hex(head)} ${Buffer.byteLength(head)}\n`
    try {
      await writeFileAtomic(this.file(source), Buffer.concat([Buffer.from(first + head), ...texts]))
    } catch {
      return false
    }
    await pruneCacheFolder(this.dir, SUFFIX, this.maxBytes)
    return true
  }
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.allocUnsafe(length)
  let off = 0
  while (off < length) {
    const n = readSync(fd, buf, off, length - off, position + off)
    if (n === 0) throw new Error('index cut short')
    off += n
  }
  return buf
}

/** Parse and check an index file: header hash, identity, signature, then each needed text's hash. */
function readIndex(
  fd: number,
  want: { key: string; source: string; signature: string },
  need: (e: { keys?: [string, string][] }) => boolean
): IndexedSource | undefined {
  const size = fstatSync(fd).size
  const lead = readExactly(fd, Math.min(96, size), 0).toString('latin1')
  const m = /^([a-f0-9]{64}) (\d{1,12})\n/.exec(lead)
  if (!m) return undefined
  const start = m[0].length
  const headLength = Number(m[2])
  if (start + headLength > size) return undefined
  const head = readExactly(fd, headLength, start)
  if (sha256Hex(head) !== m[1]) return undefined
  const header: unknown = JSON.parse(head.toString('utf8'))
  if (!validator<Header>(HEADER_FIELDS)(header) || !header.entries.every(isStoredEntry)) return undefined
  if (header.key !== want.key || header.source !== want.source || header.signature !== want.signature)
    return undefined
  const base = start + headLength
  const entries: IndexedEntry[] = []
  for (const e of header.entries) {
    if (e.r !== undefined) {
      entries.push({ name: e.n, reason: e.r })
      continue
    }
    if (e.o === undefined || e.l === undefined || e.h === undefined || base + e.o + e.l > size)
      return undefined
    const keys = e.k
    if (keys && !need({ keys })) {
      entries.push({ name: e.n, text: '', keys })
      continue
    }
    const data = readExactly(fd, e.l, base + e.o)
    if (sha256Hex(data) !== e.h) return undefined
    entries.push({ name: e.n, text: data.toString('utf8'), ...(keys ? { keys } : {}) })
  }
  return { entries, zipBytes: header.zipBytes }
}
