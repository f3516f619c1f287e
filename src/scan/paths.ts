// The `paths` input: binaries or folders on disk, scanned with the same analyzers as image layers. A
// folder is walked without following symlinks (a link is recorded, never opened, so nothing outside the
// folder is read), executables are read with bounded reads in place, and every path must lie inside the
// workspace after symlinks are resolved.

import { lstat, open, readdir, readlink, realpath } from 'node:fs/promises'
import path from 'node:path'
import { HEAD_BYTES } from './analyzers/analyzer.js'
import { BoundedFile } from './executable.js'
import { FileTree } from './file-tree.js'
import { Notes, pickAnalyzers, runAnalyzers, type ScanLimits } from './walk.js'
import type { FileAnalyzer } from './analyzers/analyzer.js'
import { UserError } from '../util/errors.js'
import { clipLine } from '../util/log-safe.js'

export interface ScanPath {
  /** Absolute, symlinks resolved. */
  path: string
  /** As the user wrote it, for locations and reports (forward slashes). */
  display: string
  kind: 'file' | 'directory'
}

/** Check each path exists and resolves inside `workspace`; relative paths are relative to it. */
export async function resolveScanPaths(inputs: readonly string[], workspace: string): Promise<ScanPath[]> {
  const root = await realpath(workspace)
  const out: ScanPath[] = []
  for (const input of inputs) {
    const abs = path.resolve(root, input)
    const real = await realpath(abs).catch(() => undefined)
    if (!real)
      throw new UserError(`${input} does not exist.`, {
        input: 'paths',
        fix: 'give binaries or folders relative to the workspace (a go-build dist folder, for example).'
      })
    const rel = path.relative(root, real)
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new UserError(`${input} resolves to ${real}, outside the workspace.`, {
        input: 'paths',
        fix: 'scan files inside the workspace; a symlink may not lead out of it.'
      })
    const st = await lstat(real)
    if (!st.isFile() && !st.isDirectory())
      throw new UserError(`${input} is neither a file nor a folder.`, {
        input: 'paths',
        fix: 'give binaries or folders.'
      })
    const display = (path.relative(root, abs) || '.').split(path.sep).join('/')
    out.push({ path: real, display, kind: st.isFile() ? 'file' : 'directory' })
  }
  return out
}

export interface PathWalkOptions {
  analyzers: readonly FileAnalyzer[]
  limits: ScanLimits
  notes: Notes
}

/**
 * Walk one path into a FileTree. A folder's files are keyed by their path inside it (so a root file system
 * folder's etc/os-release is found); a single file is keyed by its base name.
 */
export async function walkPaths(p: ScanPath, opts: PathWalkOptions): Promise<FileTree> {
  const tree = new FileTree()
  tree.beginLayer(undefined)
  if (p.kind === 'file') await analyzeFile(p.path, path.basename(p.path), p.display, tree, opts, true)
  else {
    let entries = 0
    const pending = ['']
    while (pending.length) {
      const rel = pending.pop() as string
      const dirents = await readdir(path.join(p.path, rel), { withFileTypes: true })
      dirents.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
      for (const d of dirents) {
        if (++entries > opts.limits.maxEntries)
          throw new UserError(
            `${p.display} holds more than ${opts.limits.maxEntries} files, the scan's limit.`,
            {
              input: 'paths',
              fix: 'scan the folders that hold the binaries (a dist folder), not a whole tree.'
            }
          )
        const childRel = rel ? `${rel}/${d.name}` : d.name
        const abs = path.join(p.path, childRel)
        if (d.isSymbolicLink()) tree.addSymlink(childRel, await readlink(abs))
        else if (d.isDirectory()) pending.push(childRel)
        else if (d.isFile())
          await analyzeFile(abs, childRel, `${p.display.replace(/\/+$/, '')}/${childRel}`, tree, opts)
      }
    }
  }
  tree.endLayer()
  return tree
}

async function analyzeFile(
  abs: string,
  rel: string,
  display: string,
  tree: FileTree,
  opts: PathWalkOptions,
  named = false
): Promise<void> {
  const where = clipLine(display, 300)
  const handle = await open(abs, 'r')
  let head: Buffer
  let size: number
  let mode: number
  try {
    const st = await handle.stat()
    size = st.size
    mode = st.mode & 0o7777
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, size))
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0)
    head = buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
  const analyzers = pickAnalyzers(
    opts.analyzers,
    { path: rel, size, mode, head, named },
    opts.limits,
    opts.notes,
    where
  )
  if (!analyzers.length) return
  const data = await BoundedFile.open(abs)
  try {
    const results = await runAnalyzers(analyzers, { path: rel, size: data.size, data }, opts.notes, where)
    if (Object.keys(results).length) tree.addFile(rel, { path: rel, results })
  } finally {
    await data.close()
  }
}
