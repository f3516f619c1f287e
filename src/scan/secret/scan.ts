// The secret scanner's entry points for one file: scanSecrets for content in memory, scanSecretsStream for a
// stream (an image layer entry, a file on disk) read in windows with overlap, so memory stays bounded and a
// secret across a window boundary is still found once. Findings carry the path, line and masked match only.

import { formatBytes } from '../../util/format.js'
import type { Finding, Location } from '../model.js'
import { byLine, ruleFinding } from '../rule.js'
import { lineIndex, MAX_MATCH_CHARS, SECRET_RULES, type SecretHit, type SecretRule } from './rules.js'
import { BINARY_SNIFF_BYTES, DEFAULT_MAX_SECRET_FILE_SIZE, looksBinary, secretSkipReason } from './skip.js'

export interface SecretScanOptions {
  /** Skip test fixtures, vendored and third-party paths, lock files (see skip.ts). Default true. */
  skipPaths?: boolean
  /** Larger files are skipped with a reason (default 10 MiB). */
  maxFileSize?: number
  /** Merged into every finding's location: the layer and platform when a layer walker scans an image. */
  location?: Pick<Location, 'layer' | 'platform'>
  /** The rules to apply (default: all of SECRET_RULES). */
  rules?: readonly SecretRule[]
}

export interface SecretScanResult {
  findings: Finding[]
  /** Why the file was not scanned (binary, too large, a skipped path), when it was not. */
  skipped?: string
}

/** Characters scanned at a time; with the overlap this bounds memory per file to a few MiB. */
const WINDOW_CHARS = 1 << 20
/** Carried into the next window: a match can be this long, and pairing rules look this far back. */
const OVERLAP_CHARS = MAX_MATCH_CHARS

/** Scans text pushed in pieces, window by window. */
export class SecretTextScanner {
  private buf = ''
  /** Absolute offset, 1-based line and column of buf[0]. */
  private bufOffset = 0
  private bufLine = 1
  private bufColumn = 1
  /** Matches starting before this absolute offset were reported by an earlier window. */
  private emitted = 0
  private readonly lastEnd = new Map<string, number>()
  private readonly findings: Finding[] = []
  private readonly rules: readonly SecretRule[]

  constructor(
    private readonly path: string,
    private readonly options: SecretScanOptions = {}
  ) {
    this.rules = options.rules ?? SECRET_RULES
  }

  push(text: string): void {
    for (let i = 0; i < text.length; i += WINDOW_CHARS) {
      this.buf += text.slice(i, i + WINDOW_CHARS)
      if (this.buf.length >= WINDOW_CHARS + 2 * OVERLAP_CHARS) this.scanWindow(false)
    }
  }

  finish(): Finding[] {
    this.scanWindow(true)
    this.buf = ''
    return this.findings.sort(byLine)
  }

  private scanWindow(final: boolean): void {
    const text = this.buf
    const lower = text.toLowerCase()
    const limit = final ? Infinity : this.bufOffset + text.length - OVERLAP_CHARS
    let hits: SecretHit[] = []
    for (const rule of this.rules) {
      if (!rule.keywords.some(k => lower.includes(k))) continue
      for (const h of rule.find(text, this.path)) hits.push({ ...h, rule })
    }
    const specific = hits.filter(h => !h.rule.fallback)
    hits = hits
      .filter(h => !h.rule.fallback || !specific.some(s => s.start < h.end && h.start < s.end))
      .sort((a, b) => a.start - b.start)
    const lineOf = lineIndex(text)
    const position = (offset: number) => {
      const line = lineOf(offset)
      const column = line === 0 ? this.bufColumn + offset : offset - text.lastIndexOf('\n', offset - 1)
      return { line: this.bufLine + line, column }
    }
    for (const h of hits) {
      const abs = this.bufOffset + h.start
      if (abs < this.emitted || abs >= limit || abs < (this.lastEnd.get(h.rule.id) ?? -1)) continue
      this.lastEnd.set(h.rule.id, this.bufOffset + h.end)
      const start = position(h.start)
      const end = position(Math.max(h.start, h.end - 1))
      const location: Location = { ...this.options.location, path: this.path, line: start.line }
      if (end.line !== start.line) location.endLine = end.line
      location.column = start.column
      location.endColumn = end.column + 1
      this.findings.push(ruleFinding(h.rule, location, { title: h.title, match: h.masked }))
    }
    if (final) return
    // Keep the last two overlaps: the first is context already reported (pairing rules look back into it), the
    // second has not been reported yet.
    const cut = text.length - 2 * OVERLAP_CHARS
    const dropped = text.slice(0, cut)
    const nl = dropped.lastIndexOf('\n')
    let lines = 0
    for (let i = dropped.indexOf('\n'); i >= 0; i = dropped.indexOf('\n', i + 1)) lines++
    this.bufLine += lines
    this.bufColumn = nl < 0 ? this.bufColumn + cut : cut - nl
    this.buf = text.slice(cut)
    this.bufOffset += cut
    this.emitted = limit
  }
}

/**
 * Secrets in one file held in memory (a small file from a layer, a Dockerfile value). Returns no findings for a
 * skipped path, an oversized or binary content; use scanSecretsStream to learn why.
 */
export function scanSecrets(
  content: string | Uint8Array,
  path: string,
  options: SecretScanOptions = {}
): Finding[] {
  return scanSecretsSync(content, path, options).findings
}

/** scanSecrets with the reason a file was skipped. */
export function scanSecretsSync(
  content: string | Uint8Array,
  path: string,
  options: SecretScanOptions = {}
): SecretScanResult {
  const max = options.maxFileSize ?? DEFAULT_MAX_SECRET_FILE_SIZE
  const size = typeof content === 'string' ? content.length : content.byteLength
  const skipped = skipReason(path, size, max, options)
  if (skipped) return { findings: [], skipped }
  let text: string
  if (typeof content === 'string') text = content
  else {
    if (looksBinary(content.subarray(0, BINARY_SNIFF_BYTES))) return { findings: [], skipped: 'binary' }
    text = new TextDecoder('utf-8', { fatal: false }).decode(content)
  }
  const scanner = new SecretTextScanner(path, options)
  scanner.push(text)
  return { findings: scanner.finish() }
}

function skipReason(path: string, size: number | undefined, max: number, options: SecretScanOptions) {
  if (options.skipPaths ?? true) return secretSkipReason(path, size, max)
  return size !== undefined && size > max ? secretSkipReason('', size, max) : undefined
}

/**
 * Secrets in a file read as a stream of chunks (a tar entry, a file). The stream is always read to its end,
 * scanned or not, so a tar extractor feeding it stays in step; a file known to be too large (options.size)
 * or a skipped path is not read at all (the caller drains it). Memory is bounded by the window, not the file.
 */
export async function scanSecretsStream(
  source: AsyncIterable<Uint8Array | string>,
  path: string,
  options: SecretScanOptions & { size?: number } = {}
): Promise<SecretScanResult> {
  const max = options.maxFileSize ?? DEFAULT_MAX_SECRET_FILE_SIZE
  const early = skipReason(path, options.size, max, options)
  if (early) return { findings: [], skipped: early }
  const decoder = new TextDecoder('utf-8', { fatal: false })
  const scanner = new SecretTextScanner(path, options)
  let head: Uint8Array[] | undefined = []
  let headBytes = 0
  let bytes = 0
  let skipped: string | undefined
  const feed = (chunk: Uint8Array, last: boolean) => scanner.push(decoder.decode(chunk, { stream: !last }))
  const decideHead = (): boolean => {
    const all = Buffer.concat(head ?? [])
    head = undefined
    if (looksBinary(all)) {
      skipped = 'binary'
      return false
    }
    feed(all, false)
    return true
  }
  for await (const piece of source) {
    if (skipped) continue
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    bytes += chunk.byteLength
    if (bytes > max) {
      skipped = `larger than ${formatBytes(max)}`
      continue
    }
    if (head) {
      head.push(chunk)
      headBytes += chunk.byteLength
      if (headBytes >= BINARY_SNIFF_BYTES) decideHead()
      continue
    }
    feed(chunk, false)
  }
  if (skipped) return { findings: [], skipped }
  if (head && !decideHead()) return { findings: [], skipped }
  scanner.push(decoder.decode())
  return { findings: scanner.finish() }
}
