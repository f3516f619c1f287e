// The one-step release's inputs and outputs: the stages' own specs under their own names (so a value means
// the same in the root action as in the stage's action), a few renamed where two stages use one name for
// different things, and the release's own switches. The root action.yml and the docs table come from here.

import type { InputSpecs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import { planStage } from './plan.js'
import { tagStage } from './tag.js'
import { buildStage } from './go-build.js'
import { imageStage } from './image.js'
import { scanStage } from './scan.js'
import { githubReleaseStage } from './github-release.js'

/** The steps, in order: their names key the results, the log groups and the summary rows. */
export const RELEASE_STEPS = [
  'plan',
  'tag',
  'build',
  'image',
  'scan',
  'push',
  'git-tag',
  'image-tags',
  'github-release'
] as const
export type ReleaseStep = (typeof RELEASE_STEPS)[number]

const t = tagStage.inputs
const b = buildStage.inputs
const im = imageStage.inputs
const sc = scanStage.inputs

export const releaseInputs = {
  'working-directory': {
    ...t['working-directory'],
    description:
      'The Go module folder (holds go.mod); for a module in a subfolder, also set tag-prefix (tools/v).'
  },
  targets: planStage.inputs.targets,
  // tag
  version: t.version,
  bump: t.bump,
  'tag-prefix': t['tag-prefix'],
  prerelease: t.prerelease,
  'major-zero': t['major-zero'],
  images: {
    ...t.images,
    description:
      'Image names (ghcr.io/octo/hello), one per line or comma-separated: where push puts the image.'
  },
  tags: t.tags,
  latest: t.latest,
  'push-tag': {
    ...t['push-tag'],
    description:
      'After the scan passed and the image is in the registries by digest: false; git (push an annotated tag with git) or api (create it through the GitHub REST API). The image tags are written after it.'
  },
  message: t.message,
  // build
  main: b.main,
  binary: b.binary,
  ldflags: b.ldflags,
  flags: b.flags,
  'build-tags': { ...b.tags, description: 'Go build tags, one per line or comma-separated (go-build tags).' },
  env: b.env,
  cgo: b.cgo,
  dist: b.dist,
  archives: b.archives,
  checksums: b.checksums,
  'verify-modules': b['verify-modules'],
  cache: b.cache,
  'cache-save': b['cache-save'],
  parallelism: b.parallelism,
  'lock-timeout': b['lock-timeout'],
  // image (always the daemonless oci engine)
  platforms: {
    ...im.platforms,
    description:
      'OCI platforms of the image (linux/amd64, linux/arm/v7), each one of targets. Default: every linux target.'
  },
  base: im.base,
  labels: im.labels,
  annotations: im.annotations,
  'ca-certificates': im['ca-certificates'],
  user: im.user,
  'oci-layout': {
    kind: 'string',
    description:
      'Write the image to this OCI image layout folder (kept after the step). Default: a temporary folder; its path is the oci-layout output.'
  },
  // scan
  scan: {
    kind: 'bool',
    description:
      'Scan the image (or, with no linux target, the binaries) before anything is pushed or tagged.',
    default: 'true'
  },
  severity: sc.severity,
  'exit-code': {
    ...sc['exit-code'],
    description:
      'The exit code when findings at those severities remain after ignores (0: report only). Non-zero makes the scan a gate: nothing is pushed and no tag is written when it fails.'
  },
  'ignore-unfixed': sc['ignore-unfixed'],
  ignorefile: sc.ignorefile,
  format: sc.format,
  'scan-output': {
    ...sc.output,
    description:
      'Write the scan report, in format, here (relative to the workspace). Default: a temporary file; its path is the report output.'
  },
  db: sc.db,
  'db-cache': sc['db-cache'],
  scanners: {
    ...sc.scanners,
    description:
      'Scanners to run: vuln, secret, misconfig. Default: vuln and secret (the image has no Dockerfile).'
  },
  // push
  push: {
    kind: 'bool',
    description:
      'After the scan passed: push the image to every repository in images by digest, then (after the git tag) write the image tags.',
    default: 'false'
  },
  'registry-timeout': im['registry-timeout'],
  registry: im.registry,
  username: im.username,
  password: im.password,
  // release
  release: {
    kind: 'bool',
    description:
      'Create or update the GitHub release of the tag with the archives, the checksums file and the changelog (needs the git tag: push-tag, or a tag push; github-token with contents: write).',
    default: 'false'
  },
  'github-token': {
    ...t['github-token'],
    description: 'Token for push-tag: api and release (contents: write). The CLI reads GITHUB_TOKEN.'
  },
  'allow-outside-workspace': im['allow-outside-workspace']
} as const satisfies InputSpecs

const to = tagStage.outputs
const bo = buildStage.outputs
const io = imageStage.outputs
const so = scanStage.outputs

export const releaseOutputs = {
  version: to.version,
  'previous-version': to['previous-version'],
  tag: to.tag,
  'tag-created': { encode: 'bool', description: 'true when this run created the git tag.' },
  tags: { ...to.tags, description: 'Full image references (image:tag) written, or that push would write.' },
  'tag-names': to['tag-names'],
  labels: to.labels,
  changelog: to.changelog,
  targets: planStage.outputs.targets,
  artifacts: bo.artifacts,
  dist: bo.dist,
  checksums: bo.checksums,
  digest: {
    ...io.digest,
    description: 'Digest of the image (the multi-arch index), or empty with no image.'
  },
  platforms: io.platforms,
  'oci-layout': { encode: 'text', description: 'The OCI image layout folder holding the image, or empty.' },
  refs: {
    ...io.refs,
    description: 'repo:tag@digest for every image tag written, one per line (empty when nothing was pushed).'
  },
  pushed: { encode: 'bool', description: 'true when the image was pushed (and tagged).' },
  findings: so.findings,
  counts: so.counts,
  report: so.report,
  sarif: so.sarif,
  sbom: so.sbom,
  passed: so.passed,
  'release-url': { ...githubReleaseStage.outputs.url, description: 'The GitHub release page, or empty.' },
  skipped: {
    encode: 'json',
    description: 'JSON object of the steps that did not run -> why (push: false, no linux target, ...).'
  }
} as const satisfies OutputSpecs
