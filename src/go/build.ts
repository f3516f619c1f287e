// The go-build stage: check every input first (module, main package, targets, version, templates, cgo, dist),
// then download and verify modules once, cross-compile every target with bounded parallelism, pack
// deterministic archives, write checksums and artifacts.json. Split in two (prepareBuild, runBuild) so the
// adapter can restore caches keyed on the resolved plan in between.

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
import { distList, goCommand, goEnv, type Port } from './toolchain.js'
import { executableName, parsePlatform, toGoEnv, toId, toPlatform, type Target } from '../model/target.js'
import { checkTemplate, finalLdflags, renderTemplate, type TemplateValues } from './ldflags.js'
import { resolveVersion, sourceInfo, type SourceInfo, type VersionInfo } from './version.js'
import { findMainPackage, readModulePath } from './main-package.js'
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
import { ARTIFACTS_FILE, writeArtifacts, type Artifact, type ArtifactsManifest } from '../model/artifacts.js'
import { readArtifacts } from '../model/artifacts.js'
import { parseGoMod } from '../model/gomod.js'
import { crossCompilers } from './cgo.js'
import { downloadModules } from './modules.js'
import { binaryArtifacts, writeArchives, writeChecksums } from './dist-files.js'

export interface BuildOptions {
  workingDirectory: string
  /** The repository root: annotation paths are relative to it. */
  workspace: string
  main?: string
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
  pkg: string
  binary: string
  targets: Target[]
  version: VersionInfo
  source: SourceInfo
  goVersion: string
  /** GOCACHE and GOMODCACHE of the toolchain, for the cache step. */
  goCache: string
  goModCache: string
  hostTarget: { goos: string; goarch: string }
  /** go.sum's sha256 (hex), or '' without go.sum. */
  goSumHash: string
  /** Modules must be downloaded (go.mod requires something and there is no vendor folder). */
  needsModules: boolean
  vendored: boolean
  /** Per target: CC for cgo cross builds. */
  crossCompilers: Record<string, string>
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
}

const RESERVED_FLAGS = /^--?(o|ldflags|trimpath|mod|tags|C)(=|$)/

// Variant variables a host might have set globally; each build sets only its target's own.
const VARIANT_VARS = ['GOARM', 'GOAMD64', 'GOARM64', 'GO386', 'GOMIPS', 'GOMIPS64', 'GOPPC64', 'GORISCV64']

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

/** What the module needs from the module cache: go.sum's hash (cache keys), and whether to download. */
async function moduleFacts(
  moduleDir: string
): Promise<{ goSumHash: string; needsModules: boolean; vendored: boolean }> {
  const mod = parseGoMod(
    await readFile(path.join(moduleDir, 'go.mod'), 'utf8'),
    path.join(moduleDir, 'go.mod')
  )
  const vendored = await exists(path.join(moduleDir, 'vendor', 'modules.txt'))
  const goSumPath = path.join(moduleDir, 'go.sum')
  const goSumHash = (await exists(goSumPath)) ? (await sha256File(goSumPath)).hex : ''
  return { goSumHash, needsModules: !vendored && mod.require.length > 0, vendored }
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

/** Validate every input and resolve what to build. Writes nothing but the dist folder's lock. */
export async function prepareBuild(opts: BuildOptions, host: Host): Promise<BuildPlan> {
  const moduleDir = opts.workingDirectory
  await requireDirectory(moduleDir, 'working-directory')
  const module = await readModulePath(moduleDir)
  checkFlags(opts.flags)
  // Templates are checked before anything runs.
  checkTemplate(opts.ldflags, 'ldflags')
  const ports = await distList(host, moduleDir)
  const { targets, warnings } = chooseTargets(opts, ports)
  const source = await sourceInfo(host, moduleDir, { sha: opts.sha, sourceDateEpoch: opts.sourceDateEpoch })
  if (source.dirty)
    warnings.push(
      "the git work tree has uncommitted changes under working-directory: these binaries are not the commit's and will not be reproducible from it."
    )
  const version = resolveVersion({ version: opts.version, ref: opts.ref, commit: source.commit })
  const main = await findMainPackage(host, moduleDir, module, { main: opts.main, binary: opts.binary })
  const env = await goEnv(host, ['GOVERSION', 'GOCACHE', 'GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH'], moduleDir)
  const hostTarget = { goos: env.GOHOSTOS, goarch: env.GOHOSTARCH }
  const cc = opts.cgo
    ? await crossCompilers(host, targets, ports, hostTarget, opts.env.find(([k]) => k === 'CC')?.[1])
    : {}
  const facts = await moduleFacts(moduleDir)
  const { lock, dist } = await lockAndCheckDist(opts, moduleDir, host)
  return {
    opts,
    module,
    moduleDir,
    pkg: main.pkg,
    binary: main.binary,
    targets,
    version,
    source,
    goVersion: env.GOVERSION,
    goCache: env.GOCACHE,
    goModCache: env.GOMODCACHE,
    hostTarget,
    ...facts,
    crossCompilers: cc,
    dist,
    lock,
    parallelism: chooseParallelism(opts.parallelism, targets.length),
    warnings
  }
}

function templateValues(plan: BuildPlan, t: Target): TemplateValues {
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
    Binary: plan.binary,
    Module: plan.module,
    GoVersion: plan.goVersion,
    Os: t.goos,
    Arch: t.goarch,
    Variant: t.variant ?? '',
    Target: toId(t),
    Platform: toPlatform(t)
  }
}

/** The go build argv and environment for one target: a pure function of the plan (tests compare tables). */
export function buildCommand(
  plan: BuildPlan,
  t: Target,
  out: string,
  baseEnv: Readonly<Record<string, string | undefined>>
): { args: string[]; env: Record<string, string | undefined> } {
  const o = plan.opts
  const ldflags = finalLdflags(renderTemplate(o.ldflags, templateValues(plan, t)))
  const args = ['build', '-trimpath', plan.vendored ? '-mod=vendor' : '-mod=readonly']
  if (o.tags.length) args.push(`-tags=${o.tags.join(',')}`)
  // Go's VCS stamp reads the work tree at build time, where the dist folder itself (untracked) marks it
  // modified: the commit is injected through ldflags and artifacts.json instead. `flags: -buildvcs=true` wins.
  if (!o.flags.some(f => /^--?buildvcs(=|$)/.test(f))) args.push('-buildvcs=false')
  // -v lists the packages compiled (not from GOCACHE): the per-target cache hit or miss of the summary.
  if (!o.flags.includes('-v')) args.push('-v')
  args.push(`-ldflags=${ldflags}`, ...o.flags, '-o', out, plan.pkg)
  const env: Record<string, string | undefined> = { ...baseEnv }
  for (const k of VARIANT_VARS) delete env[k]
  for (const [k, v] of o.env) env[k] = v
  Object.assign(env, toGoEnv(t), { CGO_ENABLED: o.cgo ? '1' : '0' })
  const cc = plan.crossCompilers[toPlatform(t)]
  if (cc) env.CC = cc
  return { args, env }
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

/**
 * Why go build failed, as a UserError blaming the right thing: a full or read-only disk (dist, or the runner's
 * caches), the file of the first compile error, else the package.
 */
function buildFailure(plan: BuildPlan, t: Target, stderr: string, found: Diagnostic[]): UserError {
  const inDist = stderr.includes(plan.dist.dir)
  const fsError = toolFsUserError(stderr, {
    input: inDist ? 'dist' : 'env',
    path: inDist ? plan.dist.dir : "go's build folders (GOCACHE, GOTMPDIR or TMPDIR)",
    doing: `building ${toPlatform(t)}`
  })
  if (fsError) return fsError
  const tail = splitVerbose(stderr).rest.slice(-10).join('\n')
  return new UserError(
    `go build failed for ${toPlatform(t)}${found.length ? ` with ${found.length} error(s), annotated above` : ''}:\n${tail}`,
    {
      input: found.length ? found[0].file : plan.opts.main ? 'main' : plan.pkg,
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
  t: Target,
  diagnostics: Diagnostic[]
): Promise<TargetResult> {
  const id = toId(t)
  const dir = path.join(outDir, `${plan.binary}_${id}`)
  await mkdir(dir, { recursive: true })
  const out = path.join(dir, executableName(plan.binary, t))
  const { args, env } = buildCommand(plan, t, out, host.env)
  const start = host.now()
  const r = await runGoBuild(plan, host, args, env)
  const durationMs = host.now() - start
  if (r.code !== 0) {
    const found = parseDiagnostics(r.stderr, plan.moduleDir, plan.opts.workspace)
    diagnostics.push(...found)
    throw buildFailure(plan, t, r.stderr, found)
  }
  const { size } = await stat(out)
  const { compiled } = splitVerbose(r.stderr)
  return {
    target: t,
    platform: toPlatform(t),
    id,
    binaryPath: out,
    size,
    durationMs,
    cache: compiled ? 'miss' : 'hit',
    compiled
  }
}

/** Run the builds, archives, checksums and artifacts.json of a plan. On failure, dist is left as found. */
export async function runBuild(plan: BuildPlan, host: Host): Promise<BuildResult> {
  const log = host.logger
  let failed = true
  try {
    for (const w of plan.warnings) log.warn(w)
    log.info(
      `building ${plan.pkg} as ${plan.binary} ${plan.version.version} (version from ${plan.version.source === 'dev' ? 'the commit: no version input, no pushed v-tag' : plan.version.source === 'tag' ? 'the pushed tag' : 'the version input'}; date ${plan.source.date} from ${plan.source.dateSource === 'commit' ? 'the commit' : plan.source.dateSource}) for ${plan.targets.length} target(s); parallelism ${plan.parallelism.value} (${plan.parallelism.reason})`
    )
    let modulesMs = 0
    if (plan.needsModules) {
      const start = host.now()
      await log.group('go mod download', () => downloadModules(host, plan.moduleDir, plan.opts.verifyModules))
      modulesMs = host.now() - start
    }
    const result = await buildInDist(plan, host, modulesMs)
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
async function buildInDist(plan: BuildPlan, host: Host, modulesMs: number): Promise<BuildResult> {
  const log = host.logger
  const inDist = { input: 'dist', path: plan.dist.dir, doing: 'writing the build into the dist folder' }
  const staging = await withFsErrors(inDist, () => prepareDist(plan.dist))
  const diagnostics: Diagnostic[] = []
  try {
    const results = await log.group(`go build (${plan.targets.length} targets)`, () =>
      mapLimit(plan.targets, plan.parallelism.value, async t => {
        const r = await withFsErrors(inDist, () => buildTarget(staging, plan, host, t, diagnostics))
        log.info(
          `${r.platform.padEnd(16)} ${formatBytes(r.size).padStart(10)}  ${r.durationMs} ms  cache ${r.cache}${r.compiled ? ` (${r.compiled} packages compiled)` : ''}`
        )
        return r
      })
    )
    return await withFsErrors(inDist, () => finish(plan, host, results, modulesMs, staging))
  } catch (err) {
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
  modulesMs: number,
  staging: string
): Promise<BuildResult> {
  const version = plan.version.version
  const artifacts: Artifact[] = await binaryArtifacts(staging, plan.binary, results)
  if (plan.opts.archives)
    artifacts.push(
      ...(await writeArchives(
        host,
        {
          dist: staging,
          binary: plan.binary,
          version,
          moduleDir: plan.moduleDir,
          date: new Date(plan.source.date),
          parallelism: plan.parallelism.value
        },
        results
      ))
    )
  let checksumsFile: string | undefined
  if (plan.opts.checksums) {
    const covered = artifacts.filter(a => a.kind === (plan.opts.archives ? 'archive' : 'binary'))
    const c = await writeChecksums(staging, `${plan.binary}_${version}_checksums.txt`, covered)
    checksumsFile = c.file
    artifacts.push(c.artifact)
  }
  const manifest: ArtifactsManifest = {
    schemaVersion: 1,
    project: {
      module: plan.module,
      version,
      commit: plan.source.commit,
      date: plan.source.date,
      goVersion: plan.goVersion
    },
    artifacts
  }
  await writeArtifacts(staging, manifest)
  const written = (await readArtifacts(path.join(staging, ARTIFACTS_FILE), 'dist')).manifest
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
    modulesMs
  }
}

/** prepareBuild + runBuild, for callers without a cache step in between. */
export async function build(opts: BuildOptions, host: Host): Promise<BuildResult> {
  return runBuild(await prepareBuild(opts, host), host)
}
