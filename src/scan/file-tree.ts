// The merged view of an image's file system that the inventory needs, built while layers stream past:
// analyzer results by path, with OCI whiteouts (`.wh.<name>`, `.wh..wh..opq`) and overwrites applied the
// way an overlay mount applies them, plus the symlinks on the way to the well-known database paths so those
// resolve as they would inside the image (never on the host). Only analyzed files and those links are
// kept, so memory grows with what was found, not with the number of files.

import { WELL_KNOWN_PATHS } from './analyzers/builtin.js'

export interface LayerRef {
  index: number
  digest: string
  diffId?: string
}

/** An analyzed file: the results of the analyzers that read it. */
export interface FileRecord {
  path: string
  layer?: LayerRef
  results: Record<string, unknown>
}

type Op =
  | { kind: 'file'; path: string; record?: FileRecord }
  | { kind: 'link'; path: string; target: string }
  | { kind: 'dir'; path: string }

const MAX_LINK_HOPS = 40

/** Whether a symlink at `path` can matter for resolving a well-known path. */
function keepsLink(path: string): boolean {
  return WELL_KNOWN_PATHS.some(p => p === path || p.startsWith(`${path}/`))
}

export class FileTree {
  /** Every version of each analyzed path that survives, lowest layer first; the last is current. */
  private readonly files = new Map<string, FileRecord[]>()
  private readonly links = new Map<string, string>()
  /** Ancestors of every kept path, so an entry that replaces a directory is noticed cheaply. */
  private dirs = new Set<string>()
  /** Every record ever added, in order, including those a later layer deleted or replaced. */
  private readonly added: FileRecord[] = []
  private staged: Op[] = []
  private stagedFiles = new Map<string, FileRecord | undefined>()
  private whiteouts: string[] = []
  private opaques: string[] = []
  private layer: LayerRef | undefined

  beginLayer(layer: LayerRef | undefined): void {
    this.layer = layer
  }

  /** A regular file; `record` when an analyzer produced something, else it only hides what was there. */
  addFile(path: string, record?: FileRecord): void {
    if (record) this.added.push(record)
    if (record || this.touches(path)) this.staged.push({ kind: 'file', path, record })
    this.stagedFiles.set(path, record)
  }

  addSymlink(path: string, target: string): void {
    if (keepsLink(path) || this.touches(path)) this.staged.push({ kind: 'link', path, target })
    this.stagedFiles.set(path, undefined)
  }

  addDirectory(path: string): void {
    if (this.files.has(path) || this.links.has(path)) this.staged.push({ kind: 'dir', path })
  }

  /** A hard link shares its target's contents: the target's results, found in this layer or below. */
  addHardlink(path: string, target: string): void {
    const source = this.stagedFiles.has(target) ? this.stagedFiles.get(target) : this.current(target)
    this.addFile(
      path,
      source && { path, ...(this.layer ? { layer: this.layer } : {}), results: source.results }
    )
  }

  /** `.wh.<name>`: the path is deleted from the layers below. */
  whiteout(path: string): void {
    this.whiteouts.push(path)
  }

  /** `.wh..wh..opq`: the directory's contents from the layers below are hidden. */
  opaque(dir: string): void {
    this.opaques.push(dir)
  }

  /** Apply the layer: whiteouts first (they only touch lower layers), then its entries in order. */
  endLayer(): void {
    for (const p of this.whiteouts) {
      this.removeAt(p)
      this.removeUnder(p)
    }
    for (const d of this.opaques) this.removeUnder(d)
    for (const op of this.staged) {
      if (op.kind === 'dir') {
        this.files.delete(op.path)
        this.links.delete(op.path)
        continue
      }
      this.removeUnder(op.path)
      if (op.kind === 'link') {
        this.files.delete(op.path)
        if (keepsLink(op.path)) {
          this.links.set(op.path, op.target)
          this.addAncestors(op.path)
        } else this.links.delete(op.path)
        continue
      }
      this.links.delete(op.path)
      if (!op.record) {
        this.files.delete(op.path)
        continue
      }
      const history = this.files.get(op.path) ?? []
      const top = history.at(-1)
      // Two entries for one path in one layer: the later one is that layer's version.
      if (top && op.record.layer && top.layer?.index === op.record.layer.index) history.pop()
      history.push(op.record)
      this.files.set(op.path, history)
      this.addAncestors(op.path)
    }
    this.staged = []
    this.stagedFiles = new Map()
    this.whiteouts = []
    this.opaques = []
    // Whiteouts may have emptied directories: recount them.
    this.dirs = new Set()
    for (const p of [...this.files.keys(), ...this.links.keys()]) this.addAncestors(p)
  }

  current(path: string): FileRecord | undefined {
    return this.files.get(path)?.at(-1)
  }

  /** Every surviving version of a path, lowest layer first. */
  history(path: string): FileRecord[] {
    return this.files.get(path) ?? []
  }

  /**
   * Every record ever added, layer by layer: files deleted or replaced by a later layer are still in the
   * image's layers (anyone who pulls it can read them), so what the secret scanner found in them counts.
   */
  allRecords(): readonly FileRecord[] {
    return this.added
  }

  /** The current record of every analyzed path, sorted by path. */
  records(): FileRecord[] {
    return [...this.files.keys()]
      .sort()
      .map(p => this.current(p))
      .filter((r): r is FileRecord => r !== undefined)
  }

  /**
   * Resolve symlinks in `path` inside the image root, as a chroot would: absolute targets start at the
   * image root and `..` stops there, so no link leads outside. Undefined for a loop.
   */
  resolve(path: string): string | undefined {
    let pending = split(path)
    const done: string[] = []
    for (let hops = 0; pending.length;) {
      const part = pending.shift() as string
      if (part === '..') {
        done.pop()
        continue
      }
      done.push(part)
      const target = this.links.get(done.join('/'))
      if (target === undefined) continue
      if (++hops > MAX_LINK_HOPS) return undefined
      done.pop()
      if (target.startsWith('/')) done.length = 0
      pending = [...split(target), ...pending]
    }
    return done.join('/')
  }

  /** Whether an entry at `path` hides something below it or staged before it in this layer. */
  private touches(path: string): boolean {
    return (
      this.files.has(path) ||
      this.links.has(path) ||
      this.dirs.has(path) ||
      this.stagedFiles.get(path) !== undefined
    )
  }

  private addAncestors(p: string): void {
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) this.dirs.add(p.slice(0, i))
  }

  private removeAt(path: string): void {
    this.files.delete(path)
    this.links.delete(path)
  }

  private removeUnder(dir: string): void {
    if (!this.dirs.has(dir)) return
    const prefix = `${dir}/`
    for (const k of [...this.files.keys()]) if (k.startsWith(prefix)) this.files.delete(k)
    for (const k of [...this.links.keys()]) if (k.startsWith(prefix)) this.links.delete(k)
  }
}

function split(p: string): string[] {
  return p.split('/').filter(s => s !== '' && s !== '.')
}
