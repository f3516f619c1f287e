// Reads the build info the Go linker embeds in every executable since Go 1.13: the `\xff Go buildinf:`
// blob with the toolchain version and the module info (`path`, `mod`, `dep`, `=>`, `build` lines). Written
// from the format as Go's debug/buildinfo and runtime/debug describe it: a 32-byte header (magic, pointer
// size, flags), then either the two strings inline with varint lengths (Go 1.18+) or, before 1.18, two
// pointers to Go string headers that are resolved through the section table. Every read is bounded.

import { type ExecutableInfo, type RandomAccess, type Section } from './executable.js'

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const ALIGN = 16
const HEADER_SIZE = 32
/** The search for the header reads the data section in chunks of this size. */
const SEARCH_CHUNK = 64 * 1024
/** No real version or module info string comes near this; a larger length is corruption. */
const MAX_STRING = 16 << 20

/** The raw strings: the toolchain version (`go1.22.3`) and the module info with its sentinels removed. */
export interface RawBuildInfo {
  version: string
  modinfo: string
  /** Which header format the binary has: `inline` (Go 1.18+) or `pointer` (Go 1.13-1.17). */
  format: 'inline' | 'pointer'
}

export interface GoModule {
  path: string
  /** Empty for a main module built without a version, or a directory replacement. */
  version: string
  sum?: string
  replace?: GoModule
}

/** What runtime/debug.BuildInfo holds, read from a binary. */
export interface GoBuildInfo {
  goVersion: string
  /** The main package's import path (`path` line). */
  path?: string
  main?: GoModule
  deps: GoModule[]
  /** `build` lines, in the binary's order (-buildmode, -ldflags, CGO_ENABLED, GOARCH, GOOS, vcs...). */
  settings: { key: string; value: string }[]
}

/**
 * Find and decode the build info blob; undefined when the executable has none (not a Go binary, or a Go
 * binary older than 1.13). Format errors in a blob that is there are errors.
 */
export async function readRawBuildInfo(
  f: RandomAccess,
  exe: ExecutableInfo
): Promise<RawBuildInfo | undefined> {
  const region = dataRegion(exe)
  if (!region) return undefined
  const at = await searchMagic(f, region.offset, region.size)
  if (at === undefined) return undefined
  const header = await f.readAt(at, HEADER_SIZE, 'Go build info header')
  const ptrSize = header[14]
  const flags = header[15]
  let version: string
  let modinfo: string
  let format: RawBuildInfo['format']
  if (flags & 0x2) {
    format = 'inline'
    const end = region.offset + region.size
    const v = await decodeString(f, at + HEADER_SIZE, end)
    version = v.text
    modinfo = (await decodeString(f, v.next, end)).text
  } else {
    format = 'pointer'
    if (ptrSize !== 4 && ptrSize !== 8) return undefined
    const big = (flags & 0x1) === 1
    const readPtr = (b: Buffer, o: number): bigint =>
      ptrSize === 8
        ? big
          ? b.readBigUInt64BE(o)
          : b.readBigUInt64LE(o)
        : BigInt(big ? b.readUInt32BE(o) : b.readUInt32LE(o))
    const readString = async (addr: bigint): Promise<string> => {
      const hdr = await readAddr(f, exe, addr, 2 * ptrSize, 'Go string header')
      const len = readPtr(hdr, ptrSize)
      if (len > BigInt(MAX_STRING)) throw corrupt(f, `a string of ${len} bytes`)
      return (await readAddr(f, exe, readPtr(hdr, 0), Number(len), 'Go string')).toString('utf8')
    }
    version = await readString(readPtr(header, 16))
    modinfo = await readString(readPtr(header, 16 + ptrSize))
  }
  if (!version) return undefined
  // The module info is framed by two 16-byte sentinels; without the frame there is none.
  modinfo = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n' ? modinfo.slice(16, -16) : ''
  return { version, modinfo, format }
}

/** Read a binary's build info and parse it; undefined when it has none. */
export async function readGoBuildInfo(
  f: RandomAccess,
  exe: ExecutableInfo
): Promise<GoBuildInfo | undefined> {
  const raw = await readRawBuildInfo(f, exe)
  return raw && parseModInfo(raw.version, raw.modinfo)
}

/**
 * Parse the module info text the way runtime/debug.ParseBuildInfo does: tab-separated lines, `=>` applies
 * to the module on the line before it, `build` keys and values are Go-quoted when they hold spaces, tabs,
 * quotes or `=`. Unknown lines are ignored (newer toolchains may add some).
 */
export function parseModInfo(goVersion: string, modinfo: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion, deps: [], settings: [] }
  let last: GoModule | undefined
  for (const line of modinfo.split('\n')) {
    const [kind, ...rest] = line.split('\t')
    if (kind === 'path') info.path = rest[0]
    else if (kind === 'mod' || kind === 'dep') {
      const m = module(rest)
      if (!m) continue
      if (kind === 'mod') info.main = m
      else info.deps.push(m)
      last = m
    } else if (kind === '=>') {
      const m = module(rest)
      if (m && last && !last.replace) last.replace = m
    } else if (kind === 'build') {
      const setting = parseSetting(rest.join('\t'))
      if (setting) info.settings.push(setting)
    }
    if (kind !== 'mod' && kind !== 'dep') last = undefined
  }
  return info
}

function module(fields: string[]): GoModule | undefined {
  const [path, version = '', sum = ''] = fields
  if (!path) return undefined
  return sum ? { path, version, sum } : { path, version }
}

function parseSetting(text: string): { key: string; value: string } | undefined {
  let key: string
  let rest: string
  if (text.startsWith('"')) {
    const q = quotedPrefix(text)
    if (q === undefined || text[q.length] !== '=') return undefined
    key = q.value
    rest = text.slice(q.length + 1)
  } else {
    const eq = text.indexOf('=')
    if (eq <= 0) return undefined
    key = text.slice(0, eq)
    rest = text.slice(eq + 1)
  }
  if (rest.startsWith('"')) {
    const q = quotedPrefix(rest)
    if (q === undefined || q.length !== rest.length) return undefined
    return { key, value: q.value }
  }
  return { key, value: rest }
}

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'"
}

/** Decode a Go double-quoted string literal at the start of `s` (strconv.Unquote's rules). */
export function quotedPrefix(s: string): { value: string; length: number } | undefined {
  if (s[0] !== '"') return undefined
  const bytes: number[] = []
  const pushText = (t: string): void => {
    for (const b of Buffer.from(t, 'utf8')) bytes.push(b)
  }
  for (let i = 1; i < s.length;) {
    const c = s[i]
    if (c === '"') return { value: Buffer.from(bytes).toString('utf8'), length: i + 1 }
    if (c === '\n') return undefined
    if (c !== '\\') {
      const cp = s.codePointAt(i) ?? 0
      const ch = String.fromCodePoint(cp)
      pushText(ch)
      i += ch.length
      continue
    }
    const e = s[i + 1]
    if (e === undefined) return undefined
    if (e in ESCAPES) {
      pushText(ESCAPES[e])
      i += 2
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const hex = s.slice(i + 2, i + 2 + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined
      const v = parseInt(hex, 16)
      if (e === 'x') bytes.push(v)
      else if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return undefined
      else pushText(String.fromCodePoint(v))
      i += 2 + n
    } else if (e >= '0' && e <= '7') {
      const oct = s.slice(i + 1, i + 4)
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return undefined
      bytes.push(parseInt(oct, 8))
      i += 4
    } else return undefined
  }
  return undefined
}

/** The file region the header is searched in, as Go's reader picks it for each format. */
function dataRegion(exe: ExecutableInfo): { offset: number; size: number } | undefined {
  const named = (names: string[]): Section | undefined =>
    exe.sections.find(s => names.includes(s.name) && s.size > 0)
  let s: Section | undefined
  if (exe.format === 'elf') s = named(['.go.buildinfo'])
  else if (exe.format === 'pe') s = named(['.data'])
  else s = named(['__go_buildinfo']) ?? exe.sections.find(x => x.segment === '__DATA' && x.size > 0)
  return s && { offset: s.offset, size: s.size }
}

/** The first 16-byte aligned header in the region, read in bounded chunks. */
async function searchMagic(f: RandomAccess, offset: number, size: number): Promise<number | undefined> {
  const end = Math.min(offset + size, f.size)
  // Alignment is of addresses; sections start aligned, so offsets from the section start will do.
  for (let start = offset; start < end; start += SEARCH_CHUNK) {
    const len = Math.min(SEARCH_CHUNK, end - start)
    const chunk = await f.readAt(start, len, 'Go build info search')
    for (let i = chunk.indexOf(MAGIC); i >= 0; i = chunk.indexOf(MAGIC, i + 1)) {
      if (i % ALIGN !== 0) continue
      return end - (start + i) >= HEADER_SIZE ? start + i : undefined
    }
  }
  return undefined
}

/** A uvarint length and that many bytes, inside [at, end). */
async function decodeString(
  f: RandomAccess,
  at: number,
  end: number
): Promise<{ text: string; next: number }> {
  const head = await f.readAt(at, Math.min(10, end - at), 'Go build info string length')
  let len = 0
  let n = 0
  for (let shift = 0; ; shift += 7) {
    if (n >= head.length) throw corrupt(f, 'an unterminated string length')
    const b = head[n++]
    len += (b & 0x7f) * 2 ** shift
    if (b < 0x80) break
  }
  if (len > MAX_STRING || at + n + len > end) throw corrupt(f, `a string of ${len} bytes`)
  const text = (await f.readAt(at + n, len, 'Go build info string')).toString('utf8')
  return { text, next: at + n + len }
}

/** Read bytes at a virtual address, through the section that holds it. */
async function readAddr(
  f: RandomAccess,
  exe: ExecutableInfo,
  addr: bigint,
  length: number,
  what: string
): Promise<Buffer> {
  const a = exe.format === 'pe' ? addr - (exe.imageBase ?? 0n) : addr
  const s = exe.sections.find(x => x.size > 0 && a >= x.addr && a < x.addr + BigInt(x.size))
  if (!s) throw corrupt(f, `a ${what} at address 0x${addr.toString(16)} outside every section`)
  const off = Number(a - s.addr)
  if (off + length > s.size) throw corrupt(f, `a ${what} that runs past the end of ${s.name}`)
  return f.readAt(s.offset + off, length, what)
}

/** The build info is there but does not decode. */
export class BuildInfoError extends Error {
  constructor(
    readonly file: string,
    detail: string
  ) {
    super(`${file}: corrupt Go build info (${detail}).`)
    this.name = 'BuildInfoError'
  }
}

function corrupt(f: RandomAccess, what: string): BuildInfoError {
  return new BuildInfoError(f.file, `it has ${what}`)
}
