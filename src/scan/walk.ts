// What the two file walkers (image layers and paths on disk) share: the limits that keep a hostile image
// from exhausting memory, disk or time, the notes they collect, and running the analyzers on one file
// held in memory or spilled to a temporary file.

import { rm } from 'node:fs/promises'
import path from 'node:path'
import { NotExecutableError } from './executable.js'
import { BuildInfoError } from './go-buildinfo.js'
import type { AnalyzedFile, FileAnalyzer, FileCandidate } from './analyzers/analyzer.js'
import { formatBytes } from '../util/format.js'
import type { Host } from '../util/host.js'

export interface ScanLimits {
  /** Largest file any analyzer reads (each analyzer has its own lower bound too); larger ones are noted. */
  maxFileBytes: number
  /** Files up to this size are analyzed in memory; larger ones are spilled to one temporary file. */
  memoryBytes: number
  /** Uncompressed bytes read from the layers of one platform before the scan stops with an error. */
  maxTotalBytes: number
  /** Tar entries (or files on disk) per platform or path before the scan stops with an error. */
  maxEntries: number
  /** Notes kept; the rest are counted in one last note. */
  maxNotes: number
}

const MiB = 1 << 20
export const DEFAULT_LIMITS: ScanLimits = {
  maxFileBytes: 1024 * MiB,
  memoryBytes: 64 * MiB,
  maxTotalBytes: 32 * 1024 * MiB,
  maxEntries: 2_000_000,
  maxNotes: 200
}

/** Where a walker's notes go. */
export type NoteSink = Pick<Notes, 'add'>

/** Notes for Inventory.notes, capped so a hostile image cannot flood the report. */
export class Notes {
  private readonly list: string[] = []
  private dropped = 0
  constructor(private readonly max: number) {}

  add(note: string): void {
    if (this.list.length < this.max) this.list.push(note)
    else this.dropped++
  }

  /** Take another list's notes (and its count of dropped ones) after this one's, within this cap. */
  absorb(other: Notes): void {
    for (const note of other.list) this.add(note)
    this.dropped += other.dropped
  }

  all(): string[] {
    return this.dropped ? [...this.list, `… and ${this.dropped} more notes.`] : [...this.list]
  }
}

/** The analyzers that want a file and may read it, noting the ones that would but it is too large. */
export function pickAnalyzers(
  analyzers: readonly FileAnalyzer[],
  candidate: FileCandidate,
  limits: ScanLimits,
  notes: NoteSink,
  where: string
): FileAnalyzer[] {
  const out: FileAnalyzer[] = []
  for (const a of analyzers) {
    if (!a.wants(candidate)) continue
    const limit = Math.min(a.maxBytes, limits.maxFileBytes)
    if (candidate.size > limit)
      notes.add(
        `${where}: skipped by the ${a.name} analyzer: ${formatBytes(candidate.size)} is more than its ${formatBytes(limit)} limit.`
      )
    else out.push(a)
  }
  return out
}

/** Run analyzers on one file; format errors in the file become notes, anything else is a bug. */
export async function runAnalyzers(
  analyzers: readonly FileAnalyzer[],
  file: AnalyzedFile,
  notes: NoteSink,
  where: string
): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {}
  for (const a of analyzers) {
    try {
      const r = await a.analyze(file)
      if (r !== undefined) results[a.name] = r
    } catch (err) {
      if (err instanceof NotExecutableError) notes.add(`${where}: ${err.detail.slice(err.file.length + 1)}`)
      else if (err instanceof BuildInfoError) notes.add(`${where}: ${err.message.slice(err.file.length + 2)}`)
      else throw err
    }
  }
  return results
}

/**
 * One temporary folder for executables too large to hold in memory: each gets a file of its own (platforms
 * are read concurrently), removed after its analysis; the folder goes at the end.
 */
export class SpillArea {
  private dir: Promise<string> | undefined
  private next = 0
  constructor(private readonly host: Pick<Host, 'tempDir'>) {}

  async file(): Promise<string> {
    this.dir ??= this.host.tempDir('scan')
    return path.join(await this.dir, `spill-${this.next++}`)
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(await this.dir, { recursive: true, force: true })
    this.dir = undefined
  }
}
