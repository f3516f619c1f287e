// The image stage's typed options and result, and the contract every engine (buildx, oci)
// fulfils. Everything engine-independent — which platforms, which binary, which refs, labels — is resolved
// once into an ImagePlan (src/image/plan.ts), so both engines build the same image from the same inputs.

import type { Host } from '../util/host.js'
import type { Target } from '../model/target.js'
import type { ImageRef, Repository } from '../model/image-ref.js'
import type { Artifact, ArtifactsManifest } from '../model/artifacts.js'

export interface ImageOptions {
  /** auto: oci when nothing needs a Dockerfile or BuildKit, else buildx (src/image/engine.ts). */
  engine: 'buildx' | 'oci' | 'auto'
  images: string[]
  tags: string[]
  artifacts: string
  platforms: string[]
  base: string
  binary?: string
  dockerfile?: string
  context?: string
  labels: [string, string][]
  annotations: [string, string][]
  buildArgs: [string, string][]
  secrets: [string, string][]
  push: boolean
  load: boolean
  provenance: boolean
  sbom: boolean
  cacheFrom: string[]
  cacheTo: string[]
  pushByDigest: boolean
  merge: string[]
  builder?: string
  caCertificates: boolean
  user: string
  /** oci engine: also (or, when not pushing, instead) write the image to this OCI layout folder. */
  output?: string
  /**
   * oci engine: the folder of the compressed-layer cache (src/oci/layer-cache.ts; the user's cache folder),
   * or undefined for none (layer-cache: false).
   */
  layerCache?: string
  /** The bound on everything the stage does with registries (oci engine, merge, tags). */
  registryTimeoutMs?: number
  /** A step-scoped login; the adapter performs it before the engine runs. */
  login?: { registry: string; username: string; password: string }
  /** The step's working folder, for relative paths in messages and annotations. */
  cwd: string
  /** GITHUB_WORKSPACE (the CLI's current folder): artifacts, dockerfile and context must stay inside it... */
  workspace: string
  /** ...unless the user allowed paths outside it (allow-outside-workspace). */
  allowOutsideWorkspace: boolean
}

/** One platform's binary, staged or to stage. */
export interface PlatformBinary {
  target: Target
  platform: string
  artifact: Artifact
  /** Absolute path on this machine (checked: a regular file inside dist; copy it with copyArtifactVerified). */
  file: string
  /** The folder of artifacts.json, which the artifact's path is relative to. */
  dir: string
}

/** What to build: the engine-independent resolution of ImageOptions. */
export interface ImagePlan {
  options: ImageOptions
  /** The repositories of `images`, parsed. */
  repositories: Repository[]
  /** Every ref to tag: images × tags, plus full refs given in tags; sorted, unique. */
  refs: ImageRef[]
  /** Platforms to build, sorted. */
  platforms: Target[]
  /** Per-platform binaries (generated-Dockerfile mode only). */
  binaries: PlatformBinary[]
  /** The binary's name in the image (/usr/local/bin/<name>, or /<name> on scratch). */
  binaryName?: string
  manifest?: ArtifactsManifest
  /** Image labels: OCI ones from artifacts.json and the CI context, then the user's (which win). */
  labels: [string, string][]
  /** Seconds since the epoch for SOURCE_DATE_EPOCH: the commit date from artifacts.json. */
  sourceDateEpoch?: number
}

export interface PlatformImage {
  platform: string
  digest: string
  /** Config + layers, compressed, as pushed. */
  size: number
}

export interface ImageResult {
  /** The index digest (or the single manifest's, for one platform without attestations). */
  digest: string
  /** repo:tag@digest for every tag written; repo@digest for push-by-digest. */
  refs: string[]
  platforms: PlatformImage[]
  tags: string[]
  /** What the engine reports: buildx's metadata file, or the merge's inputs. */
  metadata: Record<string, unknown>
  pushed: boolean
  /** The OCI layout folder the image was written to, if any. */
  layout?: string
  /** Which engine built it, and why (for the log and the summary). */
  engine?: string
  /** oci engine with the layer cache: its folder, and how many layers came from it or were built. */
  layerCache?: { dir: string; reused: number; built: number }
  /** sbom: the SBOM referrers attached to the pushed image, repo@digest. */
  sboms?: string[]
}

/** Versions of the tools an engine drives, for feature gates in the pure argv builder. */
export interface ToolVersions {
  buildx: string
  buildkit?: string
}

export interface ImageEngine {
  readonly name: string
  build(plan: ImagePlan, host: Host): Promise<ImageResult>
}
