// Reads the headers of an executable — ELF (linux, BSDs), PE (windows) or Mach-O (darwin, ios) — to say
// what it was built for: format, GOARCH, word size and byte order, plus the section table. Tests use it to
// check cross-compiled binaries; the scan stage reads Go's build info through it (the
// `\xff Go buildinf:` blob in .go.buildinfo, __go_buildinfo or PE .data) without loading whole files.
//
// Every read is bounded: a file handle reads only the header, the section table and the name strings, at
// most a few hundred KiB however large the binary is. Anything that is not one of the three formats, or is
// cut short, is a NotExecutableError (a UserError) that says what the file looks like instead.

import { open, type FileHandle } from 'node:fs/promises'
import { lastAtOrBefore } from '../util/compare.js'
import { UserError } from '../util/errors.js'

export type ExecutableFormat = 'elf' | 'pe' | 'macho'
export type ByteOrder = 'little' | 'big'

/** What the header says the file is: a program, a shared library, an object file or something else. */
export type ExecutableKind = 'executable' | 'shared' | 'object' | 'other'

export interface Section {
  name: string
  /** The Mach-O segment holding the section (`__DATA`); absent for ELF and PE. */
  segment?: string
  /** Offset of the section's bytes in the file; 0 when it occupies no file space (.bss, NOBITS). */
  offset: number
  /** Bytes of the section in the file (0 for NOBITS / zero-fill sections). */
  size: number
  /** Virtual address the section is loaded at (PE: relative to the image base). */
  addr: bigint
}

export interface ArmFlags {
  /** EABI version from e_flags (Go's linker writes 5 on linux/freebsd/netbsd), 0 when not EABI. */
  eabi: number
  /** Float ABI the header declares; `undefined` when it declares none (what Go's internal linker does). */
  float?: 'hard' | 'soft'
}

export interface ExecutableInfo {
  format: ExecutableFormat
  /** GOARCH spelling (`amd64`, `arm64`, `arm`, `386`, `riscv64`, ...), or `unknown` with `machine` set. */
  arch: string
  bits: 32 | 64
  byteOrder: ByteOrder
  kind: ExecutableKind
  /** The raw machine / CPU type field, for arches this reader has no name for. */
  machine: number
  /** GOOS when the header says it (PE: windows; Mach-O: darwin or ios; ELF only for some OS ABIs). */
  goos?: string
  /** ELF arm only. */
  arm?: ArmFlags
  /** PE only: the preferred load address; section addresses are relative to it, pointers in data are not. */
  imageBase?: bigint
  sections: Section[]
}

/** The file is not an ELF, PE or Mach-O executable, or is cut short. */
export class NotExecutableError extends UserError {
  constructor(
    readonly file: string,
    detail: string,
    input?: string
  ) {
    super(`${file} ${detail}`, {
      input,
      fix: 'point it at a compiled Go binary (ELF, PE or Mach-O), e.g. one from the go-build stage’s dist folder.'
    })
    this.name = 'NotExecutableError'
  }
}

/** Upper bounds on what the reader will read, so a hostile or broken header cannot make it read a lot. */
const HEAD_BYTES = 4096
const MAX_TABLE_BYTES = 1 << 20
const MAX_STRTAB_BYTES = 1 << 20

/**
 * Random access to the bytes of one file, with every read bounded by the file's size: an open file
 * (BoundedFile) or one held in memory (BufferFile, for files read from an image layer).
 */
export interface RandomAccess {
  /** The name errors use. */
  readonly file: string
  readonly size: number
  /** Read exactly `length` bytes at `offset`; `what` names them for the error when the file is too short. */
  readAt(offset: number, length: number, what: string): Promise<Buffer>
}

/**
 * A bounded reader over an open file. Later readers (Go build info) read further through `readAt` with
 * the offsets from `sections`.
 */
export class BoundedFile implements RandomAccess {
  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    readonly size: number
  ) {}

  static async open(file: string): Promise<BoundedFile> {
    const handle = await open(file, 'r')
    try {
      const st = await handle.stat()
      if (!st.isFile()) throw new NotExecutableError(file, 'is not a regular file.')
      return new BoundedFile(file, handle, st.size)
    } catch (err) {
      await handle.close()
      throw err
    }
  }

  /** Read exactly `length` bytes at `offset`; `what` names them for the error when the file is too short. */
  async readAt(offset: number, length: number, what: string): Promise<Buffer> {
    if (!Number.isSafeInteger(offset) || offset < 0 || length < 0 || offset + length > this.size)
      throw new NotExecutableError(
        this.file,
        `is truncated or corrupt: its ${what} (${length} bytes at offset ${offset}) lies beyond the end of the file (${this.size} bytes).`
      )
    const buf = Buffer.alloc(length)
    let done = 0
    while (done < length) {
      const { bytesRead } = await this.handle.read(buf, done, length - done, offset + done)
      if (bytesRead === 0) throw new NotExecutableError(this.file, `was cut short while reading its ${what}.`)
      done += bytesRead
    }
    return buf
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}

/**
 * A file held in memory, read with the same bounds and errors as a BoundedFile. It may be the chunks a
 * stream delivered, kept as they came: a read inside one chunk is a view of it and only a read across
 * chunks copies, so a large executable from a layer is never copied whole into one buffer (for a
 * 4-platform image of a 30 MiB Go binary that copy and its garbage were a tenth of the scan).
 */
export class BufferFile implements RandomAccess {
  readonly size: number
  private readonly chunks: readonly Buffer[]
  /** Where each chunk starts in the file. */
  private readonly starts: number[] = []

  constructor(
    readonly file: string,
    data: Buffer | readonly Buffer[]
  ) {
    this.chunks = Buffer.isBuffer(data) ? [data] : data.filter(c => c.length)
    let at = 0
    for (const c of this.chunks) {
      this.starts.push(at)
      at += c.length
    }
    this.size = at
  }

  readAt(offset: number, length: number, what: string): Promise<Buffer> {
    if (!Number.isSafeInteger(offset) || offset < 0 || length < 0 || offset + length > this.size)
      return Promise.reject(
        new NotExecutableError(
          this.file,
          `is truncated or corrupt: its ${what} (${length} bytes at offset ${offset}) lies beyond the end of the file (${this.size} bytes).`
        )
      )
    return Promise.resolve(this.slice(offset, length))
  }

  private slice(offset: number, length: number): Buffer {
    if (this.chunks.length === 0) return Buffer.alloc(0)
    // The last chunk starting at or before offset.
    const lo = lastAtOrBefore(this.starts, offset)
    const first = this.chunks[lo]
    const from = offset - this.starts[lo]
    if (from + length <= first.length) return first.subarray(from, from + length)
    const out = Buffer.allocUnsafe(length)
    let done = first.copy(out, 0, from)
    for (let i = lo + 1; done < length; i++) done += this.chunks[i].copy(out, done, 0, length - done)
    return out
  }
}

/** Open a file, read its headers and section table, and close it. */
export async function readExecutable(file: string, opts: { input?: string } = {}): Promise<ExecutableInfo> {
  const f = await BoundedFile.open(file).catch((err: unknown) => {
    if (err instanceof NotExecutableError || !isErrno(err)) throw err
    throw new UserError(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}.`, {
      input: opts.input,
      fix: 'check the path.'
    })
  })
  try {
    return await parseExecutable(f)
  } catch (err) {
    if (err instanceof NotExecutableError && opts.input && !err.input)
      throw new NotExecutableError(file, err.detail.slice(file.length + 1), opts.input)
    throw err
  } finally {
    await f.close()
  }
}

/** Read the headers of an already open file (the scan stage keeps the handle open for more reads). */
export async function parseExecutable(f: RandomAccess): Promise<ExecutableInfo> {
  const head = await f.readAt(0, Math.min(HEAD_BYTES, f.size), 'header')
  if (head.length >= 4 && head.readUInt32BE(0) === 0x7f454c46) return parseElf(f, head)
  if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a) return parsePe(f, head)
  if (head.length >= 4) {
    const be = head.readUInt32BE(0)
    if (be === 0xfeedface || be === 0xfeedfacf) return parseMachO(f, head, 'big')
    const le = head.readUInt32LE(0)
    if (le === 0xfeedface || le === 0xfeedfacf) return parseMachO(f, head, 'little')
    // 0xcafebabe is both a universal Mach-O and a Java class file; a small arch count means Mach-O.
    if ((be === 0xcafebabe || be === 0xcafebabf) && head.length >= 8 && head.readUInt32BE(4) < 40)
      throw new NotExecutableError(
        f.file,
        `is a universal (fat) Mach-O with ${head.readUInt32BE(4)} architectures; read one architecture (lipo -thin) instead.`
      )
  }
  throw new NotExecutableError(f.file, describeNonExecutable(head, f.size))
}

/** A short description of what a file that is not an executable looks like, for the error. */
function describeNonExecutable(head: Buffer, size: number): string {
  if (size === 0) return 'is empty, not an executable.'
  if (head.length >= 4 && head.readUInt32BE(0) === 0x0061736d)
    return 'is a WebAssembly module; only ELF, PE and Mach-O executables are read.'
  if (head.subarray(0, 2).toString('latin1') === '#!')
    return 'is a script (starts with #!), not an executable.'
  if (head.subarray(0, 8).toString('latin1') === '!<arch>\n')
    return 'is an ar archive (a Go package archive or C library), not an executable.'
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
    return 'is gzip-compressed, not an executable.'
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'is a zip archive, not an executable.'
  const sample = head.subarray(0, 512)
  const text = sample.every(b => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127))
  const magic = [...head.subarray(0, 4)].map(b => b.toString(16).padStart(2, '0')).join(' ')
  return text
    ? 'is a text file, not an executable (no ELF, PE or Mach-O header).'
    : `is not an ELF, PE or Mach-O executable (it starts with bytes ${magic}).`
}

function isErrno(err: unknown): err is NodeJS.ErrnoException {
  // Not `instanceof Error`: errors from node's fs may come from another realm (jest's VM contexts).
  return typeof err === 'object' && err !== null && typeof (err as NodeJS.ErrnoException).code === 'string'
}

/** Byte-order aware field access on a buffer, with 64-bit values as numbers (offsets) or bigints (addresses). */
class Fields {
  constructor(
    readonly buf: Buffer,
    readonly order: ByteOrder
  ) {}
  u16(o: number): number {
    return this.order === 'little' ? this.buf.readUInt16LE(o) : this.buf.readUInt16BE(o)
  }
  u32(o: number): number {
    return this.order === 'little' ? this.buf.readUInt32LE(o) : this.buf.readUInt32BE(o)
  }
  u64(o: number): bigint {
    return this.order === 'little' ? this.buf.readBigUInt64LE(o) : this.buf.readBigUInt64BE(o)
  }
  /** A 64-bit file offset or size; beyond 2^53 it cannot be a real file position. */
  off64(o: number): number {
    const v = this.u64(o)
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v)
  }
  word(o: number, bits: 32 | 64): number {
    return bits === 64 ? this.off64(o) : this.u32(o)
  }
  addr(o: number, bits: 32 | 64): bigint {
    return bits === 64 ? this.u64(o) : BigInt(this.u32(o))
  }
}

function cString(buf: Buffer, start: number, end = buf.length): string {
  if (start >= buf.length) return ''
  const nul = buf.indexOf(0, start)
  return buf.toString('latin1', start, nul < 0 || nul > end ? Math.min(end, buf.length) : nul)
}

function needHead(f: RandomAccess, head: Buffer, length: number, what: string): void {
  if (head.length < length)
    throw new NotExecutableError(
      f.file,
      `is truncated: its ${what} needs ${length} bytes, the file has ${f.size}.`
    )
}

// ---- ELF ----------------------------------------------------------------------------------------------

const ELF_MACHINES: Record<number, (bits: 32 | 64, order: ByteOrder) => string> = {
  3: () => '386',
  62: bits => (bits === 64 ? 'amd64' : 'amd64p32'),
  40: () => 'arm',
  183: () => 'arm64',
  8: (bits, order) => (bits === 64 ? 'mips64' : 'mips') + (order === 'little' ? 'le' : ''),
  20: () => 'ppc',
  21: (_bits, order) => (order === 'little' ? 'ppc64le' : 'ppc64'),
  22: bits => (bits === 64 ? 's390x' : 's390'),
  243: bits => (bits === 64 ? 'riscv64' : 'riscv'),
  258: bits => (bits === 64 ? 'loong64' : 'loong32'),
  43: () => 'sparc64'
}

/** ELF OS ABIs that name a GOOS; Go's linux binaries say 0 (System V), which names none. */
const ELF_OSABI: Record<number, string> = {
  2: 'netbsd',
  3: 'linux',
  6: 'solaris',
  9: 'freebsd',
  12: 'openbsd'
}

async function parseElf(f: RandomAccess, head: Buffer): Promise<ExecutableInfo> {
  needHead(f, head, 16, 'ELF identification')
  const cls = head[4]
  const data = head[5]
  if (cls !== 1 && cls !== 2)
    throw new NotExecutableError(f.file, `has an ELF header with an invalid class (${cls}).`)
  if (data !== 1 && data !== 2)
    throw new NotExecutableError(f.file, `has an ELF header with an invalid byte order (${data}).`)
  const bits: 32 | 64 = cls === 2 ? 64 : 32
  const order: ByteOrder = data === 1 ? 'little' : 'big'
  needHead(f, head, bits === 64 ? 64 : 52, 'ELF header')
  const h = new Fields(head, order)
  const type = h.u16(16)
  const machine = h.u16(18)
  // Field offsets after e_entry shift by the word size.
  const w = bits === 64 ? 8 : 4
  const shoff = h.word(24 + 2 * w, bits)
  const flags = h.u32(24 + 3 * w)
  // e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx follow e_flags, two bytes each.
  const half = 24 + 3 * w + 4
  const shentsize = h.u16(half + 6)
  let shnum = h.u16(half + 8)
  let shstrndx = h.u16(half + 10)

  const info: ExecutableInfo = {
    format: 'elf',
    arch: ELF_MACHINES[machine]?.(bits, order) ?? 'unknown',
    bits,
    byteOrder: order,
    kind: type === 2 ? 'executable' : type === 3 ? 'shared' : type === 1 ? 'object' : 'other',
    machine,
    sections: []
  }
  const goos = ELF_OSABI[head[7]]
  if (goos) info.goos = goos
  if (machine === 40) {
    const float = flags & 0x400 ? 'hard' : flags & 0x200 ? 'soft' : undefined
    info.arm = { eabi: flags >>> 24, ...(float ? { float } : {}) }
  }

  if (shoff === 0) return info
  const entsize = bits === 64 ? 64 : 40
  if (shentsize < entsize)
    throw new NotExecutableError(f.file, `has a corrupt ELF header (section entry size ${shentsize}).`)
  // More than 0xff00 sections (or their string table index) spill into section 0's size and link fields.
  if (shnum === 0 || shstrndx === 0xffff) {
    const s0 = new Fields(await f.readAt(shoff, entsize, 'ELF section header 0'), order)
    if (shnum === 0) shnum = s0.word(bits === 64 ? 32 : 20, bits)
    if (shstrndx === 0xffff) shstrndx = s0.u32(bits === 64 ? 40 : 24)
  }
  if (shnum * shentsize > MAX_TABLE_BYTES)
    throw new NotExecutableError(f.file, `claims ${shnum} ELF sections, more than this reader accepts.`)
  const table = new Fields(await f.readAt(shoff, shnum * shentsize, 'ELF section header table'), order)
  const raw = Array.from({ length: shnum }, (_, i) => {
    const o = i * shentsize
    const shType = table.u32(o + 4)
    return {
      nameOff: table.u32(o),
      addr: table.addr(o + (bits === 64 ? 16 : 12), bits),
      offset: table.word(o + (bits === 64 ? 24 : 16), bits),
      size: table.word(o + (bits === 64 ? 32 : 20), bits),
      nobits: shType === 8
    }
  })
  let names: Buffer = Buffer.alloc(0)
  const strtab = raw[shstrndx]
  if (shstrndx !== 0 && strtab && !strtab.nobits)
    names = await f.readAt(strtab.offset, Math.min(strtab.size, MAX_STRTAB_BYTES), 'ELF section name table')
  info.sections = raw.slice(1).map(s => ({
    name: cString(names, s.nameOff),
    offset: s.nobits ? 0 : s.offset,
    size: s.nobits ? 0 : s.size,
    addr: s.addr
  }))
  return info
}

// ---- PE -----------------------------------------------------------------------------------------------

const PE_MACHINES: Record<number, { arch: string; bits: 32 | 64 }> = {
  0x14c: { arch: '386', bits: 32 },
  0x8664: { arch: 'amd64', bits: 64 },
  0x1c0: { arch: 'arm', bits: 32 },
  0x1c4: { arch: 'arm', bits: 32 },
  0xaa64: { arch: 'arm64', bits: 64 },
  0x5064: { arch: 'riscv64', bits: 64 },
  0x6264: { arch: 'loong64', bits: 64 }
}

async function parsePe(f: RandomAccess, head: Buffer): Promise<ExecutableInfo> {
  needHead(f, head, 64, 'DOS header')
  const peOff = head.readUInt32LE(0x3c)
  const coff = await f.readAt(peOff, 24, 'PE header').catch(() => undefined)
  if (!coff || coff.readUInt32BE(0) !== 0x50450000)
    throw new NotExecutableError(
      f.file,
      coff
        ? 'is an MS-DOS executable without a PE header, not a Windows program.'
        : `is truncated: its PE header (at offset ${peOff}) lies beyond the end of the file (${f.size} bytes).`
    )
  const machine = coff.readUInt16LE(4)
  const nsects = coff.readUInt16LE(6)
  const symtab = coff.readUInt32LE(8 + 4)
  const nsyms = coff.readUInt32LE(8 + 8)
  const optSize = coff.readUInt16LE(20)
  const characteristics = coff.readUInt16LE(22)
  // The optional header's magic gives the word size even for machines this reader does not name; its
  // ImageBase (32 bits at 28 in PE32, 64 bits at 24 in PE32+) turns pointers in data into section addresses.
  const opt = optSize >= 32 ? await f.readAt(peOff + 24, 32, 'PE optional header') : undefined
  const magic = opt ? opt.readUInt16LE(0) : 0
  const known = PE_MACHINES[machine]
  const bits: 32 | 64 = magic === 0x20b ? 64 : magic === 0x10b ? 32 : (known?.bits ?? 32)
  const imageBase =
    magic === 0x20b
      ? opt?.readBigUInt64LE(24)
      : magic === 0x10b
        ? BigInt(opt?.readUInt32LE(28) ?? 0)
        : undefined
  const info: ExecutableInfo = {
    format: 'pe',
    arch: known?.arch ?? 'unknown',
    bits,
    byteOrder: 'little',
    kind: characteristics & 0x2000 ? 'shared' : characteristics & 0x2 ? 'executable' : 'other',
    machine,
    goos: 'windows',
    ...(imageBase !== undefined ? { imageBase } : {}),
    sections: []
  }
  if (nsects * 40 > MAX_TABLE_BYTES)
    throw new NotExecutableError(f.file, `claims ${nsects} PE sections, more than this reader accepts.`)
  const table = await f.readAt(peOff + 24 + optSize, nsects * 40, 'PE section table')
  // Names longer than 8 bytes are "/<decimal offset>" into the COFF string table after the symbols.
  let strings: Buffer | undefined
  const longName = async (ref: string): Promise<string> => {
    if (!symtab) return ref
    if (!strings) {
      const at = symtab + nsyms * 18
      if (at + 4 > f.size) return ref
      const len = Math.min((await f.readAt(at, 4, 'COFF string table')).readUInt32LE(0), MAX_STRTAB_BYTES)
      strings = await f.readAt(at, Math.min(len, f.size - at), 'COFF string table')
    }
    return cString(strings, Number(ref.slice(1)))
  }
  for (let i = 0; i < nsects; i++) {
    const o = i * 40
    let name = cString(table, o, o + 8)
    if (/^\/\d+$/.test(name)) name = await longName(name)
    const rawSize = table.readUInt32LE(o + 16)
    info.sections.push({
      name,
      offset: rawSize ? table.readUInt32LE(o + 20) : 0,
      size: rawSize,
      addr: BigInt(table.readUInt32LE(o + 12))
    })
  }
  return info
}

// ---- Mach-O -------------------------------------------------------------------------------------------

const CPU_ABI64 = 0x01000000
const MACHO_CPUS: Record<number, string> = {
  7: '386',
  [7 | CPU_ABI64]: 'amd64',
  12: 'arm',
  [12 | CPU_ABI64]: 'arm64',
  18: 'ppc',
  [18 | CPU_ABI64]: 'ppc64'
}
/** LC_BUILD_VERSION platforms that name a GOOS. */
const MACHO_PLATFORMS: Record<number, string> = { 1: 'darwin', 2: 'ios', 6: 'darwin', 7: 'ios' }

async function parseMachO(f: RandomAccess, head: Buffer, order: ByteOrder): Promise<ExecutableInfo> {
  const h = new Fields(head, order)
  const bits: 32 | 64 = h.u32(0) === 0xfeedfacf ? 64 : 32
  const hsize = bits === 64 ? 32 : 28
  needHead(f, head, hsize, 'Mach-O header')
  const cpu = h.u32(4)
  const filetype = h.u32(12)
  const ncmds = h.u32(16)
  const sizeofcmds = h.u32(20)
  const info: ExecutableInfo = {
    format: 'macho',
    arch: MACHO_CPUS[cpu] ?? 'unknown',
    bits,
    byteOrder: order,
    kind:
      filetype === 2
        ? 'executable'
        : filetype === 6 || filetype === 8
          ? 'shared'
          : filetype === 1
            ? 'object'
            : 'other',
    machine: cpu,
    goos: 'darwin',
    sections: []
  }
  if (sizeofcmds > MAX_TABLE_BYTES)
    throw new NotExecutableError(
      f.file,
      `claims ${sizeofcmds} bytes of Mach-O load commands, more than this reader accepts.`
    )
  const cmds = new Fields(await f.readAt(hsize, sizeofcmds, 'Mach-O load commands'), order)
  const corrupt = (): NotExecutableError =>
    new NotExecutableError(f.file, 'has corrupt Mach-O load commands.')
  let o = 0
  for (let i = 0; i < ncmds; i++) {
    if (o + 8 > sizeofcmds) throw corrupt()
    const cmd = cmds.u32(o)
    const size = cmds.u32(o + 4)
    if (size < 8 || o + size > sizeofcmds) throw corrupt()
    if (cmd === 0x19 || cmd === 0x1) {
      // LC_SEGMENT_64 / LC_SEGMENT, followed by their section headers.
      const seg64 = cmd === 0x19
      const nsects = cmds.u32(o + (seg64 ? 64 : 48))
      const first = o + (seg64 ? 72 : 56)
      const step = seg64 ? 80 : 68
      if (first + nsects * step > o + size) throw corrupt()
      for (let s = 0; s < nsects; s++) {
        const so = first + s * step
        const sflags = cmds.u32(so + (seg64 ? 64 : 56))
        // S_ZEROFILL (1) and the thread-local zero fill (0x12) take no file space.
        const zero = (sflags & 0xff) === 1 || (sflags & 0xff) === 0x12
        info.sections.push({
          name: cString(cmds.buf, so, so + 16),
          segment: cString(cmds.buf, so + 16, so + 32),
          offset: zero ? 0 : cmds.u32(so + (seg64 ? 48 : 40)),
          size: zero ? 0 : seg64 ? cmds.off64(so + 40) : cmds.u32(so + 36),
          addr: cmds.addr(so + 32, bits)
        })
      }
    } else if (cmd === 0x32 && size >= 12) {
      // LC_BUILD_VERSION says which Apple platform the binary is for.
      const goos = MACHO_PLATFORMS[cmds.u32(o + 8)]
      if (goos) info.goos = goos
    }
    o += size
  }
  return info
}

/** The section holding Go's build info, where the format names one (ELF .go.buildinfo, Mach-O __go_buildinfo). */
export function buildInfoSection(info: ExecutableInfo): Section | undefined {
  const names = info.format === 'pe' ? ['.data'] : ['.go.buildinfo', '__go_buildinfo']
  return info.sections.find(s => names.includes(s.name) && s.size > 0)
}
