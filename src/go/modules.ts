// Module download and verification before the builds: `go mod download` once for every target, with go.mod
// and go.sum put back as they were (a build never rewrites them; a line go had to add is an error), then
// `go mod verify` against go.sum — once per go.sum: a verified module cache carries a marker named by go.sum's
// hash (in GOMODCACHE, so it travels in the cache entry saved after it), and a cache restored with that
// marker is not verified again (35 s for golang-migrate's 1,022-line go.sum, against a 17.7 s build); when
// the marker also names this go.mod, the download is skipped too.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { ExecError } from '../util/exec.js'
import { UserError } from '../util/errors.js'
import { goCommand } from './toolchain.js'
import { quoteLines } from '../util/log-safe.js'

/** Snapshot files; the returned function restores them and names those that had changed. */
async function snapshot(files: string[]): Promise<() => Promise<string[]>> {
  const before = await Promise.all(files.map(f => readFile(f).catch(() => undefined)))
  return async () => {
    const changed: string[] = []
    for (const [i, f] of files.entries()) {
      const now = await readFile(f).catch(() => undefined)
      if (now?.equals(before[i] ?? Buffer.alloc(0)) || (!now && !before[i])) continue
      changed.push(path.basename(f))
      if (before[i]) await writeFile(f, before[i]!)
      else await rm(f, { force: true })
    }
    return changed
  }
}

/** The marker a verified module cache carries for one go.sum (GOMODCACHE/cache/gantry/verified-<sha256>). */
export function verifiedMarker(goModCache: string, goSumHash: string): string {
  return path.join(goModCache, 'cache', 'gantry', `verified-${goSumHash}`)
}

export interface ModulesResult {
  /** What happened to go mod verify: run, skipped (a marker from an earlier verify), or off. */
  verify: 'verified' | 'marker' | 'off'
  /** go mod download ran, or was skipped (the marker names this go.mod and go.sum). */
  download: 'done' | 'marker'
}

async function verifyModules(host: Host, moduleDir: string): Promise<void> {
  const r = await host.exec(goCommand(host), ['mod', 'verify'], { cwd: moduleDir, ignoreReturnCode: true })
  if (r.code !== 0)
    throw new UserError(
      `go mod verify failed: the module cache does not match go.sum:\n${quoteLines(r.stdout + r.stderr, 6)}`,
      {
        input: 'verify-modules',
        fix: 'run go clean -modcache (or drop the restored cache) and build again; if go.sum itself is wrong, fix it with go mod tidy.'
      }
    )
}

/** go mod download, with go.mod and go.sum put back as they were; a line go had to add is an error. */
async function download(host: Host, moduleDir: string): Promise<void> {
  const restore = await snapshot(['go.mod', 'go.sum'].map(f => path.join(moduleDir, f)))
  try {
    await host.exec(goCommand(host), ['mod', 'download'], { cwd: moduleDir })
  } catch (err) {
    await restore()
    if (!(err instanceof ExecError)) throw err
    throw new UserError(`go mod download failed:\n${quoteLines(err.result.stderr, 6)}`, {
      input: 'working-directory',
      fix: 'check go.mod and go.sum (go mod tidy), and that the module proxy (GOPROXY) serves every required version.'
    })
  }
  const changed = await restore()
  if (changed.length)
    throw new UserError(
      `${changed.join(' and ')} ${changed.length > 1 ? 'are' : 'is'} not complete: go mod download had to add to ${changed.join(' and ')}, and a build never rewrites them.`,
      { input: 'working-directory', fix: 'run go mod tidy in the module and commit go.mod and go.sum.' }
    )
}

/**
 * Download and verify the modules. A marker for this go.sum that names this go.mod too says both were done
 * for exactly these files in this module cache: then neither runs again (a warm rebuild of golang-migrate
 * skips 0.16 s of `go mod download` and 22-35 s of `go mod verify`). A module gone missing since is
 * downloaded by go build itself.
 */
export async function downloadModules(
  host: Host,
  moduleDir: string,
  verify: boolean,
  cache: { goModCache: string; goSumHash: string; goModHash?: string } = { goModCache: '', goSumHash: '' }
): Promise<ModulesResult> {
  const marker = cache.goModCache && cache.goSumHash ? verifiedMarker(cache.goModCache, cache.goSumHash) : ''
  const seen = marker && verify ? await readFile(marker, 'utf8').catch(() => undefined) : undefined
  if (seen !== undefined && cache.goModHash && seen.includes(`go.mod sha256 ${cache.goModHash}`))
    return { verify: 'marker', download: 'marker' }
  await download(host, moduleDir)
  if (!verify) return { verify: 'off', download: 'done' }
  if (seen === undefined) await verifyModules(host, moduleDir)
  // Verified now or before, and complete for this go.mod: the marker names both files.
  if (marker) {
    await mkdir(path.dirname(marker), { recursive: true })
    await writeFile(
      marker,
      `go mod verify passed for go.sum sha256 ${cache.goSumHash}\ngo.mod sha256 ${cache.goModHash ?? ''}\n`
    )
  }
  return { verify: seen === undefined ? 'verified' : 'marker', download: 'done' }
}
