// Publishers, separate from building (ko's split): an image tree goes to a registry (blobs, then the
// platform manifests by digest, then the index by digest — the last repository's under its first tag —
// then the other tags, so a failure never leaves a tag on a partial image), to an OCI layout folder (blobs, then index.json last), or into a Docker daemon
// (a docker-archive tar through `docker load`). The tree is anything with bytes and blobs: an image
// assembled by the oci engine, or one read back from a registry or layout (merge, mirrors, buildx results).

import { createWriteStream } from 'node:fs'
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import tar from 'tar-stream'
import { Limiter, mapLimit } from '../util/concurrency.js'
import { sha256File } from '../util/digest.js'
import type { Host } from '../util/host.js'
import {
  formatRef,
  repositoryName,
  sameRepository,
  type ImageRef,
  type Repository
} from '../model/image-ref.js'
import { bufferBlob, type BlobRef } from './blob.js'
import type { ImageTree } from './image.js'
import { canMount, type RegistryClient } from './registry.js'
import type { ImageSource } from './source.js'
import {
  ANNOTATION,
  INDEX_TYPES,
  MANIFEST_TYPES,
  type Descriptor,
  type Index,
  type Manifest
} from './types.js'

/** A manifest or index with its bytes, the blobs it refers to, and (for an index) its child manifests. */
export interface PublishNode {
  mediaType: string
  digest: string
  bytes: Buffer
  blobs: BlobRef[]
  children: PublishNode[]
  /** How an index lists this node (platform, annotations), for layouts. */
  descriptor?: Descriptor
}

export function nodeOf(tree: ImageTree): PublishNode {
  if (tree.kind === 'manifest')
    return {
      mediaType: tree.mediaType,
      digest: tree.digest,
      bytes: tree.bytes,
      blobs: [tree.configBlob, ...tree.layers],
      children: []
    }
  return {
    mediaType: tree.mediaType,
    digest: tree.digest,
    bytes: tree.bytes,
    blobs: [],
    children: tree.images.map(i => nodeOf(i))
  }
}

/** Read what `reference` holds in `source` (an index and all its manifests, attestations included). */
export async function readNode(source: ImageSource, reference: string, depth = 0): Promise<PublishNode> {
  const m = await source.manifest(reference)
  const body = JSON.parse(m.bytes.toString('utf8')) as Partial<Manifest & Index>
  if (INDEX_TYPES.includes(m.mediaType)) {
    if (depth > 1) throw new Error(`${source.name}@${reference}: indexes nested deeper than two levels`)
    const children: PublishNode[] = []
    for (const d of body.manifests ?? []) children.push(await readNode(source, d.digest, depth + 1))
    return { mediaType: m.mediaType, digest: m.digest, bytes: m.bytes, blobs: [], children }
  }
  if (!MANIFEST_TYPES.includes(m.mediaType))
    throw new Error(`${source.name}@${reference} is a ${m.mediaType}, which gantry does not copy`)
  const blobs = [body.config, ...(body.layers ?? [])]
    .filter((d): d is Descriptor => !!d)
    .map(d => source.blob(d))
  return { mediaType: m.mediaType, digest: m.digest, bytes: m.bytes, blobs, children: [] }
}

function allBlobs(node: PublishNode): BlobRef[] {
  const seen = new Map<string, BlobRef>()
  const walk = (n: PublishNode): void => {
    for (const b of n.blobs) if (!seen.has(b.digest)) seen.set(b.digest, b)
    n.children.forEach(walk)
  }
  walk(node)
  return [...seen.values()]
}

export interface PushStats {
  uploaded: number
  mounted: number
  existing: number
  uploadedBytes: number
}

type BlobPush = 'exists' | 'mounted' | 'uploaded'

/** Blobs pushed at once to one repository: enough to keep a registry busy, few enough not to flood it. */
export const BLOB_PUSH_CONCURRENCY = 8

/**
 * A blob this small (an image config), or one the registry can mount, moves no bulk of bytes: its push is a
 * few round trips, and it does not wait behind the big uploads (it has its own, wider, lane).
 */
export const LIGHT_BLOB_MAX = 64 * 1024
const LIGHT_LANE = 16

/** Whether pushing `blob` (with its mount source, if any) to `repository` goes in the light lane. */
export function isLightPush(blob: BlobRef, repository: Repository): boolean {
  return blob.size <= LIGHT_BLOB_MAX || canMount(blob.origin, repository)
}

/**
 * The blob pushes to one repository, each started once (by digest): uploads of big blobs at most
 * `concurrency` at a time, small blobs and mounts in a lane of their own (so a config is not queued behind
 * the layers). A builder hands blobs over as soon as it has them, so uploads overlap the rest of the build;
 * pushByDigest then waits for those and pushes what is left.
 */
export class BlobPushes {
  private readonly pushes = new Map<string, Promise<BlobPush>>()
  private readonly heavy: Limiter
  private readonly light: Limiter

  constructor(
    private readonly client: RegistryClient,
    readonly repository: Repository,
    concurrency = BLOB_PUSH_CONCURRENCY,
    private readonly mountFrom?: Repository
  ) {
    this.heavy = new Limiter(concurrency)
    this.light = new Limiter(Math.max(concurrency, LIGHT_LANE))
  }

  /** Push `b` (once): 'exists', 'mounted' or 'uploaded'. */
  push(b: BlobRef): Promise<BlobPush> {
    let p = this.pushes.get(b.digest)
    if (!p) {
      const blob =
        this.mountFrom && (!b.origin || b.origin.registry !== this.repository.registry)
          ? { ...b, origin: this.mountFrom }
          : b
      const lane = isLightPush(blob, this.repository) ? this.light : this.heavy
      p = lane.run(() => this.client.pushBlob(this.repository, blob))
      // Whoever waits for this push reports its failure; until then it must not count as unhandled.
      p.catch(() => undefined)
      this.pushes.set(b.digest, p)
    }
    return p
  }

  /** Wait until no push is running (after a failed build, before its files are removed). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.pushes.values()])
  }
}

/**
 * Push `node` into `repo` by digest: every blob (HEAD, mount or upload, a few at a time), then each child
 * manifest, then the root. No tag is written. A manifest is looked for first (HEAD) and not sent again
 * when it is there, unless one of its blobs or child manifests was missing: then it cannot be there.
 */
export async function pushByDigest(
  client: RegistryClient,
  repo: Repository,
  node: PublishNode,
  opts: {
    concurrency?: number
    mountFrom?: Repository
    pushes?: BlobPushes
    /** Put the root under this tag instead of its digest (the caller's last step: every other part is in). */
    rootTag?: string
  } = {}
): Promise<PushStats> {
  const stats: PushStats = { uploaded: 0, mounted: 0, existing: 0, uploadedBytes: 0 }
  const pushes =
    opts.pushes && sameRepository(opts.pushes.repository, repo)
      ? opts.pushes
      : new BlobPushes(client, repo, opts.concurrency, opts.mountFrom)
  const blobs = allBlobs(node)
  const missing = new Set<string>()
  const results = await Promise.allSettled(blobs.map(b => pushes.push(b)))
  results.forEach((r, i) => {
    if (r.status === 'rejected') throw r.reason
    if (r.value === 'uploaded') {
      stats.uploaded++
      stats.uploadedBytes += blobs[i].size
    } else if (r.value === 'mounted') stats.mounted++
    else stats.existing++
    if (r.value !== 'exists') missing.add(blobs[i].digest)
  })
  /** Put `n` unless it is there; true when it was there already. */
  const putManifest = async (n: PublishNode, fresh: boolean): Promise<boolean> => {
    if (!fresh && (await client.headManifest(repo, n.digest))) return true
    await client.putManifest(repo, n.digest, n.bytes, n.mediaType)
    return false
  }
  const fresh = (n: PublishNode): boolean => n.blobs.some(b => missing.has(b.digest))
  const there = await mapLimit(node.children, opts.concurrency ?? BLOB_PUSH_CONCURRENCY, c =>
    putManifest(c, fresh(c))
  )
  if (opts.rootTag !== undefined) await client.putManifest(repo, opts.rootTag, node.bytes, node.mediaType)
  else await putManifest(node, fresh(node) || there.some(t => !t))
  return stats
}

/** The repositories publishToRegistry pushes to, in the order it does: `repositories`, then those of `refs`. */
export function targetRepositories(repositories: Repository[], refs: ImageRef[]): Repository[] {
  const repos: Repository[] = []
  for (const r of [...repositories, ...refs])
    if (!repos.some(x => sameRepository(x, r))) repos.push({ registry: r.registry, path: r.path })
  return repos
}

/**
 * Push `node` to every repository of `refs` (and `repositories`), all by digest, then write every tag.
 * Returns `repo:tag@digest` for each tag written (or `repo@digest` per repository when there are no tags).
 */
export async function publishToRegistry(
  client: RegistryClient,
  host: Host,
  node: PublishNode,
  opts: {
    repositories: Repository[]
    refs: ImageRef[]
    tag: boolean
    concurrency?: number
    /** This process pushed `node` by digest to every repository already: write the tags only. */
    pushed?: boolean
    /** Blob pushes already started to one of the repositories (by the builder). */
    pushes?: BlobPushes
  }
): Promise<string[]> {
  const repos = opts.pushed ? [] : targetRepositories(opts.repositories, opts.refs)
  // The last repository's root goes in under its first tag rather than by digest (one round trip less):
  // by then every blob and child manifest is in there, and every other repository is complete.
  const last = repos.at(-1)
  const early = opts.tag && last ? opts.refs.find(r => sameRepository(r, last)) : undefined
  const done: Repository[] = []
  for (const repo of repos) {
    const start = host.now()
    const mountFrom = done.find(d => d.registry === repo.registry)
    const s = await pushByDigest(client, repo, node, {
      concurrency: opts.concurrency,
      mountFrom,
      pushes: opts.pushes,
      ...(early && repo === last ? { rootTag: early.tag! } : {})
    })
    done.push(repo)
    host.logger.info(
      `${repositoryName(repo)}@${node.digest}: ${s.uploaded} blob${s.uploaded === 1 ? '' : 's'} uploaded (${s.uploadedBytes} bytes), ${s.mounted} mounted, ${s.existing} already there (${host.now() - start} ms)`
    )
  }
  if (!opts.tag)
    return targetRepositories(opts.repositories, opts.refs).map(r => `${repositoryName(r)}@${node.digest}`)
  const out: string[] = []
  for (const ref of opts.refs) {
    if (ref !== early) await client.putManifest(ref, ref.tag!, node.bytes, node.mediaType)
    host.logger.info(`tagged ${formatRef(ref)}`)
    out.push(formatRef({ ...ref, digest: node.digest }))
  }
  return out
}

async function writeBlob(
  dir: string,
  b: { digest: string; size: number; open(): Promise<NodeJS.ReadableStream> }
): Promise<void> {
  const file = path.join(dir, 'blobs', 'sha256', b.digest.slice(7))
  const st = await lstat(file).catch(() => undefined)
  if (st?.isFile() && st.size === b.size && `sha256:${(await sha256File(file)).hex}` === b.digest) return
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`
  try {
    await pipeline(await b.open(), createWriteStream(tmp))
    await rename(tmp, file)
  } finally {
    await rm(tmp, { force: true })
  }
}

/**
 * Write `node` into the OCI image layout at `dir` (created when missing): blobs first, index.json last
 * (atomically), listing the image once per tag (`org.opencontainers.image.ref.name`), or once untagged.
 * Images under other tags in an existing index.json are kept.
 */
export async function writeLayout(
  dir: string,
  node: PublishNode,
  opts: { tags?: string[]; annotations?: Record<string, string> } = {}
): Promise<void> {
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true })
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  await mapLimit(allBlobs(node), 4, b => writeBlob(dir, b))
  const manifests: PublishNode[] = []
  const walk = (n: PublishNode): void => {
    n.children.forEach(walk)
    manifests.push(n)
  }
  walk(node)
  for (const m of manifests) await writeBlob(dir, bufferBlob(m.bytes, m.mediaType))

  const tags = opts.tags ?? []
  let kept: Descriptor[] = []
  try {
    const old = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as Index
    kept = (old.manifests ?? []).filter(d => {
      const name = d.annotations?.[ANNOTATION.refName]
      return name !== undefined && !tags.includes(name)
    })
  } catch {
    /* a new layout */
  }
  const base: Descriptor = { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length }
  const ours: Descriptor[] = tags.length
    ? tags.map(t => ({ ...base, annotations: { ...(opts.annotations ?? {}), [ANNOTATION.refName]: t } }))
    : [
        {
          ...base,
          ...(opts.annotations && Object.keys(opts.annotations).length
            ? { annotations: opts.annotations }
            : {})
        }
      ]
  const index: Index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [...kept, ...ours]
  }
  const tmp = path.join(dir, `index.json.tmp-${process.pid}`)
  await writeFile(tmp, JSON.stringify(index))
  await rename(tmp, path.join(dir, 'index.json'))
}

/**
 * Write one image as a tar that `docker load` reads (manifest.json with RepoTags, config and layer blobs
 * by digest) and that is an OCI layout too (oci-layout, index.json), as `docker save` writes them today.
 */
export async function writeDockerArchive(
  file: string,
  image: PublishNode,
  config: BlobRef,
  layers: BlobRef[],
  repoTags: string[]
): Promise<void> {
  const pack = tar.pack()
  const done = pipeline(pack, createWriteStream(file))
  const mtime = new Date(0)
  const put = async (name: string, data: Buffer): Promise<void> =>
    new Promise((resolve, reject) =>
      pack.entry({ name, mode: 0o644, mtime, size: data.length }, data, err =>
        err ? reject(err) : resolve()
      )
    )
  const blobName = (digest: string): string => `blobs/sha256/${digest.slice(7)}`
  try {
    const seen = new Set<string>()
    for (const b of [config, ...layers]) {
      if (seen.has(b.digest)) continue
      seen.add(b.digest)
      const sink = pack.entry({ name: blobName(b.digest), mode: 0o644, mtime, size: b.size })
      await pipeline(await b.open(), sink)
    }
    await put(blobName(image.digest), image.bytes)
    await put('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })))
    await put(
      'index.json',
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [{ mediaType: image.mediaType, digest: image.digest, size: image.bytes.length }]
        })
      )
    )
    await put(
      'manifest.json',
      Buffer.from(
        JSON.stringify([
          { Config: blobName(config.digest), RepoTags: repoTags, Layers: layers.map(l => blobName(l.digest)) }
        ])
      )
    )
    pack.finalize()
    await done
  } catch (err) {
    pack.destroy()
    await done.catch(() => undefined)
    throw err
  }
}

/** Load one image into the Docker daemon: a docker-archive tar, then `docker load -i` (argv, no shell). */
export async function dockerLoad(
  host: Host,
  image: PublishNode,
  config: BlobRef,
  layers: BlobRef[],
  repoTags: string[]
): Promise<string> {
  const dir = await host.tempDir('docker-load')
  const file = path.join(dir, 'image.tar')
  try {
    await writeDockerArchive(file, image, config, layers, repoTags)
    const r = await host.exec('docker', ['load', '-i', file])
    return r.stdout.trim()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
