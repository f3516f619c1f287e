// The stage list as the CLI reads it at start-up: each stage's command name and summary, and how to load it.
// A command loads only its own stage (the bundler makes each a chunk), so `gantry build` does not compile
// or run the scanner's, the image builder's or the changelog's code. Same order and names as STAGES
// (src/stages/index.ts); __tests__/stages/catalog.test.ts holds the two lists together.

import type { AnyStage } from '../runtime/stage.js'

export interface StageEntry {
  /** The CLI command and the gantry.yml section (the stage's name). */
  name: string
  /** The stage's one-line summary, for `gantry --help`. */
  summary: string
  load(): Promise<AnyStage>
}

export const STAGE_CATALOG: readonly StageEntry[] = [
  {
    name: 'plan',
    summary: 'resolve the targets and print the build matrix',
    load: async () => (await import('./plan.js')).planStage
  },
  {
    name: 'build',
    summary: 'cross-compile the Go module into dist/ (binaries, archives, checksums, artifacts.json)',
    load: async () => (await import('./go-build.js')).buildStage
  },
  {
    name: 'tag',
    summary: 'decide the next version, create the git tag, and derive image tags, labels and the changelog',
    load: async () => (await import('./tag.js')).tagStage
  },
  {
    name: 'image',
    summary: 'build a multi-arch image from prebuilt binaries (oci or buildx), push it, or merge digests',
    load: async () => (await import('./image.js')).imageStage
  },
  {
    name: 'scan',
    summary: 'scan an image or paths: vulnerabilities, secrets, Dockerfile rules; SARIF, SBOM, one gate',
    load: async () => (await import('./scan.js')).scanStage
  },
  {
    name: 'github-release',
    summary: 'create or update the GitHub release of a tag with the archives, checksums and changelog',
    load: async () => (await import('./github-release.js')).githubReleaseStage
  },
  {
    name: 'release',
    summary: 'the whole pipeline: tag, build, image, scan, then push, tag and release',
    load: async () => (await import('./release.js')).releaseStage
  }
]

export function catalogEntry(name: string): StageEntry | undefined {
  return STAGE_CATALOG.find(s => s.name === name)
}
