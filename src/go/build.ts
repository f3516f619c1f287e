// The go-build stage: check every input first (module, toolchain, main packages, targets, version, templates,
// cgo, dist), then download and verify modules once, cross-compile every main package for every target with
// bounded parallelism, pack deterministic archives (one per target), write checksums and artifacts.json.
// Split in two (prepareBuild, runBuild) so the adapter can restore caches keyed on the resolved plan in
// between. The probes a plan needs (git, go env, go list, the port list) run side by side: a warm rebuild
// waits for the slowest of them, not their sum.

import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import type { ExecResult } from '../util/exec.js'
import { UserError } from '../util/errors.js'
import { errnoCode, toolFsUserError, withFsErrors } from '../util/fs-errors.js'
import { oneLine } from '../util/log-safe.js'
import { exists, requireDirectory } from '../util/fs.js'
import { mapLimit } from '../util/concurrency.js'
import { sha256File } from '../util/digest.js'
import { formatBytes } from '../util/format.js'
import { resolveTargets } from './plan.js'
import { cachedModuleGoEnv, checkGoLines, distList, goCommand, type Port } from './toolchain.js'
import {
  executableName,
  goreleaserArchiveArch,
  parsePlatform,
  toGoEnv,
  toId,
  toPlatform,
  type Target
} from '../model/target.js'
import { checkTemplate, finalLdflags, renderTemplate, type TemplateValues } from './ldflags.js'
import { resolveVersion, sourceInfo, type SourceInfo, type VersionInfo } from './version.js'
import { binaryFromModule, cachedMainPackages, readModulePath, type ListedMain } from './main-package.js'
import {
  checkDist,
  commitDist,
  discardDist,
  holdsLock,
  lockDist,
  prepareDist,
  releaseDist,
  type DistLock,
  type DistPlan
} from './dist.js'
import { chooseParallelism, type Parallelism } from './parallelism.js'
import { parseDiagnostics, uniqueDiagnostics, type Diagnostic } from './diagnostics.js'
import {
  ARTIFACTS_FILE,
  finalizeManifest,
  writeArtifacts,
  type Artifact,
  type ArtifactsManifest
} from '../model/artifacts.js'
import { parseGoMod, type GoMod } from '../model/gomod.js'
import { crossCompilers } from './cgo.js'
import { downloadModules, type ModulesResult } from './modules.js'
import { binaryArtifacts, writeArchives, writeChecksums } from './dist-files.js'
import { lateChecks } from './build-checks.js'

export interface BuildOptions {
  workingDirectory: string
  /** The repository root: annotation paths are relative to it. */
  workspace: string
  /** The main packages (`./cmd/app` or `name=./cmd/app`); empty: the single one at the root or in cmd/*. */
  main: readonly string[]
  binary?: string
  targets: readonly string[]
  /** One platform (a matrix entry's); wins over `targets`. */
  target?: string
  version?: string
  /** The CI ref (refs/tags/v1.2.3 gives the version) and SHA (used outside a git checkout). */
  ref?: string
  sha?: string
  sourceDateEpoch?: string
  ldflags: string
  flags: readonly string[]
  tags: readonly string[]
  env: readonly [string, string][]
  cgo: boolean
  /** Absolute. */
  dist: string
  archives: boolean
  /** '' (gantry's names), `goreleaser` (GoReleaser's default names), or a template. */
  archiveName: string
  /** gzip / deflate level of the archives, 1-9. */
  compressionLevel: number
  checksums: boolean
  verifyModules: boolean
  parallelism: number | 'auto'
  /** How long to wait for another run building into the same dist folder (default 10 minutes). */
  lockTimeoutMs?: number
}

export const DEFAULT_LOCK_TIMEOUT_MS = 10 * 60_000

export interface BuildPlan {
  opts: BuildOptions
  module: string
  moduleDir: string
  /** Every main package to build, with its binary name. */
  mains: ListedMain[]
  /** The module path's last element: names archives and checksums when there are several binaries. */
  projectName: string
  /** go.mod's go and toolchain lines. */
  goMod: { go?: string; toolchain?: string }
  targets: Target[]
  version: VersionInfo
  source: SourceInfo
  goVersion: string
  /** GOCACHE and GOMODCACHE of the toolchain, for the cache step. */
  goCache: string
  goModCache: string
  hostTarget: { goos: string; goarch: string }
  /** go.sum's sha256 (hex), or '' without go.sum; go.mod's. */
  goSumHash: string
  goModHash: string
  /** Modules must be downloaded (go.mod requires something and there is no vendor folder). */
  needsModules: boolean
  vendored: boolean
  /** Per target: CC for cgo cross builds. */
  crossCompilers: Record<string, string>
  /** The archive file name (no extension) of each target id. */
  archiveNames: Map<string, string>
  dist: DistPlan
  /** Held from the dist check to the commit (released by runBuild, or releaseBuild). */
  lock: DistLock
  parallelism: Parallelism
  warnings: string[]
}

export interface TargetResult {
  target: Target
  platform: string
  id: string
  /** The binary's name (without .exe) and its package. */
  binary: string
  pkg: string
  /** Absolute path of the binary. */
  binaryPath: string
  size: number
  durationMs: number
  /** hit: every package came from GOCACHE (go build -v compiled nothing); miss: something compiled. */
  cache: 'hit' | 'miss'
  /** How many packages were compiled (not taken from GOCACHE). */
  compiled: number
}

export interface BuildResult {
  manifest: ArtifactsManifest
  artifactsFile: string
  dist: string
  checksumsFile?: string
  version: string
  results: TargetResult[]
  parallelism: Parallelism
  modulesMs: number
  /** What happened to go mod verify ('none' when there was nothing to download). */
  verify: ModulesResult['verify'] | 'none'
}

const RESERVED_FLAGS = /^--?(o|ldflags|trimpath|mod|tags|C)(=|$)/

// Variant variables a host might have set globally; each build sets only its target's own.
const VARIANT_VARS = ['GOARM', 'GOAMD64', 'GOARM64', 'GO386', 'GOMIPS', 'GOMIPS64', 'GOPPC64', 'GORISCV64']

const ARCHIVE_PRESETS: Record<string, string> = {
  goreleaser: '{{.ProjectName}}_{{.Version}}_{{.Os}}_{{.ArchVariant}}'
}

function checkFlags(flags: readonly string[]): void {
  for (const f of flags)
    if (RESERVED_FLAGS.test(f))
      throw new UserError(`"${f}" cannot be set in flags: gantry sets it.`, {
        input: 'flags',
        fix: 'use the ldflags, tags, dist or working-directory inputs instead (-trimpath and -mod=readonly are always on).'
      })
}

/** `target` (one matrix entry's platform) wins over `targets`. */
function chooseTargets(
  opts: BuildOptions,
  ports: readonly Port[]
): { targets: Target[]; warnings: string[] } {
  if (opts.target) {
    const t = parsePlatform(opts.target, 'target')
    return { targets: resolveTargets([toPlatform(t)], ports, 'target').targets, warnings: [] }
  }
  return resolveTargets(opts.targets, ports, 'targets')
}

/** go.mod, read once: the module path and what the module cache and the toolchain checks need. */
async function readModule(moduleDir: string): Promise<{ module: string; gomod: GoMod }> {
  const module = await readModulePath(moduleDir)
  const file = path.join(moduleDir, 'go.mod')
  return { module, gomod: parseGoMod(await readFile(file, 'utf8'), file) }
}

/** What the module needs from the module cache: go.sum's hash (cache keys), and whether to download. */
async function moduleFacts(
  moduleDir: string,
  gomod: GoMod
): Promise<{ goSumHash: string; goModHash: string; needsModules: boolean; vendored: boolean }> {
  const vendored = await exists(path.join(moduleDir, 'vendor', 'modules.txt'))
  const goSumPath = path.join(moduleDir, 'go.sum')
  const goSumHash = (await exists(goSumPath)) ? (await sha256File(goSumPath)).hex : ''
  const goModHash = (await sha256File(path.join(moduleDir, 'go.mod'))).hex
  return { goSumHash, goModHash, needsModules: !vendored && gomod.require.length > 0, vendored }
}

/** The archive name template: the input, a preset, or gantry's own (binary or project, version, id). */
function archiveTemplate(opts: BuildOptions, several: boolean): string {
  const given = opts.archiveName.trim()
  const t =
    ARCHIVE_PRESETS[given.toLowerCase()] ??
    (given ||
      (several ? '{{.ProjectName}}_{{.Version}}_{{.Target}}' : '{{.Binary}}_{{.Version}}_{{.Target}}'))
  if (several && checkTemplate(t, 'archive-name').includes('Binary'))
    throw new UserError('{{.Binary}} is ambiguous in archive-name: each archive holds several binaries.', {
      input: 'archive-name',
      fix: 'use {{.ProjectName}} instead (the module path’s last element).'
    })
  return t
}

/** Every target's archive name, each a plain file name and all different. */
function archiveNames(plan: Omit<BuildPlan, 'archiveNames' | 'dist' | 'lock'>): Map<string, string> {
  const template = archiveTemplate(plan.opts, plan.mains.length > 1)
  const names = new Map<string, string>()
  for (const t of plan.targets) {
    const name = renderTemplate(template, templateValues(plan, plan.mains[0].binary, t), 'archive-name')
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,200}$/.test(name))
      throw new UserError(
        `the archive name for ${toPlatform(t)} would be "${name}", which is not a plain file name.`,
        {
          input: 'archive-name',
          fix: 'use letters, digits, ., _, + and - around the fields (no / or spaces).'
        }
      )
    const same = [...names.entries()].find(([, n]) => n === name)
    if (same)
      throw new UserError(`two targets (${same[0]} and ${toId(t)}) would get the archive name "${name}".`, {
        input: 'archive-name',
        fix: 'include {{.Os}} and {{.ArchVariant}} (or {{.Target}}) so each target has its own name.'
      })
    names.set(toId(t), name)
  }
  return names
}

/**
 * A key for what go derives from the sources (the main packages, the dependency graph), when it can be kept
 * between runs: in git, with every Go input committed. It names the commit, the parts, and the environment
 * that changes how go reads the module.
 */
export function sourceKey(s: SourceInfo, host: Host, parts: unknown[]): string | undefined {
  if (!s.goInputsClean || !s.commit) return undefined
  const env = ['GOFLAGS', 'GOWORK', 'GOEXPERIMENT', 'GOOS', 'GOARCH', 'GOTOOLCHAIN'].map(
    k => host.env[k] ?? ''
  )
  return createHash('sha256')
    .update(JSON.stringify([s.commit, env, ...parts]))
    .digest('hex')
}

/** A settled probe's value, or its failure thrown (callers take them in the order errors should win). */
function settled<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason
  return r.value
}

/**
 * Take the dist folder's lock (waiting for another run into the same folder), then check the folder: the lock
 * is held from here to the commit, so what the check saw is what the commit replaces.
 */
async function lockAndCheckDist(
  opts: BuildOptions,
  moduleDir: string,
  host: Host
): Promise<{ lock: DistLock; dist: DistPlan }> {
  const lock = await withFsErrors({ input: 'dist', path: opts.dist, doing: 'locking the dist folder' }, () =>
    lockDist(opts.dist, {
      timeoutMs: opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      onWait: holder =>
        host.logger.info(`waiting for another gantry run building into ${opts.dist} (${holder})`)
    })
  )
  try {
    const dist = await checkDist(opts.dist, moduleDir)
    return { lock, dist: { ...dist, created: lock.created } }
  } catch (err) {
    await releaseDist(lock, { dir: opts.dist, created: lock.created, stale: [] })
    throw err
  }
}

/**
 * Validate every input and resolve what to build. Writes nothing but the dist folder's lock, taken last (after
 * every check that can fail), so a refused input never leaves it behind.
 */
export async function prepareBuild(opts: BuildOptions, host: Host): Promise<BuildPlan> {
  const moduleDir = opts.workingDirectory
  await requireDirectory(moduleDir, 'working-directory')
  const { module, gomod } = await readModule(moduleDir)
  checkFlags(opts.flags)
  // Templates are checked before anything runs.
  checkTemplate(opts.ldflags, 'ldflags')
  if (!ARCHIVE_PRESETS[opts.archiveName.trim().toLowerCase()]) checkTemplate(opts.archiveName, 'archive-name')
  // The probes run at once; go env meets go.mod's go and toolchain lines first, so its refusal (then the go
  // line check) is the error a user sees when several fail. The main packages wait for git: for a clean
  // commit they were listed before.
  const git = sourceInfo(host, moduleDir, { sha: opts.sha, sourceDateEpoch: opts.sourceDateEpoch })
  const probes = await Promise.allSettled([
    cachedModuleGoEnv(host, moduleDir, ['GOVERSION', 'GOCACHE', 'GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH']),
    git,
    moduleFacts(moduleDir, gomod),
    distList(host, moduleDir),
    git.then(s =>
      cachedMainPackages(
        host,
        moduleDir,
        module,
        opts,
        sourceKey(s, host, ['mains', moduleDir, module, opts.main, opts.binary ?? ''])
      )
    )
  ])
  const env = settled(probes[0])
  const warnings = checkGoLines(gomod, env.GOVERSION, path.join(moduleDir, 'go.mod'))
  const source = settled(probes[1])
  const facts = settled(probes[2])
  const ports = settled(probes[3])
  const mains = settled(probes[4])
  const chosen = chooseTargets(opts, ports)
  warnings.push(...chosen.warnings)
  if (source.dirty)
    warnings.push(
      "the git work tree has uncommitted changes under working-directory: these binaries are not the commit's and will not be reproducible from it."
    )
  const hostTarget = { goos: env.GOHOSTOS, goarch: env.GOHOSTARCH }
  const plan = {
    opts,
    module,
    moduleDir,
    mains,
    projectName: binaryFromModule(module),
    goMod: { go: gomod.go, toolchain: gomod.toolchain },
    targets: chosen.targets,
    version: resolveVersion({
      ...opts,
      commit: settled(probes[1]).commit,
      headTags: settled(probes[1]).headTags
    }),
    source,
    goVersion: env.GOVERSION,
    goCache: env.GOCACHE,
    goModCache: env.GOMODCACHE,
    hostTarget,
    ...facts,
    crossCompilers: opts.cgo
      ? await crossCompilers(host, chosen.targets, ports, hostTarget, opts.env.find(([k]) => k === 'CC')?.[1])
      : {},
    parallelism: chooseParallelism(opts.parallelism, chosen.targets.length * mains.length),
    warnings
  }
  const names = opts.archives ? archiveNames(plan) : new Map<string, string>()
  return { ...plan, archiveNames: names, ...(await lockAndCheckDist(opts, moduleDir, host)) }
}

/** The template fields of one binary for one target. */
export function templateValues(
  plan: Pick<BuildPlan, 'version' | 'source' | 'module' | 'projectName' | 'goVersion'>,
  binary: string,
  t: Target
): TemplateValues {
  const v = plan.version.version
  const [core, pre = ''] = v.split('+')[0].split(/-(.*)/s)
  const [major, minor, patch] = core.split('.')
  return {
    Version: v,
    Tag: `v${v}`,
    Major: major,
    Minor: minor,
    Patch: patch,
    Prerelease: pre,
    Commit: plan.source.commit,
    ShortCommit: plan.source.commit.slice(0, 7),
    Date: plan.source.date,
    Timestamp: String(Math.floor(Date.parse(plan.source.date) / 1000)),
    Binary: binary,
    ProjectName: plan.projectName,
    Module: plan.module,
    GoVersion: plan.goVersion,
    Os: t.goos,
    Arch: t.goarch,
    ArchVariant: goreleaserArchiveArch(t),
    Variant: t.variant ?? '',
    Target: toId(t),
    Platform: toPlatform(t)
  }
}

/** The rendered ldflags of one binary for one target. */
export function renderedLdflags(plan: BuildPlan, main: { binary: string }, t: Target): string {
  return finalLdflags(renderTemplate(plan.opts.ldflags, templateValues(plan, main.binary, t)))
}

/** The go build argv and environment for one target: a pure function of the plan (tests compare tables). */
export function buildCommand(
  plan: BuildPlan,
  main: { pkg: string; binary: string },
  t: Target,
  out: string,
  baseEnv: Readonly<Record<string, string | undefined>>
): { args: string[]; env: Record<string, string | undefined> } {
  const o = plan.opts
  const args = ['build', '-trimpath', plan.vendored ? '-mod=vendor' : '-mod=readonly']
  if (o.tags.length) args.push(`-tags=${o.tags.join(',')}`)
  // Go's VCS stamp reads the work tree at build time, where the dist folder itself (untracked) marks it
  // modified: the commit is injected through ldflags and artifacts.json instead. `flags: -buildvcs=true` wins.
  if (!o.flags.some(f => /^--?buildvcs(=|$)/.test(f))) args.push('-buildvcs=false')
  // -v lists the packages compiled (not from GOCACHE): the per-target cache hit or miss of the summary.
  if (!o.flags.includes('-v')) args.push('-v')
  args.push(`-ldflags=${renderedLdflags(plan, main, t)}`, ...o.flags, '-o', out, main.pkg)
  return { args, env: buildEnv(plan, t, baseEnv) }
}

/** The environment of a build for one target: the host's, the env input, the target's, cgo and CC. */
export function buildEnv(
  plan: Pick<BuildPlan, 'opts' | 'crossCompilers'>,
  t: Target,
  baseEnv: Readonly<Record<string, string | undefined>>
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...baseEnv }
  for (const k of VARIANT_VARS) delete env[k]
  for (const [k, v] of plan.opts.env) env[k] = v
  Object.assign(env, toGoEnv(t), { CGO_ENABLED: plan.opts.cgo ? '1' : '0' })
  const cc = plan.crossCompilers[toPlatform(t)]
  if (cc) env.CC = cc
  return env
}

// `go build -v` prints the import path of every package it compiles; packages taken from GOCACHE are not
// printed. So the lines that are bare import paths count the compiles: none means a full cache hit.
const IMPORT_PATH = /^[A-Za-z0-9_.~-]+(\/[A-Za-z0-9_.~+-]+)*$/

export function splitVerbose(stderr: string): { compiled: number; rest: string[] } {
  let compiled = 0
  const rest: string[] = []
  for (const line of stderr.split(/\r?\n/)) {
    if (IMPORT_PATH.test(line.trim()) && !line.startsWith(' ')) compiled++
    else if (line.trim()) rest.push(line)
  }
  return { compiled, rest }
}

interface Unit {
  main: ListedMain
  target: Target
}

/**
 * Why go build failed, as a UserError blaming the right thing: a full or read-only disk (dist, or the runner's
 * caches), the file of the first compile error, else the package.
 */
function buildFailure(
  plan: BuildPlan,
  { main, target: t }: Unit,
  stderr: string,
  found: Diagnostic[]
): UserError {
  const inDist = stderr.includes(plan.dist.dir)
  const fsError = toolFsUserError(stderr, {
    input: inDist ? 'dist' : 'env',
    path: inDist ? plan.dist.dir : "go's build folders (GOCACHE, GOTMPDIR or TMPDIR)",
    doing: `building ${toPlatform(t)}`
  })
  if (fsError) return fsError
  const tail = splitVerbose(stderr).rest.slice(-10).join('\n')
  return new UserError(
    `go build failed for ${toPlatform(t)}${plan.mains.length > 1 ? ` (${main.pkg})` : ''}${found.length ? ` with ${found.length} error(s), annotated above` : ''}:\n${tail}`,
    {
      input: found.length ? found[0].file : plan.opts.main.length ? 'main' : main.pkg,
      fix: found.length
        ? 'fix the compile errors in the files named above.'
        : 'read the go build output above; check flags, tags and env.'
    }
  )
}

/** Run go for one target; a go command that cannot be found is a UserError, blaming env when it sets PATH. */
async function runGoBuild(
  plan: BuildPlan,
  host: Host,
  args: string[],
  env: Record<string, string | undefined>
): Promise<ExecResult> {
  try {
    return await host.exec(goCommand(host), args, { cwd: plan.moduleDir, env, ignoreReturnCode: true })
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err
    const pathVar = plan.opts.env.find(([k]) => k === 'PATH')
    throw new UserError(
      pathVar
        ? `the PATH set in env (${oneLine(pathVar[1])}) hides the go command, so go build cannot run.`
        : `the go command (${goCommand(host)}) is gone from PATH.`,
      {
        input: pathVar ? 'env' : 'go',
        fix: pathVar
          ? 'leave PATH out of env, or keep the folder of the go command in it (the bin folder of go env GOROOT).'
          : 'install Go (actions/setup-go) or put the go command on PATH.'
      }
    )
  }
}

async function buildTarget(
  outDir: string,
  plan: BuildPlan,
  host: Host,
  unit: Unit,
  diagnostics: Diagnostic[]
): Promise<TargetResult> {
  const { main, target: t } = unit
  const id = toId(t)
  const dir = path.join(outDir, `${main.binary}_${id}`)
  await mkdir(dir, { recursive: true })
  const out = path.join(dir, executableName(main.binary, t))
  const { args, env } = buildCommand(plan, main, t, out, host.env)
  const start = host.now()
  const r = await runGoBuild(plan, host, args, env)
  const durationMs = host.now() - start
  if (r.code !== 0) {
    const found = parseDiagnostics(r.stderr, plan.moduleDir, plan.opts.workspace)
    diagnostics.push(...found)
    throw buildFailure(plan, unit, r.stderr, found)
  }
  const { size } = await stat(out)
  const { compiled } = splitVerbose(r.stderr)
  return {
    target: t,
    platform: toPlatform(t),
    id,
    binary: main.binary,
    pkg: main.pkg,
    binaryPath: out,
    size,
    durationMs,
    cache: compiled ? 'miss' : 'hit',
    compiled
  }
}

function versionSource(v: VersionInfo): string {
  if (v.source === 'dev') return 'the commit: no version input, no pushed v-tag, no v-tag on HEAD'
  if (v.source === 'tag') return 'the pushed tag'
  if (v.source === 'head-tag') return `the tag ${v.tag} on HEAD`
  return 'the version input'
}

/** Download (and verify, unless a marker says it was) the modules; how long it took. */
async function modules(plan: BuildPlan, host: Host): Promise<{ ms: number; verify: BuildResult['verify'] }> {
  if (!plan.needsModules) return { ms: 0, verify: 'none' }
  const start = host.now()
  const r = await host.logger.group('go mod download', () =>
    downloadModules(host, plan.moduleDir, plan.opts.verifyModules, {
      goModCache: plan.goModCache,
      goSumHash: plan.goSumHash,
      goModHash: plan.goModHash
    })
  )
  if (r.download === 'marker')
    host.logger.info(
      'go mod download and verify skipped: this module cache holds and verified every module of this go.mod and go.sum already'
    )
  else if (r.verify === 'marker')
    host.logger.info('go mod verify skipped: this module cache was verified for this go.sum already')
  // A skipped download took no time worth reporting.
  return { ms: r.download === 'marker' ? 0 : host.now() - start, verify: r.verify }
}

/** Run the builds, archives, checksums and artifacts.json of a plan. On failure, dist is left as found. */
export async function runBuild(plan: BuildPlan, host: Host): Promise<BuildResult> {
  const log = host.logger
  let failed = true
  try {
    for (const w of plan.warnings) log.warn(w)
    const what = plan.mains.map(m => `${m.pkg} as ${m.binary}`).join(', ')
    log.info(
      `building ${what} ${plan.version.version} (version from ${versionSource(plan.version)}; date ${plan.source.date} from ${plan.source.dateSource === 'commit' ? 'the commit' : plan.source.dateSource}) for ${plan.targets.length} target(s); parallelism ${plan.parallelism.value} (${plan.parallelism.reason})`
    )
    const result = await buildInDist(plan, host, await modules(plan, host))
    failed = false
    return result
  } finally {
    await releaseDist(plan.lock, failed ? plan.dist : undefined)
  }
}

/** Release the dist lock of a plan that will not be built (runBuild releases it otherwise). */
export async function releaseBuild(plan: BuildPlan): Promise<void> {
  await releaseDist(plan.lock, plan.dist)
}

/** The builds into this run's staging folder, then the commit; on failure the staging folder goes. */
async function buildInDist(
  plan: BuildPlan,
  host: Host,
  mods: { ms: number; verify: BuildResult['verify'] }
): Promise<BuildResult> {
  const log = host.logger
  const inDist = { input: 'dist', path: plan.dist.dir, doing: 'writing the build into the dist folder' }
  const staging = await withFsErrors(inDist, () => prepareDist(plan.dist))
  const diagnostics: Diagnostic[] = []
  // Checks that only warn read the sources and the dependency graph beside the builds.
  const checks = lateChecks(plan, host)
  const units: Unit[] = plan.targets.flatMap(target => plan.mains.map(main => ({ main, target })))
  try {
    const results = await log.group(`go build (${units.length} binaries)`, () =>
      mapLimit(units, plan.parallelism.value, async u => {
        const r = await withFsErrors(inDist, () => buildTarget(staging, plan, host, u, diagnostics))
        const who = plan.mains.length > 1 ? `${r.binary} ` : ''
        log.info(
          `${(who + r.platform).padEnd(16)} ${formatBytes(r.size).padStart(10)}  ${r.durationMs} ms  cache ${r.cache}${r.compiled ? ` (${r.compiled} packages compiled)` : ''}`
        )
        return r
      })
    )
    for (const w of await checks) log.warn(w)
    return await withFsErrors(inDist, () => finish(plan, host, results, mods, staging))
  } catch (err) {
    await checks.catch(() => [])
    for (const d of uniqueDiagnostics(diagnostics))
      log.error(d.message, { file: d.file, line: d.line, column: d.column, title: 'go build' })
    await discardDist(plan.dist).catch(() => undefined)
    throw err
  }
}

/** Archives, checksums and artifacts.json in the staging folder, then the staging folder becomes dist. */
async function finish(
  plan: BuildPlan,
  host: Host,
  results: TargetResult[],
  mods: { ms: number; verify: BuildResult['verify'] },
  staging: string
): Promise<BuildResult> {
  const version = plan.version.version
  const artifacts: Artifact[] = await binaryArtifacts(staging, results)
  if (plan.opts.archives)
    artifacts.push(
      ...(await writeArchives(
        host,
        {
          dist: staging,
          moduleDir: plan.moduleDir,
          date: new Date(plan.source.date),
          parallelism: plan.parallelism.value,
          level: plan.opts.compressionLevel,
          names: plan.archiveNames
        },
        results
      ))
    )
  let checksumsFile: string | undefined
  if (plan.opts.checksums) {
    const covered = artifacts.filter(a => a.kind === (plan.opts.archives ? 'archive' : 'binary'))
    const name = plan.mains.length > 1 ? plan.projectName : plan.mains[0].binary
    const c = await writeChecksums(staging, `${name}_${version}_checksums.txt`, covered)
    checksumsFile = c.file
    artifacts.push(c.artifact)
  }
  const goMod = Object.fromEntries(Object.entries(plan.goMod).filter(([, v]) => v !== undefined))
  const manifest: ArtifactsManifest = {
    schemaVersion: 1,
    project: {
      module: plan.module,
      version,
      commit: plan.source.commit,
      date: plan.source.date,
      goVersion: plan.goVersion,
      ...(Object.keys(goMod).length ? { goMod } : {})
    },
    artifacts
  }
  await writeArtifacts(staging, manifest)
  // What was written: the stages that read it check it against the schema (and so do the tests).
  const written = finalizeManifest(manifest)
  if (!(await holdsLock(plan.lock)))
    throw new UserError(
      `another gantry run took over the lock of ${plan.dist.dir}; this build was not committed.`,
      {
        input: 'dist',
        fix: 'give each concurrent build its own dist folder.'
      }
    )
  await commitDist(plan.dist)
  const final = (p: string): string => path.join(plan.dist.dir, path.relative(staging, p))
  return {
    manifest: written,
    artifactsFile: path.join(plan.dist.dir, ARTIFACTS_FILE),
    dist: plan.dist.dir,
    checksumsFile: checksumsFile && final(checksumsFile),
    version,
    results: results.map(r => ({ ...r, binaryPath: final(r.binaryPath) })),
    parallelism: plan.parallelism,
    modulesMs: mods.ms,
    verify: mods.verify
  }
}

/** prepareBuild + runBuild, for callers without a cache step in between. */
export async function build(opts: BuildOptions, host: Host): Promise<BuildResult> {
  return runBuild(await prepareBuild(opts, host), host)
}
