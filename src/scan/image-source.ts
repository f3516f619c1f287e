// The scan stage's `image` input: where the image is (a registry reference, an OCI layout as `oci:<path>` or
// `oci-layout://<path>`, a `docker save` tar as `docker-archive:<tar>`, or `docker:<ref>` from the Docker
// daemon, saved to a temporary tar with argv) and its platforms' layers as the inventory reads them: each a
// stream verified against its digest. A registry image also gives the descriptor SBOMs attach to.

import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { ExecError } from '../util/exec.js'
import { UserError } from '../util/errors.js'
import { clipLine, oneLine } from '../util/log-safe.js'
import { parsePlatform, sameTarget, toPlatform, type Target } from '../model/target.js'
import type { Repository } from '../model/image-ref.js'
import { openDockerArchive } from '../oci/docker-archive.js'
import { registryFailure } from '../oci/errors.js'
import {
  LAYOUT_PREFIX,
  describeImage,
  parseImageLocation,
  resolvePlatforms,
  sourceFor,
  type ImageLocation
} from '../oci/reader.js'
import type { RegistryClient } from '../oci/registry.js'
import { LayoutSource, type ImageSource as OciSource } from '../oci/source.js'
import type { Descriptor } from '../oci/types.js'
import type { ImageSource } from './inventory.js'
import type { LayerSource, PlatformImage } from './layers.js'

const INPUT = 'image'

export type ScanImageInput =
  | { kind: 'registry' | 'layout'; name: string; location: Exclude<ImageLocation, { kind: 'scratch' }> }
  | { kind: 'docker-archive'; name: string; path: string }
  | { kind: 'docker'; name: string; ref: string }

/** Parse the `image` input; relative paths are relative to `cwd`. */
export function parseScanImage(text: string, cwd: string): ScanImageInput {
  const s = text.trim()
  const transport = /^(oci|docker-archive|docker):(?!\/\/)(.*)$/.exec(s)
  if (transport?.[1] === 'docker-archive') {
    if (!transport[2])
      throw new UserError('docker-archive: names no file.', {
        input: INPUT,
        fix: 'write docker-archive:<file.tar>.'
      })
    return { kind: 'docker-archive', name: s, path: path.resolve(cwd, transport[2]) }
  }
  if (transport?.[1] === 'docker') {
    const ref = transport[2]
    // eslint-disable-next-line no-control-regex
    if (!ref || ref.startsWith('-') || /[\s\u0000-\u001f\u007f]/.test(ref))
      throw new UserError(`"${clipLine(ref, 80)}" is not an image in the Docker daemon.`, {
        input: INPUT,
        fix: 'write docker:<name:tag> or docker:<image id>.'
      })
    return { kind: 'docker', name: s, ref }
  }
  const location = parseImageLocation(
    transport?.[1] === 'oci' ? `${LAYOUT_PREFIX}${transport[2]}` : s,
    INPUT,
    cwd
  )
  if (location.kind === 'scratch')
    throw new UserError('scratch is not an image to scan.', { input: INPUT, fix: 'name an image.' })
  if (location.kind === 'registry') return { kind: 'registry', name: s, location }
  // One spelling for both forms, so reports and SARIF categories name a layout the same way.
  const name = `oci:${path.relative(cwd, location.path) || '.'}${location.reference ? `:${location.reference}` : ''}`
  return { kind: 'layout', name, location }
}

export interface OpenedImage {
  image: ImageSource
  /** A registry image: the repository and the descriptor of what the reference names (index or manifest). */
  subject?: { repository: Repository; descriptor: Descriptor }
  /** Remove what opening it wrote (the tar `docker save` made). */
  cleanup(): Promise<void>
}

export interface OpenImageOptions {
  /** OCI platforms to scan; empty: every platform the image has. */
  platforms: readonly string[]
  client: RegistryClient
  host: Host
}

export async function openScanImage(input: ScanImageInput, opts: OpenImageOptions): Promise<OpenedImage> {
  if (input.kind === 'docker') return fromDaemon(input, opts)
  if (input.kind === 'docker-archive') return fromArchive(input.name, input.path, opts)
  try {
    const { source, reference } = await sourceFor(input.location, opts.client, INPUT)
    const opened = await fromSource(input.name, source, reference, opts.platforms)
    return { ...opened, cleanup: async () => undefined }
  } catch (err) {
    throw registryFailure(err, { operation: `read the image ${oneLine(input.name)}`, input: INPUT })
  }
}

async function fromSource(
  name: string,
  source: OciSource,
  reference: string | undefined,
  platforms: readonly string[]
): Promise<Omit<OpenedImage, 'cleanup'>> {
  const described = await describeImage(source, reference, INPUT)
  const have = described.platforms.flatMap(p => {
    try {
      return [parsePlatform(p.platform, INPUT)]
    } catch {
      return [] // a platform gantry's model does not know (Windows versions, unknown/unknown) is not scanned
    }
  })
  const targets = pickPlatforms(have, platforms, name)
  const images = await resolvePlatforms(source, reference, targets, INPUT)
  const scanned: PlatformImage[] = images.map(p => ({
    platform: toPlatform(p.platform),
    digest: p.digest,
    layers: p.layers.map((l, i): LayerSource => ({
      digest: l.digest,
      ...(p.config.rootfs?.diff_ids?.[i] ? { diffId: p.config.rootfs.diff_ids[i] } : {}),
      mediaType: l.mediaType,
      size: l.size,
      open: () => l.open()
    }))
  }))
  return {
    image: { name, digest: described.digest, platforms: scanned },
    ...(source.repository
      ? {
          subject: {
            repository: source.repository,
            descriptor: {
              mediaType: described.mediaType,
              digest: described.digest,
              size: described.bytes.length
            }
          }
        }
      : {})
  }
}

/** The requested platforms (all when none are), each one the image must have. */
function pickPlatforms(have: Target[], wanted: readonly string[], name: string): Target[] {
  if (!wanted.length) {
    if (!have.length)
      throw new UserError(`${oneLine(name)} has no platform gantry can scan.`, {
        input: INPUT,
        fix: 'scan a Linux container image.'
      })
    return have
  }
  return wanted.map(w => {
    const t = parsePlatform(w, 'platforms')
    if (!have.some(h => sameTarget(h, t)))
      throw new UserError(
        `${oneLine(name)} has no ${toPlatform(t)} image; it has ${have.map(toPlatform).join(', ') || 'none'}.`,
        {
          input: 'platforms',
          fix: 'leave platforms empty to scan every platform, or name ones the image has.'
        }
      )
    return t
  })
}

async function fromArchive(name: string, file: string, opts: OpenImageOptions): Promise<OpenedImage> {
  const archive = await openDockerArchive(file, INPUT)
  if (archive.format === 'oci-layout') {
    const source = await LayoutSource.open(file, INPUT)
    const opened = await fromSource(name, source, undefined, opts.platforms)
    return { image: opened.image, cleanup: async () => undefined }
  }
  const { config, layers } = archive.image
  const platform = parsePlatform(
    [config.os, config.architecture, config.variant].filter(Boolean).join('/'),
    INPUT
  )
  pickPlatforms([platform], opts.platforms, name)
  return {
    image: {
      name,
      platforms: [
        { platform: toPlatform(platform), layers: layers.map(l => ({ ...l, open: () => l.open() })) }
      ]
    },
    cleanup: async () => undefined
  }
}

/** `docker save` the image into a temporary tar (argv, never a shell), then read it as a docker-archive. */
async function fromDaemon(
  input: { name: string; ref: string },
  opts: OpenImageOptions
): Promise<OpenedImage> {
  const dir = await opts.host.tempDir('docker-save')
  const tar = path.join(dir, 'image.tar')
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true })
  try {
    await opts.host.exec('docker', ['save', '-o', tar, input.ref])
    const opened = await fromArchive(input.name, tar, opts)
    return { image: opened.image, cleanup }
  } catch (err) {
    await cleanup()
    if (err instanceof ExecError)
      throw new UserError(
        `docker save ${oneLine(input.ref)} failed: ${clipLine((err.result.stderr || err.result.stdout).trim().split('\n').at(-1) ?? '', 300)}`,
        { input: INPUT, fix: 'check that the Docker daemon is reachable (DOCKER_HOST) and holds this image.' }
      )
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError('the docker command is not installed.', {
        input: INPUT,
        fix: 'install Docker, or scan the image from a registry or an OCI layout.'
      })
    throw err
  }
}
