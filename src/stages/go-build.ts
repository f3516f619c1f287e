// The build stage (actions/go-build, `gantry build`): cross-compile a Go module. In an action, GOMODCACHE and
// GOCACHE are restored between resolving the plan and building (keys need the plan), and the post step trims
// and saves the caches that changed, as actions/cache does. The CLI uses the local Go caches as they are.

import os from 'node:os'
import path from 'node:path'
import { defineStage, type StageContext } from '../runtime/stage.js'
import type { InputSpecs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import {
  prepareBuild,
  releaseBuild,
  runBuild,
  type BuildOptions,
  type BuildPlan,
  type BuildResult
} from '../go/build.js'
import {
  GOCACHE_CAP_BYTES,
  cacheSpecs,
  decideSave,
  fingerprint,
  trimCache,
  type CacheSpec,
  type Fingerprint
} from '../go/cache.js'
import { DEFAULT_LDFLAGS } from '../go/ldflags.js'
import { formatBytes, formatDuration } from '../util/format.js'
import { parseJsonAs } from '../util/json.js'

const inputs = {
  'working-directory': { kind: 'string', description: 'The Go module folder (holds go.mod).', default: '.' },
  main: {
    kind: 'list',
    description:
      'The main package(s) to build, relative to working-directory (./cmd/app), one per line or comma-separated; name=./cmd/app names its binary. Several build into every archive. Empty: the single main package under cmd/* or at the module root.',
    default: ''
  },
  binary: {
    kind: 'string',
    description:
      "The binary's name when one main package is built (.exe is added for windows). Empty: the main package's folder name (the module path's last element for a root main).",
    default: ''
  },
  targets: {
    kind: 'list',
    description:
      'Targets as the plan action takes them: os/arch[/variant] (linux/arm/v7), default, first-class, all, !os/arch. Ignored when target is set.',
    default: 'default'
  },
  target: {
    kind: 'string',
    description:
      'One target, as an OCI platform (linux/arm/v7), e.g. the platform field of a plan matrix entry; wins over targets.',
    default: ''
  },
  version: {
    kind: 'string',
    description:
      'The semver version to inject (a leading v is dropped; +build metadata is kept). Empty: the pushed tag (refs/tags/vX.Y.Z), else 0.0.0-dev+<short commit>.',
    default: ''
  },
  ldflags: {
    kind: 'string',
    description:
      'Linker flags, with the template fields {{.Version}}, {{.Commit}}, {{.ShortCommit}}, {{.Date}}, {{.Timestamp}}, {{.Tag}}, {{.Major}}, {{.Minor}}, {{.Patch}}, {{.Prerelease}}, {{.Binary}}, {{.Module}}, {{.GoVersion}}, {{.Os}}, {{.Arch}}, {{.Variant}}, {{.Target}}, {{.Platform}}. -buildid= is always added.',
    default: DEFAULT_LDFLAGS
  },
  flags: {
    kind: 'list',
    commas: false,
    description:
      'More go build flags, one per line or space-separated (-v, -gcflags=..., -buildvcs=true). -trimpath, -mod=readonly and -buildvcs=false are set by gantry.',
    default: ''
  },
  tags: { kind: 'list', description: 'Build tags, one per line or comma-separated.', default: '' },
  env: {
    kind: 'keyvalues',
    description: 'KEY=value lines added to the build environment (GOFLAGS, GOEXPERIMENT, CC, ...).',
    default: ''
  },
  cgo: {
    kind: 'bool',
    description:
      'Build with cgo (CGO_ENABLED=1). A foreign target then needs a C cross compiler (CC in env, or <triple>-gcc on PATH).',
    default: 'false'
  },
  dist: {
    kind: 'string',
    description:
      'Output folder, relative to working-directory. It must be empty, missing, or hold only a previous gantry build (which is then removed).',
    default: 'dist'
  },
  archives: {
    kind: 'bool',
    description:
      "Pack each target's binaries (with README and LICENSE files of the module root) as tar.gz, zip for windows.",
    default: 'true'
  },
  'archive-name': {
    kind: 'string',
    description:
      "The archive file name without extension, a template with the ldflags fields ({{.ProjectName}}_{{.Version}}_{{.Os}}_{{.ArchVariant}}), or goreleaser for GoReleaser's default names. Empty: <binary>_<version>_<target id> (<project> with several binaries).",
    default: ''
  },
  'compression-level': {
    kind: 'int',
    min: 1,
    max: 9,
    description:
      'gzip (zip: deflate) level of the archives, 1 (fastest) to 9 (smallest; about 5× the time of 6 for 0.6 % fewer bytes).',
    default: '6'
  },
  checksums: {
    kind: 'bool',
    description:
      'Write a sha256 checksums file ("sha256  name" lines, sorted) of the archives (of the binaries without archives).',
    default: 'true'
  },
  'verify-modules': {
    kind: 'bool',
    description: 'Run go mod verify after go mod download (modules must match go.sum).',
    default: 'true'
  },
  cache: {
    kind: 'bool',
    description:
      'Restore and save GOMODCACHE and GOCACHE with the GitHub Actions cache (keys per OS, arch, Go version, target set and go.sum).',
    default: 'true'
  },
  'cache-save': {
    kind: 'enum',
    values: ['auto', 'true', 'false'],
    description:
      'When to save the caches in the post step: auto (only on the default branch, only when they changed), true (whenever they changed), false.',
    default: 'auto'
  },
  parallelism: {
    kind: 'int',
    min: 1,
    max: 256,
    auto: true,
    description:
      'How many targets build at once: auto (min(cores, available memory / 2 GiB)) or a whole number.',
    default: 'auto'
  },
  'lock-timeout': {
    kind: 'int',
    min: 0,
    max: 86400,
    description:
      'Seconds to wait for another gantry run building into the same dist folder (runs take turns; a dist folder is never a mix of two builds). 0: fail at once.',
    default: '600'
  }
} as const satisfies InputSpecs

const outputs = {
  artifacts: {
    encode: 'json',
    description:
      "The artifacts.json contents (JSON): project (module, version, commit, date, goVersion, go.mod's go and toolchain lines) and every binary, archive and checksums file with target, path, sha256, size and kind."
  },
  dist: { encode: 'text', description: 'Absolute path of the dist folder (holds artifacts.json).' },
  checksums: {
    encode: 'text',
    description: 'Absolute path of the checksums file, or empty when checksums is false.'
  },
  version: {
    encode: 'text',
    description: 'The version injected into the binaries (semver, no leading v).'
  }
} as const satisfies OutputSpecs

export type CacheSaveMode = 'auto' | 'true' | 'false'

export interface BuildStageOptions extends BuildOptions {
  cache: boolean
  cacheSave: CacheSaveMode
  /** RUNNER_OS / RUNNER_ARCH, or this machine's: part of the cache keys. */
  runner: { os: string; arch: string }
}

export interface BuildStageResult extends BuildResult {
  cacheNotes: string[]
}

// The state the post step reads (kept under these names: the post-step tests write them by hand).
const STATE_CACHES = 'caches'
const STATE_SAVE = 'cacheSave'

interface CacheState {
  spec: CacheSpec
  restoredKey?: string
  before?: Fingerprint
}

const FINGERPRINT = {
  type: 'object',
  properties: { files: { type: 'number' }, bytes: { type: 'number' }, newestMs: { type: 'number' } },
  required: ['files', 'bytes', 'newestMs']
} as const
export const CACHE_STATES = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          name: { enum: ['gomod', 'gobuild'] },
          path: { type: 'string', minLength: 1 },
          key: { type: 'string', minLength: 1 },
          restoreKeys: { type: 'array', items: { type: 'string' } }
        },
        required: ['name', 'path', 'key', 'restoreKeys']
      },
      restoredKey: { type: 'string' },
      before: FINGERPRINT
    },
    required: ['spec']
  }
} as const
export const SAVE_STATE = {
  type: 'object',
  properties: {
    mode: { enum: ['auto', 'true', 'false'] },
    ref: { type: 'string' },
    defaultBranch: { type: 'string' }
  },
  required: ['mode', 'ref']
} as const

async function restoreCaches(plan: BuildPlan, o: BuildStageOptions, ctx: StageContext): Promise<string[]> {
  const service = ctx.cache
  if (!o.cache || !service) return []
  const available = service.availability()
  if (!available.ok) {
    ctx.host.logger.warn(
      `the GitHub Actions cache service is not available here (${available.missing} is not set${available.protocol ? `, cache protocol ${available.protocol}` : ''}), so GOMODCACHE and GOCACHE are neither restored nor saved.`
    )
    return ['caches: service not available']
  }
  const specs = cacheSpecs({
    os: o.runner.os,
    arch: o.runner.arch,
    goVersion: plan.goVersion,
    targets: plan.targets,
    goSumHash: plan.goSumHash,
    goModCache: plan.goModCache,
    goCache: plan.goCache
  })
  const states: CacheState[] = []
  const notes: string[] = []
  await ctx.host.logger.group('restore caches', async () => {
    for (const spec of specs) {
      let restoredKey: string | undefined
      try {
        restoredKey = await service.restore([spec.path], spec.key, spec.restoreKeys)
      } catch (err) {
        ctx.host.logger.warn(
          `restoring the ${spec.name} cache failed, building without it: ${(err as Error).message}`
        )
      }
      const kind = !restoredKey ? 'miss' : restoredKey === spec.key ? 'hit' : `partial (${restoredKey})`
      notes.push(`${spec.name === 'gomod' ? 'GOMODCACHE' : 'GOCACHE'}: ${kind}`)
      ctx.host.logger.info(`${spec.name} cache: ${kind}`)
      states.push({ spec, restoredKey, before: await fingerprint(spec.path) })
    }
  })
  ctx.state.set(STATE_CACHES, JSON.stringify(states))
  ctx.state.set(
    STATE_SAVE,
    JSON.stringify({ mode: o.cacheSave, ref: ctx.ci.ref, defaultBranch: ctx.ci.defaultBranch })
  )
  return notes
}

/** The post step: trim GOCACHE, then save each cache the policy allows and that changed. */
async function saveCaches(ctx: StageContext): Promise<void> {
  const raw = ctx.state.get(STATE_CACHES)
  if (!raw) return
  const log = ctx.host.logger
  const states = parseJsonAs<CacheState[]>(raw, CACHE_STATES, 'the saved cache state')
  const save = parseJsonAs<{ mode: CacheSaveMode; ref: string; defaultBranch?: string }>(
    ctx.state.get(STATE_SAVE) ?? '{"mode":"false","ref":""}',
    SAVE_STATE,
    'the saved cache policy'
  )
  const savedKeys: string[] = []
  for (const s of states) {
    if (s.spec.name === 'gobuild' && save.mode !== 'false') {
      const t = await trimCache(s.spec.path, GOCACHE_CAP_BYTES)
      if (t.removedFiles)
        log.info(
          `GOCACHE trimmed from ${formatBytes(t.bytesBefore)} to ${formatBytes(t.bytesAfter)} (${t.removedFiles} files)`
        )
    }
    const decision = decideSave({
      mode: save.mode,
      ref: save.ref,
      defaultBranch: save.defaultBranch,
      key: s.spec.key,
      restoredKey: s.restoredKey,
      savedKeys,
      before: s.before,
      after: await fingerprint(s.spec.path)
    })
    if (!decision.save) {
      log.info(`${s.spec.name} cache not saved: ${decision.reason}`)
      continue
    }
    const r = ctx.cache
      ? await ctx.cache.save([s.spec.path], s.spec.key)
      : { saved: false, reason: 'no cache service' }
    if (r.saved) {
      savedKeys.push(s.spec.key)
      log.info(`${s.spec.name} cache saved as ${s.spec.key} (${decision.reason})`)
    } else log.warn(`${s.spec.name} cache not saved: ${r.reason ?? 'the save failed'}`)
  }
}

export const buildStage = defineStage({
  name: 'build',
  action: 'go-build',
  title: 'gantry go-build',
  description:
    'Cross-compile a Go module for many targets, reproducibly, with per-target caches, archives, checksums and artifacts.json.',
  summary: 'cross-compile the Go module into dist/ (binaries, archives, checksums, artifacts.json)',
  branding: { icon: 'package', color: 'blue' },
  inputs,
  outputs,
  parse(i, env): BuildStageOptions {
    const workingDirectory = path.resolve(env.cwd, i['working-directory'])
    return {
      workingDirectory,
      workspace: env.ci.workspace || env.cwd,
      main: i.main,
      binary: i.binary || undefined,
      targets: i.targets,
      target: i.target || undefined,
      version: i.version || undefined,
      ref: env.ci.ref,
      sha: env.ci.sha,
      sourceDateEpoch: env.env.SOURCE_DATE_EPOCH?.trim() || undefined,
      ldflags: i.ldflags,
      flags: i.flags.flatMap(l => l.split(/\s+/).filter(Boolean)),
      tags: i.tags,
      env: i.env,
      cgo: i.cgo,
      dist: path.resolve(workingDirectory, i.dist),
      archives: i.archives,
      archiveName: i['archive-name'],
      compressionLevel: i['compression-level'],
      checksums: i.checksums,
      verifyModules: i['verify-modules'],
      parallelism: i.parallelism,
      lockTimeoutMs: i['lock-timeout'] * 1000,
      cache: i.cache,
      cacheSave: i['cache-save'],
      runner: { os: env.env.RUNNER_OS || os.platform(), arch: env.env.RUNNER_ARCH || os.arch() }
    }
  },
  async run(o, ctx): Promise<BuildStageResult> {
    const plan = await prepareBuild(o, ctx.host)
    let cacheNotes: string[]
    try {
      cacheNotes = await restoreCaches(plan, o, ctx)
    } catch (err) {
      await releaseBuild(plan)
      throw err
    }
    return { ...(await runBuild(plan, ctx.host)), cacheNotes }
  },
  output: r => ({
    artifacts: r.manifest,
    dist: r.dist,
    checksums: r.checksumsFile ?? '',
    version: r.version
  }),
  report: r => {
    const several = new Set(r.results.map(t => t.binary)).size > 1
    const verify =
      r.verify !== 'marker'
        ? ''
        : r.modulesMs
          ? ' go mod verify skipped: the module cache was verified for this go.sum.'
          : ' go mod download and verify skipped: the module cache holds and verified this go.mod and go.sum.'
    return {
      title: `gantry go-build ${r.version}`,
      table: {
        columns: [several ? 'binary / target' : 'target', 'binary size', 'build time', 'cache'],
        rows: r.results.map(t => [
          several ? `${t.binary} ${t.platform}` : t.platform,
          formatBytes(t.size),
          formatDuration(t.durationMs),
          t.compiled ? `miss (${t.compiled} packages compiled)` : 'hit'
        ])
      },
      paragraphs: [
        `Parallelism ${r.parallelism.value}: ${r.parallelism.reason}.` +
          (r.modulesMs
            ? ` Modules downloaded${r.verify === 'verified' ? ' and verified' : ''} in ${formatDuration(r.modulesMs)}.`
            : '') +
          verify +
          (r.cacheNotes.length ? ` ${r.cacheNotes.join('; ')}.` : '')
      ]
    }
  },
  post: { if: 'success()', run: saveCaches }
})
