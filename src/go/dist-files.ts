// What a build writes besides the binaries, into the staging folder: deterministic archives (one per target,
// holding every binary of that target with the module root's README/LICENSE files, mtimes from the commit),
// the sha256 checksums file, and the artifact entries of artifacts.json.

import { readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { mapLimit } from '../util/concurrency.js'
import { sha256File, sha256Hex } from '../util/digest.js'
import { compareStrings } from '../util/compare.js'
import type { Artifact } from '../model/artifacts.js'
import type { Target } from '../model/target.js'
import { writeTarGz, writeZip, type ArchiveEntry } from './archive.js'

export interface BuiltBinary {
  target: Target
  id: string
  /** The binary's name, without .exe. */
  binary: string
  binaryPath: string
  size: number
}

/** A path relative to the dist folder, with forward slashes (artifacts.json's form). */
export function relativeTo(dist: string, p: string): string {
  return path.relative(dist, p).split(path.sep).join('/')
}

/** README*, LICENSE*, COPYING*, NOTICE* files at the module root go into every archive. */
export async function extraFiles(moduleDir: string): Promise<string[]> {
  const names = await readdir(moduleDir, { withFileTypes: true })
  return names
    .filter(e => e.isFile() && /^(readme|license|licence|copying|notice)(\.[a-z0-9]+)?$/i.test(e.name))
    .map(e => e.name)
    .sort()
}

export async function binaryArtifacts(dist: string, built: readonly BuiltBinary[]): Promise<Artifact[]> {
  const out: Artifact[] = []
  for (const r of built)
    out.push({
      kind: 'binary',
      target: r.target,
      path: relativeTo(dist, r.binaryPath),
      sha256: (await sha256File(r.binaryPath)).hex,
      size: r.size,
      binary: r.binary
    })
  return out
}

export interface ArchiveOptions {
  dist: string
  moduleDir: string
  date: Date
  parallelism: number
  /** gzip / deflate level, 1-9. */
  level: number
  /** The archive file name without extension, per target id. */
  names: ReadonlyMap<string, string>
}

/** One archive per target holding each of its binaries: tar.gz, zip for windows. */
export async function writeArchives(
  host: Host,
  o: ArchiveOptions,
  built: readonly BuiltBinary[]
): Promise<Artifact[]> {
  const extras = await extraFiles(o.moduleDir)
  const byTarget = new Map<string, BuiltBinary[]>()
  for (const r of built) byTarget.set(r.id, [...(byTarget.get(r.id) ?? []), r])
  const several = built.some(b => b.binary !== built[0].binary)
  return host.logger.group('archives', () =>
    mapLimit([...byTarget.values()], Math.max(1, o.parallelism), async bins => {
      const { target, id } = bins[0]
      const zip = target.goos === 'windows'
      const file = path.join(o.dist, `${o.names.get(id)!}.${zip ? 'zip' : 'tar.gz'}`)
      const entries: ArchiveEntry[] = [
        ...bins.map(b => ({ name: path.basename(b.binaryPath), source: b.binaryPath, executable: true })),
        ...extras.map(name => ({ name, source: path.join(o.moduleDir, name), executable: false }))
      ]
      if (zip) await writeZip(file, entries, o.date, o.level)
      else await writeTarGz(file, entries, o.date, o.level)
      const { size } = await stat(file)
      const names = bins.map(b => b.binary).sort()
      return {
        kind: 'archive' as const,
        target,
        path: relativeTo(o.dist, file),
        sha256: (await sha256File(file)).hex,
        size,
        format: zip ? 'zip' : 'tar.gz',
        ...(several ? { binaries: names } : { binary: names[0] })
      }
    })
  )
}

/** `sha256  name` lines of the covered artifacts, sorted by name; returns the file and its artifact. */
export async function writeChecksums(
  dist: string,
  name: string,
  covered: readonly Artifact[]
): Promise<{ file: string; artifact: Artifact }> {
  const lines = covered
    .map(a => `${a.sha256}  ${a.path}`)
    .sort((a, b) => compareStrings(a.slice(66), b.slice(66)))
  const file = path.join(dist, name)
  const text = lines.join('\n') + '\n'
  await writeFile(file, text)
  return {
    file,
    artifact: {
      kind: 'checksums',
      path: relativeTo(dist, file),
      sha256: sha256Hex(text),
      size: Buffer.byteLength(text)
    }
  }
}
