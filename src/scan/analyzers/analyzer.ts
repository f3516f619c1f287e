// The analyzer interface the file walkers (image layers, paths on disk) drive: an analyzer picks files by
// path, size and first bytes, then reads the ones it wants through bounded random access. Built-in ones
// read OS release files, package databases and Go build info; the secret scanner plugs in the same way.

import type { RandomAccess } from '../executable.js'

/** What a walker knows about a regular file before reading it. */
export interface FileCandidate {
  /** Path inside the image root or the scanned folder: forward slashes, no leading slash, no `..`. */
  path: string
  size: number
  /** Permission bits from the tar header or the file system (0o755). */
  mode: number
  /** The first bytes of the file (up to HEAD_BYTES; all of it when it is shorter). */
  head: Buffer
  /** The user named this very file (a `paths` entry), rather than a folder walk or a layer finding it. */
  named?: boolean
}

/** How many leading bytes a FileCandidate carries. */
export const HEAD_BYTES = 64

export interface AnalyzedFile {
  path: string
  size: number
  /** The file's bytes, bounded by `size`; in memory or a temporary spill file. */
  data: RandomAccess
}

export interface FileAnalyzer<R = unknown> {
  /** Unique among the analyzers of one scan; results are keyed by it. */
  readonly name: string
  /** Largest file this analyzer reads; larger wanted files are skipped with a note. */
  readonly maxBytes: number
  wants(file: FileCandidate): boolean
  /**
   * Undefined means "nothing here" (an ELF that is not a Go binary). A NotExecutableError or BuildInfoError
   * becomes a note; anything else is a bug and fails the scan.
   */
  analyze(file: AnalyzedFile): Promise<R | undefined>
}

/** The whole file as text; the walker has already checked `size` against the analyzer's maxBytes. */
export async function readText(file: AnalyzedFile): Promise<string> {
  return (await file.data.readAt(0, file.size, 'contents')).toString('utf8')
}
