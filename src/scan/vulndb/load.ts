// Reads OSV databases from disk: a folder (recursively: `*.json` records, as in Go's flat vulndb layout, and
// `*.zip` exports), a zip of records (the OSV export format `<Ecosystem>/all.zip`), or one JSON file. Every
// record is untrusted: a file that is not JSON or not a record is skipped with a warning naming it, and a
// zip is read entry by entry with caps on entry sizes, counts, the total and the compression ratio, so a
// hostile archive cannot exhaust memory. Entry names are never used as paths.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { crc32, inflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'
import { UserError } from '../../util/errors.js'
import { formatBytes } from '../../util/format.js'
import { oneLine } from '../../util/log-safe.js'
import type { Logger } from '../../util/logger.js'
import { ecosystemFamily } from '../versions/ecosystem.js'
import { checkOsvRecord, namedPackages, parseOsvJson } from './osv.js'
import {
  DbIndex,
  MAX_INDEXED_BYTES,
  sourceSignature,
  type IndexedEntry,
  type IndexedSource
} from './db-index.js'
import { VulnDbBuilder, type VulnDb } from './vuln-db.js'

export interface DbLimits {
  /** The largest record (a file or an uncompressed zip entry); larger ones are skipped. */
  maxEntryBytes: number
  /** The most entries one zip may declare. */
  maxEntries: number
  /** The most uncompressed bytes read from all zips of one load. */
  maxTotalBytes: number
  /** Entries that expand more than this many times (and past 1 MiB) are skipped as a zip bomb. */
  maxRatio: number
}

// OSV records are a few KiB (the largest Debian ones a few hundred); the Debian export has ~100k entries.
export const DEFAULT_DB_LIMITS: DbLimits = {
  maxEntryBytes: 16 * 1024 * 1024,
  maxEntries: 1_000_000,
  maxTotalBytes: 8 * 1024 * 1024 * 1024,
  maxRatio: 100
}

const RATIO_FLOOR = 1024 * 1024
// Warnings name each skipped file up to this many per load; the rest are counted in one line.
const MAX_NAMED_WARNINGS = 20

export interface LoadDbOptions {
  logger: Logger
  limits?: Partial<DbLimits>
  /**
   * Keep only records with an affected package this returns true for (family as `Go`, `Debian`): loading a
   * distribution's whole export for the few hundred packages of an image need not keep the rest in memory.
   */
  keep?: (family: string, name: string) => boolean
  /** The input named in errors (`db`). */
  input?: string
  /** Where indexes of the sources are kept (db-index.ts); none: every source is read whole. */
  indexDir?: string
}

export interface LoadStats {
  /** Files and zip entries looked at. */
  files: number
  records: number
  skipped: number
  /** Records left out by `keep`. */
  filtered: number
  duplicates: number
}

export interface LoadedDb {
  db: VulnDb
  stats: LoadStats
  /** With an index folder: how many sources were replayed from their index rather than read. */
  indexed?: number
}

class Loader {
  readonly builder = new VulnDbBuilder()
  readonly stats: LoadStats = { files: 0, records: 0, skipped: 0, filtered: 0, duplicates: 0 }
  readonly limits: DbLimits
  totalZipBytes = 0
  /**
   * While a source is being indexed: every call the loader gets, in order; dropped (and the source left
   * unindexed) once its texts pass MAX_INDEXED_BYTES, so a huge export is not held in memory twice.
   */
  recording?: IndexedEntry[]
  private recordedBytes = 0
  indexHits = 0
  private warned = 0

  constructor(readonly opts: LoadDbOptions) {
    this.limits = { ...DEFAULT_DB_LIMITS, ...opts.limits }
  }

  get input(): string {
    return this.opts.input ?? 'db'
  }

  skip(name: string, why: string): void {
    this.stats.skipped++
    if (this.warned++ < MAX_NAMED_WARNINGS) this.opts.logger.warn(`vulndb: skipped ${oneLine(name)}: ${why}`)
  }

  /** A file or entry refused before parsing (too large, unsafe, unreadable). */
  reject(name: string, why: string): void {
    this.recording?.push({ name, reason: why })
    this.stats.files++
    this.skip(name, why)
  }

  take(name: string, text: string): void {
    this.stats.files++
    const json = parseOsvJson(text)
    const named = json.ok ? namedPackages(json.data) : undefined
    const keys = named?.map((p): [string, string] => [ecosystemFamily(p.ecosystem), p.name])
    this.record(name, text, keys)
    if (!json.ok) return this.skip(name, json.reason)
    // Records for packages the inventory lacks are left out before the schema check: the check was most of
    // the cost of loading Go's whole database, and a record left out is never used.
    if (keys && !this.wanted(keys)) {
      this.stats.filtered++
      return
    }
    const parsed = checkOsvRecord(json.data)
    if (!parsed.ok) return this.skip(name, parsed.reason)
    this.stats.records++
    this.builder.add(parsed.record)
  }

  private record(name: string, text: string, keys: [string, string][] | undefined): void {
    if (!this.recording) return
    this.recordedBytes += text.length
    if (this.recordedBytes > MAX_INDEXED_BYTES) this.recording = undefined
    else this.recording.push({ name, text, ...(keys ? { keys } : {}) })
  }

  /** Start recording for an index; `stopRecording` gives what was recorded, undefined when it was dropped. */
  startRecording(): void {
    this.recording = []
    this.recordedBytes = 0
  }

  stopRecording(): IndexedEntry[] | undefined {
    const r = this.recording
    this.recording = undefined
    return r
  }

  /** Whether a record naming these (family, name) pairs is kept. */
  wanted(keys: readonly (readonly [string, string])[]): boolean {
    const keep = this.opts.keep
    return !keep || keys.some(([family, name]) => keep(family, name))
  }

  /** Replay an index: the same calls reading the source made, parsing only the records kept. */
  replay(indexed: IndexedSource): void {
    for (const e of indexed.entries)
      if ('reason' in e) this.reject(e.name, e.reason)
      else if (e.keys && !this.wanted(e.keys)) {
        this.stats.files++
        this.stats.filtered++
      } else this.take(e.name, e.text)
    this.totalZipBytes += indexed.zipBytes
  }

  finish(): LoadedDb {
    if (this.warned > MAX_NAMED_WARNINGS)
      this.opts.logger.warn(
        `vulndb: ${this.warned - MAX_NAMED_WARNINGS} more files skipped (not named above)`
      )
    this.stats.duplicates = this.builder.duplicates
    return {
      db: this.builder.build(),
      stats: this.stats,
      ...(this.opts.indexDir ? { indexed: this.indexHits } : {})
    }
  }
}

/** Load every source (folders, zips, JSON files) into one database. */
export async function loadVulnDb(sources: readonly string[], opts: LoadDbOptions): Promise<LoadedDb> {
  const loader = new Loader(opts)
  const index = opts.indexDir ? await DbIndex.open(opts.indexDir, loader.limits) : undefined
  for (const source of sources) {
    if (index) await loadIndexed(loader, index, source)
    else await loadSource(loader, source)
  }
  return loader.finish()
}

/**
 * A source through its index: replayed when the index matches the source's signature (taken before the
 * read, so a change during the read makes the next signature differ), else read and indexed.
 */
async function loadIndexed(loader: Loader, index: DbIndex, source: string): Promise<void> {
  const signature = await sourceFiles(source).then(
    files => (files ? sourceSignature(source, files) : undefined),
    () => undefined
  )
  const indexed = signature && index.get(source, signature, e => !e.keys || loader.wanted(e.keys))
  if (indexed) {
    loader.indexHits++
    return loader.replay(indexed)
  }
  const zipBefore = loader.totalZipBytes
  loader.startRecording()
  let recorded: IndexedEntry[] | undefined
  try {
    await loadSource(loader, source)
  } finally {
    recorded = loader.stopRecording()
  }
  if (signature && recorded)
    await index.put(source, signature, { entries: recorded, zipBytes: loader.totalZipBytes - zipBefore })
}

/** The database files a source is read from (relative to a folder), or [''] for a file; undefined: none. */
async function sourceFiles(source: string): Promise<string[] | undefined> {
  const st = await stat(source).catch(() => undefined)
  if (!st) return undefined
  if (!st.isDirectory()) return ['']
  return (await walk(source)).filter(f => /\.(json|zip)$/i.test(f))
}

async function loadSource(loader: Loader, source: string): Promise<void> {
  const st = await stat(source).catch(() => undefined)
  if (!st)
    throw new UserError(`${oneLine(source)} does not exist.`, {
      input: loader.input,
      fix: 'point it at a folder or zip of OSV records, or use `auto`.'
    })
  if (st.isDirectory()) return loadFolder(loader, source)
  if (source.toLowerCase().endsWith('.zip')) return loadZip(loader, source)
  return loadJsonFile(loader, source, source)
}

function loadJsonFile(loader: Loader, file: string, name: string): void {
  const text = readSmallFile(file, loader.limits.maxEntryBytes)
  if (text !== undefined) loader.take(name, text)
  else loader.reject(name, `larger than ${formatBytes(loader.limits.maxEntryBytes)}`)
}

/** Regular files under `dir` (symbolic links are not followed), sorted, with forward slashes. */
async function walk(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true })
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = rel ? `${rel}/${e.name}` : e.name
    if (e.isDirectory()) out.push(...(await walk(dir, p)))
    else if (e.isFile()) out.push(p)
  }
  return out
}

/** A small file's text, or undefined when it is larger than `max` (checked on the open descriptor). */
function readSmallFile(file: string, max: number): string | undefined {
  const fd = openSync(file, 'r')
  try {
    const { size } = fstatSync(fd)
    if (size > max) return undefined
    const buf = Buffer.allocUnsafe(size)
    let off = 0
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off)
      if (n === 0) break
      off += n
    }
    return buf.toString('utf8', 0, off)
  } finally {
    closeSync(fd)
  }
}

async function loadFolder(loader: Loader, dir: string): Promise<void> {
  const files = await walk(dir)
  const json = files.filter(f => f.toLowerCase().endsWith('.json'))
  const zips = files.filter(f => f.toLowerCase().endsWith('.zip'))
  // Thousands of small files: synchronous reads are several times faster than the thread pool's round
  // trips (Go's database loads in a fraction of the time), and the scan has nothing else to run meanwhile.
  for (const f of json) {
    const text = readSmallFile(path.join(dir, f), loader.limits.maxEntryBytes)
    if (text === undefined) loader.reject(f, `larger than ${formatBytes(loader.limits.maxEntryBytes)}`)
    else loader.take(f, text)
  }
  for (const z of zips) await loadZip(loader, path.join(dir, z), z)
}

/**
 * A synchronous file reader for yauzl. yauzl parses the central directory (zip64, name encodings) in many
 * small reads; through the thread pool those cost several seconds for an export of 10,000 records, read
 * directly they cost milliseconds.
 */
class FileReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super()
  }
  override _readStreamForRange(start: number, end: number): Readable {
    const buf = Buffer.allocUnsafe(end - start)
    return Readable.from([buf.subarray(0, readSync(this.fd, buf, 0, end - start, start))])
  }
  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void
  ): void {
    let n: number
    try {
      n = readSync(this.fd, buffer, offset, length, position)
    } catch (err) {
      queueMicrotask(() => callback(err as Error))
      return
    }
    queueMicrotask(() => callback(null, n))
  }
  override close(callback: (err: Error | null) => void): void {
    queueMicrotask(() => callback(null)) // the loader owns the descriptor
  }
}

/** An entry's name, decoded as the zip says (CP437 or UTF-8); never used as a path. */
function entryName(entry: yauzl.Entry): string {
  // With decodeStrings off, yauzl leaves names as bytes and does not reject odd ones: gantry decides (an
  // unsafe name skips that entry; yauzl's own check would abandon the whole archive).
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false)
}

const LOCAL_HEADER = 0x04034b50

/**
 * An entry's bytes, read from its local header on and inflated in one call: `maxOutputLength` stops a
 * stream that inflates past the size the central directory declares, and the length and CRC-32 must then
 * match what it declares.
 */
function entryData(fd: number, fileSize: number, entry: yauzl.Entry): Buffer {
  const head = Buffer.alloc(30)
  if (
    readSync(fd, head, 0, 30, entry.relativeOffsetOfLocalHeader) !== 30 ||
    head.readUInt32LE(0) !== LOCAL_HEADER
  )
    throw new Error('no local header where the central directory points')
  const start = entry.relativeOffsetOfLocalHeader + 30 + head.readUInt16LE(26) + head.readUInt16LE(28)
  if (start + entry.compressedSize > fileSize) throw new Error('data runs past the end of the archive')
  const packed = Buffer.allocUnsafe(entry.compressedSize)
  if (readSync(fd, packed, 0, packed.length, start) !== packed.length) throw new Error('data cut short')
  const data =
    entry.compressionMethod === 0
      ? packed
      : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  if (data.length !== entry.uncompressedSize)
    throw new Error(`inflates to ${data.length} bytes, ${entry.uncompressedSize} declared`)
  if (crc32(data) !== entry.crc32) throw new Error('CRC-32 mismatch')
  return data
}

/** Read the OSV records in a zip: `.json` entries only, each checked before it is inflated. */
async function loadZip(loader: Loader, file: string, label = file): Promise<void> {
  const where = oneLine(label)
  const { limits } = loader
  const fd = openSync(file, 'r')
  try {
    const fileSize = fstatSync(fd).size
    let zip: yauzl.ZipFile
    try {
      zip = await yauzl.fromRandomAccessReaderPromise(new FileReader(fd), fileSize, {
        lazyEntries: true,
        decodeStrings: false,
        validateEntrySizes: true,
        autoClose: false
      })
    } catch (err) {
      throw new UserError(`${where} is not a readable zip: ${oneLine((err as Error).message)}.`, {
        input: loader.input,
        fix: 'point it at an OSV export (`<Ecosystem>/all.zip`), a folder of OSV JSON files, or use `auto`.'
      })
    }
    if (zip.entryCount > limits.maxEntries) {
      zip.close()
      throw new UserError(
        `${where} declares ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed.`,
        {
          input: loader.input,
          fix: 'use an OSV export zip; split unusual archives into folders.'
        }
      )
    }
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entryName(entry)
        const shown = `${label}!${name}`
        if (name.endsWith('/') || !name.toLowerCase().endsWith('.json')) continue
        // The name is only a label, but a name that tries to leave the archive marks a crafted zip.
        const bad = yauzl.validateFileName(name)
        if (bad) {
          loader.reject(shown, `unsafe entry name (${bad})`)
          continue
        }
        const verdict = checkEntry(entry, limits, loader.totalZipBytes)
        if (verdict) {
          loader.reject(shown, verdict)
          if (verdict.startsWith('the archive')) break
          continue
        }
        let data: Buffer
        try {
          data = entryData(fd, fileSize, entry)
        } catch (err) {
          loader.reject(shown, `unreadable entry (${oneLine((err as Error).message)})`)
          continue
        }
        loader.totalZipBytes += data.length
        loader.take(shown, data.toString('utf8'))
      }
    } catch (err) {
      // A damaged central directory surfaces here, after some entries may have been read.
      throw new UserError(`${where} is damaged: ${oneLine((err as Error).message)}.`, {
        input: loader.input,
        fix: 'download the export again (a cached copy can be removed from the cache folder).'
      })
    } finally {
      zip.close()
    }
  } finally {
    closeSync(fd)
  }
}

/** Why an entry must not be inflated, or undefined when it may be. */
function checkEntry(entry: yauzl.Entry, limits: DbLimits, total: number): string | undefined {
  const { uncompressedSize: size, compressedSize: packed } = entry
  if (entry.isEncrypted()) return 'encrypted'
  if (!entry.canDecodeFileData()) return `unsupported compression method ${entry.compressionMethod}`
  if (size > limits.maxEntryBytes)
    return `declares ${formatBytes(size)}, more than ${formatBytes(limits.maxEntryBytes)}`
  if (packed > limits.maxEntryBytes)
    return `stores ${formatBytes(packed)}, more than ${formatBytes(limits.maxEntryBytes)}`
  if (entry.compressionMethod === 0 && packed !== size) return 'stored with two different sizes'
  if (size > 0 && packed === 0) return 'declares data but stores none'
  if (size > RATIO_FLOOR && size / packed > limits.maxRatio)
    return `expands ${Math.round(size / packed)} times (zip bomb ratio; at most ${limits.maxRatio})`
  if (total + size > limits.maxTotalBytes)
    return `the archive expands past ${formatBytes(limits.maxTotalBytes)} in total; the rest is not read`
  return undefined
}
