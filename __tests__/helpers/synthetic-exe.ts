// Small, valid ELF files with a Go build info blob, for hermetic tests that cannot run the Go toolchain:
// 32- or 64-bit, either byte order, the Go 1.18+ inline format or the older pointer format (header
// pointers to Go string headers in .data, whose data lies in .rodata). Also a rewrite of a real binary's
// inline blob into the pointer format, so the old format can be read from every real executable format.
// Layouts follow the ELF specification and Go's debug/buildinfo description of the blob.

import { parseExecutable, BufferFile, type ExecutableInfo } from '../../src/scan/executable.js'

export const MODINFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex')
export const MODINFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex')
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')

/** The module info string as the linker embeds it: framed by the two 16-byte sentinels. */
export function framedModinfo(text: string): Buffer {
  return Buffer.concat([MODINFO_START, Buffer.from(text, 'utf8'), MODINFO_END])
}

function uvarint(n: number): Buffer {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return Buffer.from(out)
}

export interface ElfOptions {
  bits?: 32 | 64
  order?: 'little' | 'big'
  /** ELF e_machine: 62 amd64 (default), 3 386, 22 s390x, 40 arm. */
  machine?: number
  version: string
  /** The module info text (without sentinels), or undefined for none. */
  modinfo?: string
  format?: 'inline' | 'pointer'
  /** Bytes appended after the build info in its section (to test searching and bounds). */
  padding?: number
}

interface Sec {
  name: string
  type: number
  addr: bigint
  data: Buffer
}

/** An ELF executable whose .go.buildinfo holds the blob described by `opts`. */
export function syntheticElf(opts: ElfOptions): Buffer {
  const bits = opts.bits ?? 64
  const be = (opts.order ?? 'little') === 'big'
  const ptr = bits / 8
  const mod = opts.modinfo === undefined ? Buffer.alloc(0) : framedModinfo(opts.modinfo)
  const ver = Buffer.from(opts.version, 'utf8')
  const BI = 0x500000n
  const DATA = 0x600000n
  const RODATA = 0x700000n
  const writePtr = (b: Buffer, off: number, v: bigint): void => {
    if (ptr === 8) {
      if (be) b.writeBigUInt64BE(v, off)
      else b.writeBigUInt64LE(v, off)
    } else if (be) b.writeUInt32BE(Number(v), off)
    else b.writeUInt32LE(Number(v), off)
  }
  const header = Buffer.alloc(32)
  MAGIC.copy(header, 0)
  header[14] = ptr
  const sections: Sec[] = []
  if ((opts.format ?? 'inline') === 'inline') {
    header[15] = 0x2 | (be ? 1 : 0)
    const blob = Buffer.concat([header, uvarint(ver.length), ver, uvarint(mod.length), mod])
    sections.push({ name: '.go.buildinfo', type: 1, addr: BI, data: pad(blob, opts.padding) })
  } else {
    header[15] = be ? 1 : 0
    writePtr(header, 16, DATA)
    writePtr(header, 16 + ptr, DATA + BigInt(2 * ptr))
    const data = Buffer.alloc(4 * ptr)
    writePtr(data, 0, RODATA)
    writePtr(data, ptr, BigInt(ver.length))
    writePtr(data, 2 * ptr, RODATA + BigInt(ver.length))
    writePtr(data, 3 * ptr, BigInt(mod.length))
    sections.push({ name: '.go.buildinfo', type: 1, addr: BI, data: pad(header, opts.padding) })
    sections.push({ name: '.data', type: 1, addr: DATA, data })
    sections.push({ name: '.rodata', type: 1, addr: RODATA, data: Buffer.concat([ver, mod]) })
  }
  return elf(bits, be, opts.machine ?? (bits === 64 ? (be ? 22 : 62) : 3), sections)
}

function pad(b: Buffer, n = 0): Buffer {
  return Buffer.concat([b, Buffer.alloc(n)])
}

/** Lay out an ELF file: header, section contents (16-byte aligned), .shstrtab, section header table. */
function elf(bits: 32 | 64, be: boolean, machine: number, sections: Sec[]): Buffer {
  const ehsize = bits === 64 ? 64 : 52
  const shentsize = bits === 64 ? 64 : 40
  const names = Buffer.concat([
    Buffer.from('\0.shstrtab\0'),
    ...sections.map(s => Buffer.from(`${s.name}\0`))
  ])
  const nameOff: number[] = []
  let n = '\0.shstrtab\0'.length
  for (const s of sections) {
    nameOff.push(n)
    n += s.name.length + 1
  }
  const parts: Buffer[] = [Buffer.alloc(ehsize)]
  let off = ehsize
  const offsets: number[] = []
  const place = (b: Buffer): number => {
    const aligned = Math.ceil(off / 16) * 16
    if (aligned > off) parts.push(Buffer.alloc(aligned - off))
    parts.push(b)
    off = aligned + b.length
    return aligned
  }
  for (const s of sections) offsets.push(place(s.data))
  const strOff = place(names)
  const shoff = Math.ceil(off / 16) * 16
  if (shoff > off) parts.push(Buffer.alloc(shoff - off))
  const table = Buffer.alloc(shentsize * (sections.length + 2))
  const w16 = (b: Buffer, o: number, v: number): number =>
    be ? b.writeUInt16BE(v, o) : b.writeUInt16LE(v, o)
  const w32 = (b: Buffer, o: number, v: number): number =>
    be ? b.writeUInt32BE(v, o) : b.writeUInt32LE(v, o)
  const wWord = (b: Buffer, o: number, v: bigint): number =>
    bits === 64 ? (be ? b.writeBigUInt64BE(v, o) : b.writeBigUInt64LE(v, o)) : w32(b, o, Number(v))
  const entry = (i: number, name: number, type: number, addr: bigint, offset: number, size: number): void => {
    const o = i * shentsize
    w32(table, o, name)
    w32(table, o + 4, type)
    if (bits === 64) {
      wWord(table, o + 16, addr)
      wWord(table, o + 24, BigInt(offset))
      wWord(table, o + 32, BigInt(size))
    } else {
      w32(table, o + 12, Number(addr))
      w32(table, o + 16, offset)
      w32(table, o + 20, size)
    }
  }
  entry(1, 1, 3, 0n, strOff, names.length)
  sections.forEach((s, i) => entry(i + 2, nameOff[i], s.type, s.addr, offsets[i], s.data.length))
  parts.push(table)

  const h = parts[0]
  h.writeUInt32BE(0x7f454c46, 0)
  h[4] = bits === 64 ? 2 : 1
  h[5] = be ? 2 : 1
  h[6] = 1
  w16(h, 16, 2)
  w16(h, 18, machine)
  w32(h, 20, 1)
  const w = bits === 64 ? 8 : 4
  wWord(h, 24 + 2 * w, BigInt(shoff))
  const half = 24 + 3 * w + 4
  w16(h, half, ehsize)
  w16(h, half + 6, shentsize)
  w16(h, half + 8, sections.length + 2)
  w16(h, half + 10, 1)
  return Buffer.concat(parts)
}

/**
 * Rewrite a real Go 1.18+ binary's inline blob into the pre-1.18 pointer format, in a copy: the header's
 * pointers lead to two Go string headers written into a scratch area (the data section after the blob, or
 * the no-pointer data section), whose data pointers lead back to the strings where the inline blob has them.
 */
export async function toPointerFormat(binary: Buffer): Promise<Buffer> {
  const out = Buffer.from(binary)
  const exe = await parseExecutable(new BufferFile('binary', out))
  const region = buildInfoRegion(exe)
  let at = -1
  for (
    let i = out.indexOf(MAGIC, region.offset);
    i >= 0 && i < region.offset + region.size;
    i = out.indexOf(MAGIC, i + 1)
  )
    if ((i - region.offset) % 16 === 0) {
      at = i
      break
    }
  if (at < 0) throw new Error('no build info blob')
  const ptr = out[at + 14]
  const be = (out[at + 15] & 1) === 1
  const readVarint = (o: number): { v: number; n: number } => {
    let v = 0
    let n = 0
    for (let shift = 0; ; shift += 7) {
      const b = out[o + n++]
      v += (b & 0x7f) * 2 ** shift
      if (b < 0x80) return { v, n }
    }
  }
  const vl = readVarint(at + 32)
  const verOff = at + 32 + vl.n
  const ml = readVarint(verOff + vl.v)
  const modOff = verOff + vl.v + ml.n
  const addrOf = (fileOff: number): bigint => {
    const s = exe.sections.find(x => x.size > 0 && fileOff >= x.offset && fileOff < x.offset + x.size)
    if (!s) throw new Error(`offset ${fileOff} is in no section`)
    return s.addr + BigInt(fileOff - s.offset) + (exe.format === 'pe' ? (exe.imageBase ?? 0n) : 0n)
  }
  const scratch = scratchOffset(exe, region, modOff + ml.v)
  const writePtr = (o: number, v: bigint): void => {
    if (ptr === 8) {
      if (be) out.writeBigUInt64BE(v, o)
      else out.writeBigUInt64LE(v, o)
    } else if (be) out.writeUInt32BE(Number(v), o)
    else out.writeUInt32LE(Number(v), o)
  }
  writePtr(scratch, addrOf(verOff))
  writePtr(scratch + ptr, BigInt(vl.v))
  writePtr(scratch + 2 * ptr, addrOf(modOff))
  writePtr(scratch + 3 * ptr, BigInt(ml.v))
  out[at + 15] = be ? 1 : 0
  writePtr(at + 16, addrOf(scratch))
  writePtr(at + 16 + ptr, addrOf(scratch + 2 * ptr))
  return out
}

function buildInfoRegion(exe: ExecutableInfo): { offset: number; size: number } {
  const s =
    exe.sections.find(x => ['.go.buildinfo', '__go_buildinfo'].includes(x.name) && x.size > 0) ??
    exe.sections.find(x => x.name === '.data' && x.size > 0)
  if (!s) throw new Error('no build info section')
  return { offset: s.offset, size: s.size }
}

/** 32 writable bytes somewhere the blob's strings are not. */
function scratchOffset(
  exe: ExecutableInfo,
  region: { offset: number; size: number },
  blobEnd: number
): number {
  const after = Math.ceil(blobEnd / 16) * 16 + 16
  if (after + 32 <= region.offset + region.size) return after
  const s = exe.sections.find(
    x => ['.noptrdata', '__noptrdata', '.data', '__data'].includes(x.name) && x.size >= 64
  )
  if (!s) throw new Error('no scratch section')
  return s.offset
}
