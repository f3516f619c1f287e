// Secrets in files and folders on disk (the scan stage's `paths`): a bounded walk that never follows a symlink
// out of the root, never opens a file over the size cap or anything but a regular file (a FIFO would block),
// sniffs each file's head for binary content before streaming it through the window scanner.

import { createReadStream } from 'node:fs'
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { mapLimit } from '../../util/concurrency.js'
import { UserError } from '../../util/errors.js'
import type { Finding } from '../model.js'
import { scanSecretsStream, type SecretScanOptions } from './scan.js'
import { BINARY_SNIFF_BYTES, DEFAULT_MAX_SECRET_FILE_SIZE, looksBinary, secretSkipReason } from './skip.js'

export interface SecretPathsOptions extends Pick<SecretScanOptions, 'maxFileSize' | 'rules'> {
  /** Relative paths resolve here, and findings name files relative to it (the workspace). */
  cwd: string
  /** Nothing outside it is read, through a path or a symlink (default: cwd). */
  root?: string
  /** Stop after this many files, with a note (default 100,000). */
  maxFiles?: number
  /** Files read at once (default 4). */
  concurrency?: number
}

export interface SecretPathsResult {
  findings: Finding[]
  /** Skipped files and limits reached, one line each (never file content). */
  notes: string[]
  /** Files scanned, and files skipped as binary or by path. */
  scanned: number
  skipped: number
}

interface Candidate {
  abs: string
  /** Relative to cwd, forward slashes: what findings and notes name. */
  rel: string
  /** Relative to the folder that was named: what the path skip rules see. */
  inner: string
  size: number
}

const inside = (root: string, p: string) =>
  p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
const slash = (p: string) => p.split(path.sep).join('/')

interface Collected {
  files: Candidate[]
  notes: string[]
  skipped: number
}

/** The files under `paths` to scan, depth-first in name order, without leaving `root` through links. */
async function collect(
  paths: readonly string[],
  options: SecretPathsOptions,
  root: string
): Promise<Collected> {
  const maxFiles = options.maxFiles ?? 100_000
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_SECRET_FILE_SIZE
  const out: Collected = { files: [], notes: [], skipped: 0 }
  const visited = new Set<string>()
  let limited = false

  // Depth-first in name order, so the file list (and the limit) is the same on every run.
  const walk = async (abs: string, base: string, named: boolean): Promise<void> => {
    if (limited) return
    const rel = slash(path.relative(options.cwd, abs)) || '.'
    const inner = slash(path.relative(base, abs))
    let st = await lstat(abs)
    let real = abs
    if (st.isSymbolicLink()) {
      real = await realpath(abs).catch(() => '')
      if (!real || !inside(root, real)) {
        out.notes.push(
          `${rel}: a symlink that leaves ${slash(path.relative(options.cwd, root)) || '.'}, not followed`
        )
        return
      }
      st = await stat(real)
    }
    if (st.isDirectory()) {
      if (visited.has(real)) return
      visited.add(real)
      for (const e of (await readdir(abs)).sort()) await walk(path.join(abs, e), named ? abs : base, false)
      return
    }
    if (!st.isFile()) return
    const why = secretSkipReason(named ? '' : inner, st.size, maxFileSize)
    if (why) {
      out.skipped++
      if (st.size > maxFileSize) out.notes.push(`${rel}: not scanned for secrets, ${why}`)
      return
    }
    if (out.files.length >= maxFiles) limited = true
    else out.files.push({ abs, rel, inner, size: st.size })
  }

  for (const p of paths) {
    const abs = path.resolve(options.cwd, p)
    const real = await realpath(abs).catch(() => undefined)
    if (!real)
      throw new UserError(`${p} does not exist.`, {
        input: 'paths',
        fix: 'name files or folders in the workspace.'
      })
    if (!inside(root, real))
      throw new UserError(`${p} is outside ${root}.`, {
        input: 'paths',
        fix: 'name files or folders inside the workspace.'
      })
    await walk(abs, abs, true)
  }
  if (limited)
    out.notes.push(`stopped after ${maxFiles} files; name fewer or narrower paths to scan the rest`)
  return out
}

/** Scan one collected file: binaries (by their first bytes) are skipped; `undefined` when skipped. */
async function scanFile(
  f: Candidate,
  options: SecretPathsOptions,
  notes: string[]
): Promise<Finding[] | undefined> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_SECRET_FILE_SIZE
  const head = Buffer.alloc(Math.min(BINARY_SNIFF_BYTES, f.size))
  const fh = await open(f.abs, 'r')
  try {
    await fh.read(head, 0, head.length, 0)
  } finally {
    await fh.close()
  }
  if (looksBinary(head)) return undefined
  const r = await scanSecretsStream(createReadStream(f.abs), f.rel, {
    skipPaths: false,
    size: f.size,
    maxFileSize,
    rules: options.rules
  })
  if (r.skipped) {
    // The file grew past the cap between stat and read.
    if (r.skipped !== 'binary') notes.push(`${f.rel}: not scanned for secrets, ${r.skipped}`)
    return undefined
  }
  return r.findings
}

export async function scanSecretPaths(
  paths: readonly string[],
  options: SecretPathsOptions
): Promise<SecretPathsResult> {
  const root = await realpath(options.root ?? options.cwd)
  const { files, notes, skipped } = await collect(paths, options, root)
  const results = await mapLimit(files, options.concurrency ?? 4, f => scanFile(f, options, notes))
  const findings = results.flatMap(r => r ?? [])
  const scanned = results.filter(r => r !== undefined).length
  return { findings, notes, scanned, skipped: skipped + results.length - scanned }
}
