// Options of the image stage (actions/image, `gantry image`).

import path from 'node:path'
import {
  getBoolean,
  getList,
  getOptional,
  getString,
  parseInteger,
  parseKeyValues,
  type RawOptions,
  type StageSpec
} from '../options.js'
import { UserError } from '../../util/errors.js'
import type { ImageOptions, ImageResult } from '../../image/spec.js'

export const imageSpec: StageSpec = {
  engine: {
    description:
      'How images are assembled: oci (daemonless: base + one layer per platform, pushed straight to the registry), buildx (docker buildx with BuildKit), or auto: oci unless dockerfile, build-args, secrets, cache-from/to, builder, provenance or sbom need buildx.',
    default: 'auto'
  },
  images: {
    description:
      'Repositories to push to, one per line or comma-separated (ghcr.io/org/app). Lower-case, no tag.',
    kind: 'list'
  },
  tags: {
    description:
      "Tags for every repository in images (1.2.3), or full references (ghcr.io/org/app:1.2.3), e.g. the tag action's output. Default: latest.",
    kind: 'list'
  },
  artifacts: {
    description: 'The artifacts.json of the go-build stage (prebuilt binaries by platform).',
    default: 'dist/artifacts.json'
  },
  platforms: {
    description:
      'OCI platforms to build (linux/amd64, linux/arm/v7). Default: every linux target in artifacts.',
    kind: 'list'
  },
  base: {
    description:
      'Base image: scratch (the smallest image, with ca-certificates and a passwd entry, see ca-certificates), a registry reference, or (oci engine) an OCI layout as oci-layout://path[:tag].',
    default: 'scratch'
  },
  binary: {
    description: 'The binary to put in the image, by name. Default: the only binary in artifacts.'
  },
  dockerfile: {
    description:
      'Use this Dockerfile as given instead of generating one (relative to the workspace). Default: generate one that copies the prebuilt binaries.'
  },
  context: {
    description: 'Build context for a user dockerfile. Default: the folder holding the dockerfile.'
  },
  labels: {
    description:
      'Extra image labels, KEY=value, one per line. OCI labels (source, revision, version, created) are added.',
    kind: 'list'
  },
  annotations: {
    description: 'Manifest and index annotations, KEY=value, one per line (buildx --annotation syntax).',
    kind: 'list'
  },
  'build-args': {
    description: 'Build arguments, KEY=value, one per line.',
    kind: 'list'
  },
  secrets: {
    description: 'Build secrets, id=value, one per line (buildx --secret, passed through the environment).',
    kind: 'list',
    secret: true
  },
  push: {
    description: 'Push the image to every repository in images and write the tags (last).',
    default: 'false',
    kind: 'boolean'
  },
  load: {
    description: 'Load the image into the Docker daemon (one platform only).',
    default: 'false',
    kind: 'boolean'
  },
  provenance: {
    description:
      'Add provenance attestations. Off by default: registries and tools show the attestation manifests as platform unknown/unknown, and a single-platform image becomes an index.',
    default: 'false',
    kind: 'boolean'
  },
  sbom: {
    description: "Add an SBOM attestation (BuildKit's scanner).",
    default: 'false',
    kind: 'boolean'
  },
  'cache-from': {
    description: 'buildx --cache-from entries, one per line (type=gha,scope=app).',
    kind: 'list'
  },
  'cache-to': {
    description: 'buildx --cache-to entries, one per line.',
    kind: 'list'
  },
  'push-by-digest': {
    description:
      "Push this job's platforms by digest only, with no tag; output the digest for a later merge job (distributed builds).",
    default: 'false',
    kind: 'boolean'
  },
  merge: {
    description:
      'Merge these images (repo@sha256:…, one per line, the refs outputs of push-by-digest jobs) into one multi-arch index, pushed under every tag. Nothing is built.',
    kind: 'list'
  },
  builder: {
    description: 'The buildx builder to use. Default: the current one.'
  },
  'ca-certificates': {
    description:
      "On a scratch base, add the runner's CA bundle (/etc/ssl/certs/ca-certificates.crt) and passwd/group entries for the user, so HTTPS clients work.",
    default: 'true',
    kind: 'boolean'
  },
  user: {
    description: 'The user the generated image runs as (uid or uid:gid). 65532 is the common non-root uid.',
    default: '65532'
  },
  output: {
    description:
      'oci engine: write the image to this OCI image layout folder (as well as pushing, when push is set). Default: a temporary folder when not pushing or loading; its path is the oci-layout output.'
  },
  'registry-timeout': {
    description:
      'Seconds everything this step does with registries may take (reading the base, pushing, tagging) before it fails; each request also has its own connect, response and idle timeouts.',
    default: '90'
  },
  registry: {
    description:
      'Log in to this registry for the step (logged out in the post step). Default: none; the Docker config is used as it is.'
  },
  username: {
    description: 'Username for registry.'
  },
  password: {
    description: 'Password or token for registry (masked).',
    secret: true
  }
}

const ENGINES = ['auto', 'buildx', 'oci']

/** The image stage's typed options from raw inputs. `cwd` resolves relative paths. */
export function imageOptions(raw: RawOptions, cwd: string): ImageOptions {
  const engine = getString(raw, imageSpec, 'engine')
  if (!ENGINES.includes(engine))
    throw new UserError(`"${engine}" is not an engine.`, { input: 'engine', fix: 'use auto, oci or buildx.' })
  const output = getOptional(raw, imageSpec, 'output')
  const dockerfile = getOptional(raw, imageSpec, 'dockerfile')
  const context = getOptional(raw, imageSpec, 'context')
  const user = getString(raw, imageSpec, 'user')
  if (!/^\d+(:\d+)?$/.test(user) && !/^[a-z_][a-z0-9_-]*$/.test(user))
    throw new UserError(`"${user}" is not a user.`, { input: 'user', fix: 'write a uid (65532) or uid:gid.' })
  const registry = getOptional(raw, imageSpec, 'registry')
  const username = getOptional(raw, imageSpec, 'username')
  const password = getOptional(raw, imageSpec, 'password')
  if ((username || password) && !(username && password))
    throw new UserError('username and password go together.', {
      input: username ? 'password' : 'username',
      fix: 'set both, or neither to use the Docker config as it is.'
    })
  if (username && !registry)
    throw new UserError('username and password need the registry to log in to.', {
      input: 'registry',
      fix: 'set registry (e.g. ghcr.io).'
    })
  const tags = getList(raw, imageSpec, 'tags')
  return {
    engine: engine as ImageOptions['engine'],
    output: output ? path.resolve(cwd, output) : undefined,
    registryTimeoutMs:
      parseInteger(getString(raw, imageSpec, 'registry-timeout'), 'registry-timeout', {
        min: 1,
        max: 86400
      }) * 1000,
    images: getList(raw, imageSpec, 'images'),
    tags,
    artifacts: path.resolve(cwd, getString(raw, imageSpec, 'artifacts')),
    platforms: getList(raw, imageSpec, 'platforms'),
    base: getString(raw, imageSpec, 'base'),
    binary: getOptional(raw, imageSpec, 'binary'),
    dockerfile: dockerfile ? path.resolve(cwd, dockerfile) : undefined,
    context: context ? path.resolve(cwd, context) : undefined,
    labels: parseKeyValues(getString(raw, imageSpec, 'labels'), 'labels'),
    annotations: parseKeyValues(getString(raw, imageSpec, 'annotations'), 'annotations'),
    buildArgs: parseKeyValues(getString(raw, imageSpec, 'build-args'), 'build-args'),
    secrets: parseKeyValues(getString(raw, imageSpec, 'secrets'), 'secrets'),
    push: getBoolean(raw, imageSpec, 'push'),
    load: getBoolean(raw, imageSpec, 'load'),
    provenance: getBoolean(raw, imageSpec, 'provenance'),
    sbom: getBoolean(raw, imageSpec, 'sbom'),
    cacheFrom: getList(raw, imageSpec, 'cache-from', { commas: false }),
    cacheTo: getList(raw, imageSpec, 'cache-to', { commas: false }),
    pushByDigest: getBoolean(raw, imageSpec, 'push-by-digest'),
    merge: getList(raw, imageSpec, 'merge'),
    builder: getOptional(raw, imageSpec, 'builder'),
    caCertificates: getBoolean(raw, imageSpec, 'ca-certificates'),
    user: /^\d+$/.test(user) ? `${parseInteger(user, 'user', { min: 0, max: 2147483647 })}` : user,
    login: registry && username && password ? { registry, username, password } : undefined,
    cwd
  }
}

/** The action's outputs (the CLI prints the same object as JSON). */
export function imageOutputs(r: ImageResult): Record<string, unknown> {
  return {
    digest: r.digest,
    refs: r.refs.join('\n'),
    platforms: Object.fromEntries(r.platforms.map(p => [p.platform, p.digest])),
    metadata: r.metadata,
    'oci-layout': r.layout ?? ''
  }
}
