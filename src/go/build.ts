// The go-build stage: check every input first (module, main package, targets, version, templates, cgo, dist),
// then download and verify modules once, cross-compile every target with bounded parallelism, pack
// deterministic archives, write checksums and artifacts.json. Split in two (prepareBuild, runBuild) so the
// adapter can restore caches keyed on the resolved plan in between.

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { ExecError } from '../util/exec.js'
import { UserError } from '../util/errors.js'
import { exists, requireDirectory } from '../util/fs.js'
import { mapLimit } from '../util/concurrency.js'
import { resolveTargets } from './plan.js'
import { distList, goCommand, goEnv } from './toolchain.js'
import { executableName, parsePlatform, toGoEnv, toId, toPlatform, type Target } from '../model/target.js'
import { checkTemplate, finalLdflags, renderTemplate, type TemplateValues } from './ldflags.js'
import { resolveVersion, sourceInfo, type SourceInfo, type VersionInfo } from './version.js'
import { findMainPackage, readModulePath } from './main-package.js'
import { checkDist, commitDist, discardDist, prepareDist, type DistPlan } from './dist.js'
import { chooseParallelism, type Parallelism } from './parallelism.js'
import { parseDiagnostics, uniqueDiagnostics, type Diagnostic } from './diagnostics.js'
import { writeTarGz, writeZip, type ArchiveEntry } from './archive.js'
import { ARTIFACTS_FILE, writeArtifacts, type Artifact, type ArtifactsManifest } from '../model/artifacts.js'

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
}

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

const CROSS_GCC: Record<string, string> = {
  'linux/amd64': 'x86_64-linux-gnu-gcc',
  'linux/arm64': 'aarch64-linux-gnu-gcc',
  'linux/386': 'i686-linux-gnu-gcc',
  'linux/arm': 'arm-linux-gnueabihf-gcc',
  'linux/riscv64': 'riscv64-linux-gnu-gcc',
  'linux/ppc64le': 'powerpc64le-linux-gnu-gcc',
  'linux/s390x': 's390x-linux-gnu-gcc',
  'windows/amd64': 'x86_64-w64-mingw32-gcc',
  'windows/386': 'i686-w64-mingw32-gcc'
}

async function onPath(host: Host, name: string): Promise<string | undefined> {
  const dirs = (host.env.PATH ?? host.env.Path ?? '').split(path.delimiter).filter(Boolean)
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name]
  for (const d of dirs) for (const n of names) if (await exists(path.join(d, n))) return path.join(d, n)
  return undefined
}

async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer)
  return h.digest('hex')
}

/** Validate every input and resolve what to build. Writes nothing. */
export async function prepareBuild(opts: BuildOptions, host: Host): Promise<BuildPlan> {
  const moduleDir = opts.workingDirectory
  await requireDirectory(moduleDir, 'working-directory')
  const module = await readModulePath(moduleDir)
  const warnings: string[] = []

  for (const f of opts.flags)
    if (RESERVED_FLAGS.test(f))
      throw new UserError(`"${f}" cannot be set in flags: gantry sets it.`, {
        input: 'flags',
        fix: 'use the ldflags, tags, dist or working-directory inputs instead (-trimpath and -mod=readonly are always on).'
      })

  // Templates are checked before anything runs.
  checkTemplate(opts.ldflags, 'ldflags')

  const ports = await distList(host, moduleDir)
  let targets: Target[]
  if (opts.target) {
    const t = parsePlatform(opts.target, 'target')
    const r = resolveTargets([toPlatform(t)], ports, 'target')
    targets = r.targets
  } else {
    const r = resolveTargets(opts.targets, ports, 'targets')
    targets = r.targets
    warnings.push(...r.warnings)
  }

  const source = await sourceInfo(host, moduleDir, { sha: opts.sha, sourceDateEpoch: opts.sourceDateEpoch })
  if (source.dirty)
    warnings.push(
      "the git work tree has uncommitted changes under working-directory: these binaries are not the commit's and will not be reproducible from it."
    )
  const version = resolveVersion({ version: opts.version, ref: opts.ref, commit: source.commit })

  const main = await findMainPackage(host, moduleDir, module, { main: opts.main, binary: opts.binary })

  const env = await goEnv(host, ['GOVERSION', 'GOCACHE', 'GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH'], moduleDir)
  const hostTarget = { goos: env.GOHOSTOS, goarch: env.GOHOSTARCH }

  const crossCompilers: Record<string, string> = {}
  if (opts.cgo) {
    const userCC = opts.env.find(([k]) => k === 'CC')?.[1]
    const noCgo = targets.filter(
      t => !ports.find(p => p.goos === t.goos && p.goarch === t.goarch)?.cgoSupported
    )
    if (noCgo.length)
      throw new UserError(`cgo is not supported by Go for ${noCgo.map(toPlatform).join(', ')}.`, {
        input: 'cgo',
        fix: 'set cgo: false, or drop these targets.'
      })
    const missing: string[] = []
    for (const t of targets) {
      if (t.goos === hostTarget.goos && t.goarch === hostTarget.goarch) continue
      if (userCC) continue
      const want = CROSS_GCC[`${t.goos}/${t.goarch}`]
      const found = want ? await onPath(host, want) : undefined
      if (found) crossCompilers[toPlatform(t)] = found
      else missing.push(`${toPlatform(t)}${want ? ` (looked for ${want})` : ''}`)
    }
    if (missing.length)
      throw new UserError(
        `cgo is on, but there is no C cross compiler for ${missing.join(', ')} on this ${hostTarget.goos}/${hostTarget.goarch} runner.`,
        {
          input: 'cgo',
          fix: 'set cgo: false (pure Go cross-compiles without a C toolchain), or install the cross gcc (apt-get install gcc-aarch64-linux-gnu, ...) or set CC in the env input, or build those targets on a native runner.'
        }
      )
  }

  const gomod = await readFile(path.join(moduleDir, 'go.mod'), 'utf8')
  const vendored = await exists(path.join(moduleDir, 'vendor', 'modules.txt'))
  const needsModules = !vendored && /^\s*require\b/m.test(gomod)
  const goSumPath = path.join(moduleDir, 'go.sum')
  const goSumHash = (await exists(goSumPath)) ? await sha256File(goSumPath) : ''

  const dist = await checkDist(opts.dist, moduleDir)
  const parallelism = chooseParallelism(opts.parallelism, targets.length)

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
    goSumHash,
    needsModules,
    vendored,
    crossCompilers,
    dist,
    parallelism,
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

async function downloadModules(plan: BuildPlan, host: Host): Promise<void> {
  const go = goCommand(host)
  const cwd = plan.moduleDir
  // go mod download adds missing go.sum lines; a build must never rewrite go.mod or go.sum, so both are
  // put back as they were and a missing line is an error (the -mod=readonly builds would fail on it anyway).
  const files = ['go.mod', 'go.sum'].map(f => path.join(cwd, f))
  const before = await Promise.all(files.map(f => readFile(f).catch(() => undefined)))
  const restore = async (): Promise<string[]> => {
    const changed: string[] = []
    for (const [i, f] of files.entries()) {
      const now = await readFile(f).catch(() => undefined)
      if (now?.equals(before[i] ?? Buffer.alloc(0)) || (!now && !before[i])) continue
      changed.push(path.basename(f))
      if (before[i]) await writeFile(f, before[i]!)
      else await rm(f, { force: true })
    }
    return changed
  }
  try {
    await host.exec(go, ['mod', 'download'], { cwd })
  } catch (err) {
    await restore()
    if (!(err instanceof ExecError)) throw err
    const tail = err.result.stderr.trim().split('\n').slice(-6).join('\n')
    throw new UserError(`go mod download failed:\n${tail}`, {
      input: 'working-directory',
      fix: 'check go.mod and go.sum (go mod tidy), and that the module proxy (GOPROXY) serves every required version.'
    })
  }
  const changed = await restore()
  if (changed.length)
    throw new UserError(
      `${changed.join(' and ')} ${changed.length > 1 ? 'are' : 'is'} not complete: go mod download had to add to ${changed.join(' and ')}, and a build never rewrites them.`,
      {
        input: 'working-directory',
        fix: 'run go mod tidy in the module and commit go.mod and go.sum.'
      }
    )
  if (!plan.opts.verifyModules) return
  const r = await host.exec(go, ['mod', 'verify'], { cwd, ignoreReturnCode: true })
  if (r.code !== 0)
    throw new UserError(
      `go mod verify failed: the module cache does not match go.sum:\n${(r.stdout + r.stderr).trim().split('\n').slice(-6).join('\n')}`,
      {
        input: 'verify-modules',
        fix: 'run go clean -modcache (or drop the restored cache) and build again; if go.sum itself is wrong, fix it with go mod tidy.'
      }
    )
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
  const r = await host.exec(goCommand(host), args, { cwd: plan.moduleDir, env, ignoreReturnCode: true })
  const durationMs = host.now() - start
  if (r.code !== 0) {
    const found = parseDiagnostics(r.stderr, plan.moduleDir, plan.opts.workspace)
    diagnostics.push(...found)
    const tail = splitVerbose(r.stderr).rest.slice(-10).join('\n')
    throw new UserError(
      `go build failed for ${toPlatform(t)}${found.length ? ` with ${found.length} error(s), annotated above` : ''}:\n${tail}`,
      {
        input: plan.opts.main ? 'main' : 'working-directory',
        fix: found.length
          ? 'fix the compile errors in the files named above.'
          : 'read the go build output above; check flags, tags and env.'
      }
    )
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

/** README*, LICENSE*, COPYING*, NOTICE* files at the module root go into every archive. */
async function extraFiles(moduleDir: string): Promise<string[]> {
  const names = await readdir(moduleDir, { withFileTypes: true })
  return names
    .filter(e => e.isFile() && /^(readme|license|licence|copying|notice)(\.[a-z0-9]+)?$/i.test(e.name))
    .map(e => e.name)
    .sort()
}

/** Run the builds, archives, checksums and artifacts.json of a plan. On failure, dist is left as found. */
export async function runBuild(plan: BuildPlan, host: Host): Promise<BuildResult> {
  const log = host.logger
  for (const w of plan.warnings) log.warn(w)
  log.info(
    `building ${plan.pkg} as ${plan.binary} ${plan.version.version} (version from ${plan.version.source === 'dev' ? 'the commit: no version input, no pushed v-tag' : plan.version.source === 'tag' ? 'the pushed tag' : 'the version input'}; date ${plan.source.date} from ${plan.source.dateSource === 'commit' ? 'the commit' : plan.source.dateSource}) for ${plan.targets.length} target(s); parallelism ${plan.parallelism.value} (${plan.parallelism.reason})`
  )
  let modulesMs = 0
  if (plan.needsModules) {
    const start = host.now()
    await log.group('go mod download', () => downloadModules(plan, host))
    modulesMs = host.now() - start
  }
  const staging = await prepareDist(plan.dist)
  const diagnostics: Diagnostic[] = []
  try {
    const results = await log.group(`go build (${plan.targets.length} targets)`, () =>
      mapLimit(plan.targets, plan.parallelism.value, async t => {
        const r = await buildTarget(staging, plan, host, t, diagnostics)
        log.info(
          `${r.platform.padEnd(16)} ${(r.size / 1024 ** 2).toFixed(1).padStart(6)} MiB  ${r.durationMs} ms  cache ${r.cache}${r.compiled ? ` (${r.compiled} packages compiled)` : ''}`
        )
        return r
      })
    )
    return await finish(plan, host, results, modulesMs, staging)
  } catch (err) {
    for (const d of uniqueDiagnostics(diagnostics))
      log.error(d.message, { file: d.file, line: d.line, column: d.column, title: 'go build' })
    await discardDist(plan.dist)
    throw err
  }
}

async function finish(
  plan: BuildPlan,
  host: Host,
  results: TargetResult[],
  modulesMs: number,
  staging: string
): Promise<BuildResult> {
  // Everything is written to the staging folder, then moved into the dist folder in one step at the end.
  const dist = staging
  const rel = (p: string): string => path.relative(dist, p).split(path.sep).join('/')
  const date = new Date(plan.source.date)
  const artifacts: Artifact[] = []
  for (const r of results)
    artifacts.push({
      kind: 'binary',
      target: r.target,
      path: rel(r.binaryPath),
      sha256: await sha256File(r.binaryPath),
      size: r.size,
      binary: plan.binary
    })
  if (plan.opts.archives) {
    const extras = await extraFiles(plan.moduleDir)
    const archives = await host.logger.group('archives', () =>
      mapLimit(results, Math.max(1, plan.parallelism.value), async r => {
        const zip = r.target.goos === 'windows'
        const file = path.join(
          dist,
          `${plan.binary}_${plan.version.version}_${r.id}.${zip ? 'zip' : 'tar.gz'}`
        )
        const entries: ArchiveEntry[] = [
          { name: path.basename(r.binaryPath), source: r.binaryPath, executable: true },
          ...extras.map(name => ({ name, source: path.join(plan.moduleDir, name), executable: false }))
        ]
        if (zip) await writeZip(file, entries, date)
        else await writeTarGz(file, entries, date)
        const { size } = await stat(file)
        return {
          kind: 'archive' as const,
          target: r.target,
          path: rel(file),
          sha256: await sha256File(file),
          size,
          format: zip ? 'zip' : 'tar.gz',
          binary: plan.binary
        }
      })
    )
    artifacts.push(...archives)
  }
  let checksumsFile: string | undefined
  if (plan.opts.checksums) {
    const covered = artifacts.filter(a => a.kind === (plan.opts.archives ? 'archive' : 'binary'))
    const lines = covered
      .map(a => `${a.sha256}  ${a.path}`)
      .sort((a, b) => {
        const na = a.slice(66)
        const nb = b.slice(66)
        return na < nb ? -1 : na > nb ? 1 : 0
      })
    checksumsFile = path.join(dist, `${plan.binary}_${plan.version.version}_checksums.txt`)
    const text = lines.join('\n') + '\n'
    await writeFile(checksumsFile, text)
    artifacts.push({
      kind: 'checksums',
      path: rel(checksumsFile),
      sha256: createHash('sha256').update(text).digest('hex'),
      size: Buffer.byteLength(text)
    })
  }
  const manifest: ArtifactsManifest = {
    schemaVersion: 1,
    project: {
      module: plan.module,
      version: plan.version.version,
      commit: plan.source.commit,
      date: plan.source.date,
      goVersion: plan.goVersion
    },
    artifacts
  }
  await writeArtifacts(dist, manifest)
  const written = JSON.parse(await readFile(path.join(dist, ARTIFACTS_FILE), 'utf8')) as ArtifactsManifest
  await commitDist(plan.dist)
  const final = (p: string): string => path.join(plan.dist.dir, path.relative(staging, p))
  return {
    manifest: written,
    artifactsFile: path.join(plan.dist.dir, ARTIFACTS_FILE),
    dist: plan.dist.dir,
    checksumsFile: checksumsFile && final(checksumsFile),
    version: plan.version.version,
    results: results.map(r => ({ ...r, binaryPath: final(r.binaryPath) })),
    parallelism: plan.parallelism,
    modulesMs
  }
}

/** prepareBuild + runBuild, for callers without a cache step in between. */
export async function build(opts: BuildOptions, host: Host): Promise<BuildResult> {
  return runBuild(await prepareBuild(opts, host), host)
}
