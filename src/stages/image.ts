// The image stage (actions/image, `gantry image`): multi-arch images from the prebuilt binaries, pushed by
// digest with tags last, or merged from per-platform pushes. A login given by registry/username/password
// lives in a private Docker config for the step only, removed when the step ends (the post step, or the end
// of the CLI command, removes it too when the step was killed).

import path from 'node:path'
import { defineStage, type StageContext } from '../runtime/stage.js'
import { parseInputs, parseInteger, type Inputs, type InputSpecs, type RawInputs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import { UserError } from '../util/errors.js'
import { formatBytes } from '../util/format.js'
import { userCacheDir } from '../util/disk-cache.js'
import { image } from '../image/index.js'
import { USER_PATTERN } from '../image/context.js'
import type { ImageOptions, ImageResult } from '../image/spec.js'
import { LOGIN_INPUTS, parseLogin, undoStepLogin, withStepLogin } from './registry-login.js'

const inputs = {
  engine: {
    kind: 'enum',
    values: ['auto', 'oci', 'buildx'],
    description:
      'How images are assembled: oci (daemonless: base + one layer per platform, pushed straight to the registry), buildx (docker buildx with BuildKit), or auto: oci unless dockerfile, build-args, secrets, cache-from/to, builder or provenance need buildx.',
    default: 'auto'
  },
  images: {
    kind: 'list',
    description:
      'Repositories to push to, one per line or comma-separated (ghcr.io/org/app). Lower-case, no tag.'
  },
  tags: {
    kind: 'list',
    description:
      "Tags for every repository in images (1.2.3), or full references (ghcr.io/org/app:1.2.3), e.g. the tag action's output. Default: latest."
  },
  artifacts: {
    kind: 'string',
    description: 'The artifacts.json of the go-build stage (prebuilt binaries by platform).',
    default: 'dist/artifacts.json'
  },
  platforms: {
    kind: 'list',
    description:
      'OCI platforms to build (linux/amd64, linux/arm/v7). Default: every linux target in artifacts.'
  },
  base: {
    kind: 'string',
    description:
      'Base image: scratch (the smallest image, with ca-certificates and a passwd entry, see ca-certificates), a registry reference, or (oci engine) an OCI layout as oci-layout://path[:tag].',
    default: 'scratch'
  },
  binary: {
    kind: 'string',
    description: 'The binary to put in the image, by name. Default: the only binary in artifacts.'
  },
  dockerfile: {
    kind: 'string',
    description:
      'Use this Dockerfile as given instead of generating one (relative to the workspace). Default: generate one that copies the prebuilt binaries.'
  },
  context: {
    kind: 'string',
    description: 'Build context for a user dockerfile. Default: the folder holding the dockerfile.'
  },
  labels: {
    kind: 'keyvalues',
    description:
      'Extra image labels, KEY=value, one per line. OCI labels (source, revision, version, created) are added.'
  },
  annotations: {
    kind: 'keyvalues',
    description: 'Manifest and index annotations, KEY=value, one per line (buildx --annotation syntax).'
  },
  'build-args': {
    kind: 'keyvalues',
    description: 'Build arguments, KEY=value, one per line.'
  },
  secrets: {
    kind: 'keyvalues',
    description: 'Build secrets, id=value, one per line (buildx --secret, passed through the environment).'
  },
  push: {
    kind: 'bool',
    description: 'Push the image to every repository in images and write the tags (last).',
    default: 'false'
  },
  load: {
    kind: 'bool',
    description: 'Load the image into the Docker daemon (one platform only).',
    default: 'false'
  },
  provenance: {
    kind: 'bool',
    description:
      'Add provenance attestations. Off by default: registries and tools show the attestation manifests as platform unknown/unknown, and a single-platform image becomes an index.',
    default: 'false'
  },
  sbom: {
    kind: 'bool',
    description:
      "After the push, attach a CycloneDX SBOM of the image (every platform's packages and Go modules, read back from the registry) as an OCI referrer, as the scan action's attach-sbom does; needs push. BuildKit's SBOM attestation is not used.",
    default: 'false'
  },
  'cache-from': {
    kind: 'list',
    commas: false,
    description: 'buildx --cache-from entries, one per line (type=gha,scope=app).'
  },
  'cache-to': {
    kind: 'list',
    commas: false,
    description: 'buildx --cache-to entries, one per line.'
  },
  'push-by-digest': {
    kind: 'bool',
    description:
      "Push this job's platforms by digest only, with no tag; output the digest for a later merge job (distributed builds). With merge: push the merged index by digest only, to be tagged by a later merge (after a scan, say).",
    default: 'false'
  },
  merge: {
    kind: 'list',
    description:
      'Merge these images (repo@sha256:…, one per line, the refs outputs of push-by-digest jobs) into one multi-arch index, pushed under every tag. Nothing is built.'
  },
  builder: {
    kind: 'string',
    description: 'The buildx builder to use. Default: the current one.'
  },
  'ca-certificates': {
    kind: 'bool',
    description:
      "On a scratch base, add the runner's CA bundle (/etc/ssl/certs/ca-certificates.crt) and passwd/group entries for the user, so HTTPS clients work.",
    default: 'true'
  },
  user: {
    kind: 'string',
    description: 'The user the generated image runs as (uid or uid:gid). 65532 is the common non-root uid.',
    default: '65532'
  },
  output: {
    kind: 'string',
    description:
      'oci engine: write the image to this OCI image layout folder (as well as pushing, when push is set). Default: a temporary folder when not pushing or loading; its path is the oci-layout output.'
  },
  'layer-cache': {
    kind: 'bool',
    description:
      "oci engine: keep compressed layers in the user's cache folder ($XDG_CACHE_HOME/gantry/layers, else ~/.cache/gantry/layers), keyed by the binary's sha256 and everything else that changes the layer, so an unchanged binary is not compressed again; checked on every use, trimmed after 5 days unused.",
    default: 'true'
  },
  'registry-timeout': {
    kind: 'int',
    min: 1,
    max: 86400,
    description:
      'Seconds everything this step does with registries may take (reading the base, pushing, tagging) before it fails; each request also has its own connect, response and idle timeouts.',
    default: '90'
  },
  ...LOGIN_INPUTS,
  'allow-outside-workspace': {
    kind: 'bool',
    description:
      'Allow artifacts, dockerfile and context outside the workspace (GITHUB_WORKSPACE; the current folder for the CLI). Off: a path that leads outside it, also through a symbolic link, is refused.',
    default: 'false'
  }
} as const satisfies InputSpecs

const outputs = {
  digest: {
    encode: 'text',
    description:
      'Digest of the image: the multi-arch index (or the single manifest of a one-platform image without attestations).'
  },
  refs: {
    encode: 'lines',
    description:
      'One per line: repo:tag@digest for every tag written; repo@digest for push-by-digest (pass these to merge).'
  },
  platforms: { encode: 'json', description: 'JSON object of OCI platform -> manifest digest.' },
  metadata: {
    encode: 'json',
    description: 'JSON build metadata (buildx --metadata-file), or the merged refs for merge.'
  },
  'oci-layout': {
    encode: 'text',
    description:
      'oci engine: the OCI image layout folder the image was written to (the output input, or a temporary one), else empty.'
  }
} as const satisfies OutputSpecs

function parseImage(
  i: Inputs<typeof inputs>,
  cwd: string,
  workspace: string,
  env?: Readonly<Record<string, string | undefined>>
): ImageOptions {
  const user = i.user
  if (!USER_PATTERN.test(user))
    throw new UserError(`"${user}" is not a user.`, { input: 'user', fix: 'write a uid (65532) or uid:gid.' })
  return {
    engine: i.engine,
    output: i.output ? path.resolve(cwd, i.output) : undefined,
    layerCache: i['layer-cache'] && env ? userCacheDir(env, 'layers') : undefined,
    registryTimeoutMs: i['registry-timeout'] * 1000,
    images: i.images,
    tags: i.tags,
    artifacts: path.resolve(cwd, i.artifacts),
    platforms: i.platforms,
    base: i.base,
    binary: i.binary || undefined,
    dockerfile: i.dockerfile ? path.resolve(cwd, i.dockerfile) : undefined,
    context: i.context ? path.resolve(cwd, i.context) : undefined,
    labels: i.labels,
    annotations: i.annotations,
    buildArgs: i['build-args'],
    secrets: i.secrets,
    push: i.push,
    load: i.load,
    provenance: i.provenance,
    sbom: i.sbom,
    cacheFrom: i['cache-from'],
    cacheTo: i['cache-to'],
    pushByDigest: i['push-by-digest'],
    merge: i.merge,
    builder: i.builder || undefined,
    caCertificates: i['ca-certificates'],
    user: /^\d+$/.test(user) ? `${parseInteger(user, 'user', { min: 0, max: 2147483647 })}` : user,
    login: parseLogin(i),
    cwd,
    workspace,
    allowOutsideWorkspace: i['allow-outside-workspace']
  }
}

async function runImage(o: ImageOptions, ctx: StageContext): Promise<ImageResult> {
  if (o.secrets.length) for (const [, v] of o.secrets) ctx.host.logger.mask(v)
  return withStepLogin(o.login, ctx, host => image(o, ctx.ci, host))
}

export const imageStage = defineStage({
  name: 'image',
  action: 'image',
  title: 'gantry image',
  description:
    'Multi-arch container images from prebuilt Go binaries: daemonless (oci) or with buildx, without compiling or emulating; push by digest, tags last, distributed merge.',
  summary: 'build a multi-arch image from prebuilt binaries (oci or buildx), push it, or merge digests',
  branding: { icon: 'package', color: 'blue' },
  inputs,
  outputs,
  parse: (i, env) => parseImage(i, env.cwd, env.ci.workspace || env.cwd, env.env),
  run: runImage,
  output: r => ({
    digest: r.digest,
    refs: r.refs,
    platforms: Object.fromEntries(r.platforms.map(p => [p.platform, p.digest])),
    metadata: r.metadata,
    'oci-layout': r.layout ?? ''
  }),
  report: r => ({
    title: 'gantry image',
    table: {
      columns: ['platform', 'digest', 'size'],
      rows: r.platforms.map(p => [p.platform, { code: p.digest }, p.size ? formatBytes(p.size) : '—'])
    },
    facts: [
      ...(r.digest
        ? [{ label: 'digest', value: [{ code: r.digest }, r.pushed ? '' : ' (not pushed)'] }]
        : []),
      ...(r.refs.length ? [{ label: 'refs', value: r.refs.flatMap(x => [' ', { code: x }]) }] : []),
      ...(r.layerCache
        ? [{ label: 'layer cache', value: `${r.layerCache.reused} reused, ${r.layerCache.built} built` }]
        : []),
      ...(r.sboms?.length ? [{ label: 'SBOM', value: r.sboms.flatMap(x => [' ', { code: x }]) }] : [])
    ]
  }),
  post: { if: 'always()', run: undoStepLogin }
})

/**
 * The image stage's options from raw input strings, as the action would parse them (tests, benchmarks).
 * The layer cache is used only when `env` (where the user's cache folder is) is given.
 */
export function imageOptions(
  raw: RawInputs,
  cwd: string,
  workspace = cwd,
  env?: Readonly<Record<string, string | undefined>>
): ImageOptions {
  return parseImage(parseInputs(inputs, raw), cwd, workspace, env)
}
