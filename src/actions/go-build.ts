// actions/go-build: cross-compile a Go module. Main: inputs -> prepareBuild -> restore caches (recording state)
// -> runBuild -> outputs and a summary. Post (the same bundle, run again with STATE_*): trim and save the
// caches that changed, as actions/cache does.

import os from 'node:os'
import * as core from '@actions/core'
import { actionHost, ciContext, readInputs, run, setOutputs } from './lib/runtime.js'
import { actionsCacheService, type CacheService } from './lib/cache-service.js'
import { buildOptions, buildOutputs, buildSpec } from '../config/stages/build.js'
import { prepareBuild, runBuild, type BuildResult } from '../go/build.js'
import {
  GOCACHE_CAP_BYTES,
  cacheSpecs,
  decideSave,
  fingerprint,
  trimCache,
  type CacheSpec,
  type Fingerprint
} from '../go/cache.js'
import { formatBytes, formatDuration } from '../util/format.js'

interface CacheState {
  spec: CacheSpec
  restoredKey?: string
  before?: Fingerprint
}

const STATE_POST = 'isPost'
const STATE_CACHES = 'caches'
const STATE_SAVE = 'cacheSave'

async function restoreCaches(
  service: CacheService,
  specs: CacheSpec[]
): Promise<{ states: CacheState[]; notes: string[] }> {
  const states: CacheState[] = []
  const notes: string[] = []
  for (const spec of specs) {
    let restoredKey: string | undefined
    try {
      restoredKey = await service.restore([spec.path], spec.key, spec.restoreKeys)
    } catch (err) {
      core.warning(`restoring the ${spec.name} cache failed, building without it: ${(err as Error).message}`)
    }
    const kind = !restoredKey ? 'miss' : restoredKey === spec.key ? 'hit' : `partial (${restoredKey})`
    notes.push(`${spec.name === 'gomod' ? 'GOMODCACHE' : 'GOCACHE'}: ${kind}`)
    states.push({ spec, restoredKey, before: await fingerprint(spec.path) })
  }
  return { states, notes }
}

async function main(): Promise<void> {
  core.saveState(STATE_POST, 'true')
  const host = actionHost()
  const ci = ciContext()
  const opts = buildOptions(readInputs(buildSpec), process.cwd(), ci, process.env.SOURCE_DATE_EPOCH)
  const plan = await prepareBuild(opts, host)
  let cacheNotes: string[] = []
  if (opts.cache) {
    const service = actionsCacheService()
    const availability = service.availability()
    if (!availability.ok) {
      core.warning(
        `the GitHub Actions cache service is not available here (${availability.missing} is not set, cache protocol ${availability.protocol}), so GOMODCACHE and GOCACHE are neither restored nor saved.`
      )
      cacheNotes = ['caches: service not available']
    } else {
      const specs = cacheSpecs({
        os: process.env.RUNNER_OS || os.platform(),
        arch: process.env.RUNNER_ARCH || os.arch(),
        goVersion: plan.goVersion,
        targets: plan.targets,
        goSumHash: plan.goSumHash,
        goModCache: plan.goModCache,
        goCache: plan.goCache
      })
      const restored = await core.group('restore caches', () => restoreCaches(service, specs))
      cacheNotes = restored.notes
      core.saveState(STATE_CACHES, JSON.stringify(restored.states))
      core.saveState(
        STATE_SAVE,
        JSON.stringify({ mode: opts.cacheSave, ref: ci.ref, defaultBranch: ci.defaultBranch })
      )
    }
  }
  const result = await runBuild(plan, host)
  setOutputs(buildOutputs(result))
  await writeSummary(result, cacheNotes)
}

async function writeSummary(r: BuildResult, cacheNotes: string[]): Promise<void> {
  await core.summary
    .addHeading(`gantry go-build ${r.version}`, 3)
    .addTable([
      [
        { data: 'target', header: true },
        { data: 'binary size', header: true },
        { data: 'build time', header: true },
        { data: 'cache', header: true }
      ],
      ...r.results.map(t => [
        t.platform,
        formatBytes(t.size),
        formatDuration(t.durationMs),
        t.compiled ? `miss (${t.compiled} packages compiled)` : 'hit'
      ])
    ])
    .addRaw(
      `\nParallelism ${r.parallelism.value}: ${r.parallelism.reason}.` +
        (r.modulesMs ? ` Modules downloaded and verified in ${formatDuration(r.modulesMs)}.` : '') +
        (cacheNotes.length ? ` ${cacheNotes.join('; ')}.` : '') +
        '\n',
      true
    )
    .write()
}

async function post(): Promise<void> {
  const raw = core.getState(STATE_CACHES)
  if (!raw) return
  const states = JSON.parse(raw) as CacheState[]
  const save = JSON.parse(core.getState(STATE_SAVE) || '{}') as {
    mode: 'auto' | 'true' | 'false'
    ref: string
    defaultBranch?: string
  }
  const service = actionsCacheService()
  const savedKeys: string[] = []
  for (const s of states) {
    if (s.spec.name === 'gobuild' && save.mode !== 'false') {
      const t = await trimCache(s.spec.path, GOCACHE_CAP_BYTES)
      if (t.removedFiles)
        core.info(
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
      core.info(`${s.spec.name} cache not saved: ${decision.reason}`)
      continue
    }
    const saved = await service.save([s.spec.path], s.spec.key)
    if (saved.saved) {
      savedKeys.push(s.spec.key)
      core.info(`${s.spec.name} cache saved as ${s.spec.key} (${decision.reason})`)
    } else core.warning(`${s.spec.name} cache not saved: ${saved.reason}`)
  }
}

await run(core.getState(STATE_POST) === 'true' ? post : main)
