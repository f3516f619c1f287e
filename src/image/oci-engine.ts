// The oci engine: images without a daemon, BuildKit or QEMU, in ko's shape. For each platform take the
// base's manifest for exactly that platform (or nothing, for scratch), append the CA bundle and passwd/group
// layer (scratch), then one layer with the prebuilt binary, write the config (entrypoint, user, env,
// labels, created = the commit time), and put the platforms in an index with the base annotations. The
// result is a value; publishers then write it to the registry (tags last), an OCI layout, or the daemon.
// Same artifacts, same commit, same base: the same digests on any machine.

import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { DigestMismatchError } from '../util/digest.js'
import { UserError } from '../util/errors.js'
import type { Host } from '../util/host.js'
import { mapLimit } from '../util/concurrency.js'
import { formatDuration, rfc3339 } from '../util/format.js'
import { byKey } from '../util/compare.js'
import { toPlatform } from '../model/target.js'
import { formatRef, repositoryName, validateTag } from '../model/image-ref.js'
import { registryClient } from '../oci/client.js'
import { registryFailure } from '../oci/errors.js'
import { appendConfig, newImage, newIndex, type ImageTree, type ImageValue } from '../oci/image.js'
import { type Layer, type LayerFile } from '../oci/layer.js'
import { cachedLayer, LayerCache } from '../oci/layer-cache.js'
import {
  BlobPushes,
  dockerLoad,
  nodeOf,
  publishToRegistry,
  targetRepositories,
  writeLayout
} from '../oci/publish.js'
import { parseImageLocation, resolvePlatforms, sourceFor, type PlatformImage } from '../oci/reader.js'
import { ANNOTATION } from '../oci/types.js'
import { binaryPathInImage, CA_BUNDLE, isScratch, passwdFiles } from './context.js'
import type { ImageEngine, ImagePlan, ImageResult } from './spec.js'

/**
 * Annotations in buildx's syntax: `key=value` (the manifests), `index:key=value`, `manifest:key=value`.
 * Other buildx levels (descriptors) have no meaning here and are refused.
 */
export function splitAnnotations(list: [string, string][]): {
  index: Record<string, string>
  manifest: Record<string, string>
} {
  const out = { index: {} as Record<string, string>, manifest: {} as Record<string, string> }
  for (const [k, v] of list) {
    const m = /^(index|manifest):(.+)$/.exec(k)
    if (!m && k.includes(':') && /^[a-z-]+(\[[^\]]*\])?:/.test(k))
      throw new UserError(`annotation "${k}" has a level the oci engine does not write.`, {
        input: 'annotations',
        fix: 'write key=value (manifests), index:key=value or manifest:key=value.'
      })
    if (m) out[m[1] as 'index' | 'manifest'][m[2]] = v
    else out.manifest[k] = v
  }
  return out
}

/** The image's time: the commit date from artifacts.json, else SOURCE_DATE_EPOCH, else the Unix epoch. */
function createdTime(plan: ImagePlan, host: Host): Date {
  if (plan.sourceDateEpoch !== undefined) return new Date(plan.sourceDateEpoch * 1000)
  const sde = host.env.SOURCE_DATE_EPOCH
  if (sde && /^\d+$/.test(sde)) return new Date(Number(sde) * 1000)
  return new Date(0)
}

async function scratchFiles(plan: ImagePlan, host: Host): Promise<LayerFile[]> {
  const { passwd, group } = passwdFiles(plan.options.user)
  let bundle: Buffer
  try {
    bundle = await readFile(CA_BUNDLE)
  } catch {
    host.logger.warn(
      `${CA_BUNDLE} is not on this runner; the image gets an empty CA bundle and HTTPS clients in it will fail. Install ca-certificates on the runner, or set ca-certificates: false.`
    )
    bundle = Buffer.alloc(0)
  }
  // Files 0644 and directories 0755, owned by root: readable by the image's non-root user.
  return [
    { path: '/etc/passwd', mode: 0o644, content: Buffer.from(passwd) },
    { path: '/etc/group', mode: 0o644, content: Buffer.from(group) },
    { path: CA_BUNDLE, mode: 0o644, content: bundle }
  ]
}

interface Built {
  tree: ImageTree
  images: ImageValue[]
  baseName?: string
  baseDigest?: string
}

/** The base's image for every platform (none on scratch), with its name and digest for the annotations. */
async function readBases(
  plan: ImagePlan,
  host: Host,
  client: ReturnType<typeof registryClient>
): Promise<{
  bases: (PlatformImage | undefined)[]
  baseName?: string
  baseDigest?: string
  scratch: boolean
}> {
  const o = plan.options
  const loc = parseImageLocation(o.base, 'base', o.cwd)
  const scratch = loc.kind === 'scratch' || isScratch(o.base)
  if (loc.kind === 'scratch') return { bases: plan.platforms.map(() => undefined), scratch }
  const baseName = loc.kind === 'registry' ? formatRef(loc.ref) : loc.text
  let bases: (PlatformImage | undefined)[]
  try {
    const { source, reference } = await sourceFor(loc, client, 'base')
    bases = await resolvePlatforms(source, reference, plan.platforms, 'base')
  } catch (err) {
    throw registryFailure(err, { operation: `read the base image ${baseName}`, input: 'base' })
  }
  const baseDigest = bases[0]?.rootDigest
  host.logger.info(`base ${baseName} (${baseDigest})`)
  return { bases, baseName, baseDigest, scratch }
}

/** What assembling needs besides the plan: where layers go, the layer cache, and early blob pushes. */
interface AssembleContext {
  plan: ImagePlan
  host: Host
  client: ReturnType<typeof registryClient>
  layerDir: string
  cache?: LayerCache
  /** When pushing: blobs start uploading to the first repository as soon as they exist. */
  pushes?: BlobPushes
}

interface PlatformInput {
  plan: ImagePlan
  base?: PlatformImage
  baseName?: string
  shared?: Layer
  created: Date
  manifestAnnotations: Record<string, string>
}

/** One platform's binary layer, from the cache or built (the binary checked against artifacts.json). */
async function binaryLayer(
  ctx: AssembleContext,
  b: ImagePlan['binaries'][number],
  created: Date
): Promise<Layer> {
  const file: LayerFile = {
    path: binaryPathInImage(ctx.plan.binaryName!),
    mode: 0o755,
    content: { file: b.file, sha256: b.artifact.sha256, size: b.artifact.size }
  }
  const layer = await cachedLayer(ctx.cache, [file], { mtime: created, dir: ctx.layerDir }).catch(err => {
    if (!(err instanceof DigestMismatchError)) throw err
    throw new UserError(`${b.file} does not match the sha256 in ${ctx.plan.options.artifacts}.`, {
      input: 'artifacts',
      fix: 'the dist folder changed after go-build wrote it (or was tampered with): build it again.'
    })
  })
  void ctx.pushes?.push(layer)
  return layer
}

/** One platform's image: the base's layers, the shared scratch layer, the binary layer, and its config. */
function platformImage(p: PlatformInput, b: ImagePlan['binaries'][number], binary: Layer): ImageValue {
  const o = p.plan.options
  const binPath = binaryPathInImage(p.plan.binaryName!)
  const added = [
    ...(p.shared ? [{ layer: p.shared, createdBy: `gantry: COPY passwd, group, ${CA_BUNDLE}` }] : []),
    { layer: binary, createdBy: `gantry: COPY ${b.platform}/${p.plan.binaryName} ${binPath}` }
  ]
  const config = appendConfig(p.base?.config, {
    platform: b.target,
    created: rfc3339(p.created),
    layers: added,
    user: o.user,
    entrypoint: [binPath],
    env: p.shared ? [`SSL_CERT_FILE=${CA_BUNDLE}`] : [],
    labels: Object.fromEntries(p.plan.labels)
  })
  const annotations: Record<string, string> = { ...p.manifestAnnotations }
  if (p.base) {
    annotations[ANNOTATION.baseName] = p.baseName!
    annotations[ANNOTATION.baseDigest] = p.base.digest
  }
  return newImage({ config, layers: [...(p.base?.layers ?? []), ...added.map(a => a.layer)], annotations })
}

/** Both results, or the first failure in argument order (after both have finished: nothing runs on). */
async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b])
  if (ra.status === 'rejected') throw ra.reason
  if (rb.status === 'rejected') throw rb.reason
  return [ra.value, rb.value]
}

async function assemble(ctx: AssembleContext): Promise<Built> {
  const { plan, host } = ctx
  const o = plan.options
  const created = createdTime(plan, host)
  // The binary layers do not depend on the base: they are built (or found in the cache) while it is read.
  const [{ bases, baseName, baseDigest, scratch }, layers] = await both(
    readBases(plan, host, ctx.client),
    mapLimit(plan.binaries, 4, b => binaryLayer(ctx, b, created))
  )
  const shared: Layer | undefined =
    scratch && o.caCertificates
      ? await cachedLayer(ctx.cache, await scratchFiles(plan, host), { mtime: created, dir: ctx.layerDir })
      : undefined
  const { index: indexAnnotations, manifest: manifestAnnotations } = splitAnnotations(o.annotations)
  const images = plan.binaries.map((b, i) =>
    platformImage({ plan, base: bases[i], baseName, shared, created, manifestAnnotations }, b, layers[i])
  )
  for (const img of images) for (const blob of [img.configBlob, ...img.layers]) void ctx.pushes?.push(blob)
  images.forEach((img, i) => host.logger.info(`${toPlatform(plan.binaries[i].target)}: ${img.digest}`))
  if (ctx.cache)
    host.logger.info(
      `layer cache ${ctx.cache.dir}: ${ctx.cache.hits} layer${ctx.cache.hits === 1 ? '' : 's'} reused, ${ctx.cache.misses} built`
    )
  if (images.length === 1) return { tree: images[0], images, baseName, baseDigest }
  const annotations: Record<string, string> = { ...indexAnnotations }
  if (baseName && baseDigest) {
    annotations[ANNOTATION.baseName] = baseName
    annotations[ANNOTATION.baseDigest] = baseDigest
  }
  return { tree: newIndex(images, { annotations }), images, baseName, baseDigest }
}

/** Write the OCI layout (the output input, or a temporary one when the image goes nowhere else). */
async function writeLayoutOutput(plan: ImagePlan, host: Host, built: Built): Promise<string | undefined> {
  const o = plan.options
  // The layout names the image by its tags: those of the refs, or bare tags given without images.
  const bare = o.tags.filter(t => !t.includes('/') && !t.includes(':')).map(t => validateTag(t, 'tags'))
  const tags = [
    ...new Set([...plan.refs.map(r => r.tag!).filter(Boolean), ...(plan.refs.length ? [] : bare)])
  ].sort()
  let layout = o.output
  if (!layout && !(o.push || o.pushByDigest) && !o.load)
    layout = path.join(await host.tempDir('oci-layout'), 'layout')
  if (!layout) return undefined
  const dest = layout
  await host.logger.group(`Write the OCI layout ${dest}`, () =>
    writeLayout(dest, nodeOf(built.tree), { tags }).catch(err => {
      throw new UserError(`cannot write the OCI layout ${dest}: ${(err as Error).message}`, {
        input: 'output',
        fix: 'point output at a writable folder.'
      })
    })
  )
  return dest
}

/** Push (blobs, manifests, index, then tags; or by digest only) or docker load; the refs written. */
async function publish(
  plan: ImagePlan,
  host: Host,
  built: Built,
  client: ReturnType<typeof registryClient>,
  pushes: BlobPushes | undefined
): Promise<string[]> {
  const o = plan.options
  if (o.push || o.pushByDigest) {
    const what = `push ${plan.repositories.map(repositoryName).join(', ') || plan.refs.map(r => repositoryName(r)).join(', ')}`
    return host.logger
      .group(o.pushByDigest ? 'Push by digest' : 'Push, then tag', () =>
        publishToRegistry(client, host, nodeOf(built.tree), {
          repositories: plan.repositories,
          refs: o.pushByDigest ? [] : plan.refs,
          tag: !o.pushByDigest,
          pushes
        })
      )
      .catch(err => {
        throw registryFailure(err, { operation: what, input: 'images', publishing: true })
      })
  }
  if (!o.load) return []
  const img = built.images[0]
  const repoTags = plan.refs.map(r => formatRef(r))
  await host.logger.group('docker load', async () => {
    try {
      host.logger.info(await dockerLoad(host, nodeOf(img), img.configBlob, img.layers, repoTags))
    } catch (err) {
      throw new UserError(`docker load failed: ${(err as Error).message.split('\n').slice(-3).join(' ')}`, {
        input: 'load',
        fix: 'load needs a running Docker daemon (DOCKER_HOST); or write an OCI layout with output instead.'
      })
    }
  })
  return repoTags
}

function result(plan: ImagePlan, built: Built, refs: string[], layout: string | undefined): ImageResult {
  const o = plan.options
  const pushing = o.push || o.pushByDigest
  return {
    digest: built.tree.digest,
    refs,
    platforms: built.images
      .map((img, i) => ({
        platform: toPlatform(plan.binaries[i].target),
        digest: img.digest,
        size: img.configBlob.size + img.layers.reduce((n, l) => n + l.size, 0)
      }))
      .sort(byKey(p => p.platform)),
    tags: o.pushByDigest || !pushing ? (o.load ? refs : []) : plan.refs.map(r => formatRef(r)),
    metadata: {
      engine: 'oci',
      'containerimage.digest': built.tree.digest,
      'containerimage.descriptor': {
        mediaType: built.tree.mediaType,
        digest: built.tree.digest,
        size: built.tree.size
      },
      ...(built.baseName ? { 'gantry.base': { name: built.baseName, digest: built.baseDigest } } : {}),
      ...(layout ? { 'gantry.oci-layout': layout } : {})
    },
    pushed: pushing,
    layout
  }
}

/** The layer cache of `dir`, or none (with a note) when it cannot be used. */
async function openCache(dir: string | undefined, host: Host): Promise<LayerCache | undefined> {
  if (!dir) return undefined
  const cache = await LayerCache.open(dir)
  if (!cache)
    host.logger.info(
      `layer cache off: ${dir} is not a folder only this user may use (it must be 0700 and yours).`
    )
  return cache
}

/** When pushing: the blob pushes to the first repository, started while the image is assembled. */
function earlyPushes(plan: ImagePlan, client: ReturnType<typeof registryClient>): BlobPushes | undefined {
  const o = plan.options
  if (!(o.push || o.pushByDigest)) return undefined
  const first = targetRepositories(plan.repositories, o.pushByDigest ? [] : plan.refs)[0]
  return first ? new BlobPushes(client, first) : undefined
}

export const ociEngine: ImageEngine = {
  name: 'oci',
  async build(plan: ImagePlan, host: Host): Promise<ImageResult> {
    if (!plan.binaryName || !plan.binaries.length)
      throw new UserError('the oci engine needs prebuilt binaries.', {
        input: 'artifacts',
        fix: 'point artifacts at the go-build stage output, or use engine: buildx with a dockerfile.'
      })
    // "image work": the engine's own time, from here to the end of its push (the buildx engine logs it too).
    const start = host.now()
    const client = registryClient(host, { operationTimeoutMs: plan.options.registryTimeoutMs })
    const layerDir = await host.tempDir('oci-layers')
    const cache = await openCache(plan.options.layerCache, host)
    const pushes = earlyPushes(plan, client)
    try {
      const n = plan.binaries.length
      const built = await host.logger.group(`Assemble ${n} platform image${n === 1 ? '' : 's'}`, () =>
        assemble({ plan, host, client, layerDir, cache, pushes })
      )
      host.logger.info(`assembled ${built.tree.digest} in ${formatDuration(host.now() - start)}`)
      const layout = await writeLayoutOutput(plan, host, built)
      const r = result(plan, built, await publish(plan, host, built, client, pushes), layout)
      host.logger.info(`image work ${host.now() - start} ms`)
      if (cache) {
        r.layerCache = { dir: cache.dir, reused: cache.hits, built: cache.misses }
        await cache.settle()
        await cache.trim()
      }
      return r
    } finally {
      // A failed build may leave uploads running: they finish before their files go.
      await pushes?.settle()
      // The layers built are stored in the cache while they are pushed: those writes end before the files go.
      await cache?.settle()
      await rm(layerDir, { recursive: true, force: true })
    }
  }
}
