// The GitHub release stage (actions/github-release, `gantry github-release`): the release of a version tag
// with the build's archives and checksums as assets and the changelog as notes, through the REST API,
// idempotent on re-runs (src/release/github-release.ts). The files come from an artifacts.json, which may
// have crossed a job boundary: every asset is checked (a regular file inside the dist folder, its listed size
// and sha256) before the release is created or touched.

import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { defineStage, type ParseEnv, type StageContext } from '../runtime/stage.js'
import { parseInputs, type Inputs, type InputSpecs, type RawInputs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import { UserError } from '../util/errors.js'
import { sha256File, sha256Hex } from '../util/digest.js'
import { compareStrings } from '../util/compare.js'
import { confinePath } from '../util/paths.js'
import { oneLine } from '../util/log-safe.js'
import { readArtifacts } from '../model/artifacts.js'
import { checkArtifactFile } from '../model/artifact-file.js'
import { parseVersionInput } from '../model/semver.js'
import { publishRelease, type ReleaseAsset, type ReleaseResult } from '../release/github-release.js'
import type { GitHubApi } from '../release/github.js'
import { githubToken } from './github-token.js'

const inputs = {
  tag: {
    kind: 'string',
    required: true,
    description: 'The git tag to release (v1.4.0), which must exist on GitHub (the tag stage makes it).'
  },
  name: { kind: 'string', description: 'The release title. Default: the tag.' },
  notes: {
    kind: 'string',
    description: "The release notes, Markdown (the tag stage's changelog output, say). Default: none."
  },
  artifacts: {
    kind: 'list',
    commas: false,
    description:
      'The artifacts.json of the go-build stage, one per line (one per build job when the build was split): the archives and the checksums file become the assets, each verified against its size and sha256 first; several checksums files become one. none: no assets.',
    default: 'dist/artifacts.json'
  },
  'mark-prerelease': {
    kind: 'enum',
    values: ['auto', 'true', 'false'],
    description:
      "Mark the release as a prerelease: auto (when the tag's version has a prerelease part, v1.4.0-rc.1), true or false. (Not named prerelease: that is the tag stage's prerelease identifier.)",
    default: 'auto'
  },
  'github-token': {
    kind: 'secret',
    description: 'Token with contents: write (the CLI reads GITHUB_TOKEN).',
    default: '${{ github.token }}',
    actionOnly: true
  },
  'allow-outside-workspace': {
    kind: 'bool',
    description:
      'Allow an artifacts.json outside the workspace (GITHUB_WORKSPACE; the current folder for the CLI).',
    default: 'false'
  }
} as const satisfies InputSpecs

const outputs = {
  url: { encode: 'text', description: 'The release page.' },
  id: { encode: 'text', description: 'The release id.' },
  assets: {
    encode: 'json',
    description: 'JSON object: uploaded, kept (already there with the same sha256) and replaced asset names.'
  }
} as const satisfies OutputSpecs

export interface GitHubReleaseOptions {
  tag: string
  name: string
  notes: string
  /** The artifacts.json files (none: no assets). */
  artifacts: string[]
  prerelease: boolean
  api: GitHubApi
  workspace: string
  allowOutsideWorkspace: boolean
}

/** The token: the input in an action (its default is the runner's expression), GITHUB_TOKEN for the CLI. */
export function releaseToken(given: string, env: ParseEnv, input = 'github-token'): string {
  const token = githubToken(given, env)
  if (!token)
    throw new UserError('a GitHub release needs a token.', {
      input,
      fix: 'pass github-token: ${{ github.token }} with permissions: contents: write (the CLI reads GITHUB_TOKEN).'
    })
  return token
}

/** The GitHub API of this run's repository, or a UserError when the run does not name one. */
export function releaseApi(token: string, env: ParseEnv): GitHubApi {
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.ci.repository))
    throw new UserError('a GitHub release needs the repository (owner/name).', {
      input: 'github-token',
      fix: 'run it in a GitHub Actions job, or set GITHUB_REPOSITORY=owner/name for the CLI.'
    })
  return { apiUrl: env.ci.apiUrl, repository: env.ci.repository, token, input: 'release' }
}

/** Whether a tag's version is a prerelease (v1.4.0-rc.1); a tag that is no version is not. */
export function isPrereleaseTag(tag: string): boolean {
  const m = /(\d+\.\d+\.\d+\S*)$/.exec(tag)
  if (!m) return false
  try {
    return parseVersionInput(m[1]).prerelease.length > 0
  } catch {
    return false
  }
}

function parseGitHubRelease(i: Inputs<typeof inputs>, env: ParseEnv): GitHubReleaseOptions {
  const tag = i.tag
  if (!/^[A-Za-z0-9._/+-]+$/.test(tag) || tag.startsWith('/') || tag.includes('..'))
    throw new UserError(`"${oneLine(tag)}" is not a tag name.`, {
      input: 'tag',
      fix: "pass the tag stage's tag output (v1.4.0)."
    })
  const token = releaseToken(i['github-token'], env)
  return {
    tag,
    name: i.name || tag,
    notes: i.notes,
    artifacts:
      i.artifacts.length === 1 && i.artifacts[0].toLowerCase() === 'none'
        ? []
        : i.artifacts.map(f => path.resolve(env.cwd, f)),
    prerelease: i['mark-prerelease'] === 'auto' ? isPrereleaseTag(tag) : i['mark-prerelease'] === 'true',
    api: releaseApi(token, env),
    workspace: env.ci.workspace || env.cwd,
    allowOutsideWorkspace: i['allow-outside-workspace']
  }
}

// A checksums file is a few lines per target; more than this is not one (and is not read into memory).
const MAX_CHECKSUMS_BYTES = 4 << 20

interface DistAssets {
  archives: ReleaseAsset[]
  /** The checksums files, read (bounded) and checked against their sha256. */
  checksums: { name: string; file: string; text: string }[]
  /** module@version (commit): the build the folder holds. */
  build: string
}

/** One dist folder's archives and checksums file, each checked (regular file inside it, size, sha256). */
async function distAssets(file: string, input: string): Promise<DistAssets> {
  const { manifest, dir } = await readArtifacts(file, input)
  const p = manifest.project
  const out: DistAssets = { archives: [], checksums: [], build: `${p.module}@${p.version} (${p.commit})` }
  for (const a of manifest.artifacts) {
    if (a.kind !== 'archive' && a.kind !== 'checksums') continue
    const abs = await checkArtifactFile(dir, a, input)
    const name = path.posix.basename(a.path)
    if (a.kind === 'checksums' && a.size > MAX_CHECKSUMS_BYTES)
      throw new UserError(`${oneLine(a.path)} is too large for a checksums file (${a.size} bytes).`, {
        input,
        fix: 'use the dist folder exactly as the go-build stage wrote it.'
      })
    const bytes = a.kind === 'checksums' ? await readFile(abs) : undefined
    const hex = bytes ? sha256Hex(bytes) : (await sha256File(abs)).hex
    if (hex !== a.sha256)
      throw new UserError(`${oneLine(a.path)} does not match the sha256 artifacts.json lists.`, {
        input,
        fix: 'download the dist folder again, or rebuild it with the go-build stage; nothing was released.'
      })
    if (bytes) out.checksums.push({ name, file: abs, text: bytes.toString('utf8') })
    else out.archives.push({ file: abs, name })
  }
  return out
}

/**
 * The checksums files of several dist folders of one build (one per build job) as one file in `dir`: every
 * line of each, sorted by name as go-build sorts them. A name listed with two sums is refused.
 */
async function combineChecksums(
  files: DistAssets['checksums'],
  dir: string,
  input: string
): Promise<ReleaseAsset> {
  const names = [...new Set(files.map(f => f.name))]
  if (names.length > 1)
    throw new UserError(
      `the dist folders name their checksums files differently (${names.map(oneLine).join(', ')}).`,
      {
        input,
        fix: 'build every group with the same go-build inputs (binary, main), so one checksums file covers them.'
      }
    )
  const sums = new Map<string, string>()
  for (const f of files)
    for (const line of f.text.split('\n').filter(Boolean)) {
      const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line)
      if (!m)
        throw new UserError(`${oneLine(f.name)} holds a line that is not "sha256  name".`, {
          input,
          fix: 'use the dist folders exactly as the go-build stage wrote them.'
        })
      if ((sums.get(m[2]) ?? m[1]) !== m[1])
        throw new UserError(`two dist folders list different sha256 sums for ${oneLine(m[2])}.`, {
          input,
          fix: 'release the dist folders of one run of the build jobs.'
        })
      sums.set(m[2], m[1])
    }
  const text = [...sums].sort((a, b) => compareStrings(a[0], b[0])).map(([n, h]) => `${h}  ${n}\n`)
  const file = path.join(dir, names[0])
  await writeFile(file, text.join(''))
  return { file, name: names[0] }
}

/**
 * The assets of a release: the archives of every artifacts.json (all of one build: the same module, version
 * and commit), each checked, and their checksums file — one, combined into `tempDir()` when the build was
 * split over several dist folders.
 */
export async function releaseAssets(
  files: readonly string[],
  tempDir: () => Promise<string>,
  input = 'artifacts'
): Promise<ReleaseAsset[]> {
  const dists: DistAssets[] = []
  for (const file of files) dists.push(await distAssets(file, input))
  const other = dists.find(d => d.build !== dists[0].build)
  if (other)
    throw new UserError(
      `the artifacts.json files are of different builds: ${oneLine(dists[0].build)} and ${oneLine(other.build)}.`,
      {
        input,
        fix: 'release the dist folders of one run of the build jobs.'
      }
    )
  const sums = dists.flatMap(d => d.checksums)
  const out = [
    ...dists.flatMap(d => d.archives),
    ...(sums.length > 1
      ? [await combineChecksums(sums, await tempDir(), input)]
      : sums.map(({ file, name }) => ({ file, name })))
  ]
  const names = out.map(a => a.name)
  const twice = names.find((n, k) => names.indexOf(n) !== k)
  if (twice)
    throw new UserError(`two assets would both be named ${oneLine(twice)}.`, {
      input,
      fix: 'give the archives distinct names (archive-name in the go-build stage).'
    })
  return out
}

async function runGitHubRelease(o: GitHubReleaseOptions, ctx: StageContext): Promise<ReleaseResult> {
  ctx.host.logger.mask(o.api.token)
  for (const file of o.artifacts)
    await confinePath(file, 'artifacts', {
      workspace: o.workspace,
      allowOutside: o.allowOutsideWorkspace
    })
  const assets = await releaseAssets(o.artifacts, () => ctx.host.tempDir('release-checksums'))
  return publishRelease(
    o.api,
    { tag: o.tag, name: o.name, body: o.notes, prerelease: o.prerelease, assets },
    ctx.host
  )
}

/** The summary lines of a release, shared with the pipeline's summary. */
export function releaseFacts(r: ReleaseResult): { label: string; value: string }[] {
  const parts = [
    r.uploaded.length ? `${r.uploaded.length} uploaded` : '',
    r.kept.length ? `${r.kept.length} kept` : '',
    r.replaced.length ? `${r.replaced.length} replaced` : ''
  ].filter(Boolean)
  return [
    { label: 'release:', value: `${r.url || `#${r.id}`} (${r.created ? 'created' : 'updated'})` },
    { label: 'assets:', value: parts.join(', ') || 'none' }
  ]
}

export const githubReleaseStage = defineStage({
  name: 'github-release',
  action: 'github-release',
  title: 'gantry github-release',
  description:
    "Create or update the GitHub release of a version tag with the build's archives and checksums (verified first) and the changelog; re-runs upload only what is missing or changed.",
  summary: 'create or update the GitHub release of a tag with the archives, checksums and changelog',
  branding: { icon: 'upload-cloud', color: 'blue' },
  inputs,
  outputs,
  parse: parseGitHubRelease,
  run: runGitHubRelease,
  output: r => ({
    url: r.url,
    id: `${r.id}`,
    assets: { uploaded: r.uploaded, kept: r.kept, replaced: r.replaced }
  }),
  report: r => ({ title: 'gantry github-release', facts: releaseFacts(r) })
})

/** The stage's options from raw input strings, as the action would parse them (tests). */
export function githubReleaseOptions(raw: RawInputs, env: ParseEnv): GitHubReleaseOptions {
  return parseGitHubRelease(parseInputs(inputs, raw), env)
}
