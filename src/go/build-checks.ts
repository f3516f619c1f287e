// Checks of a build that only warn, run beside the builds so they cost no wall time (and kept per clean
// commit, so a warm rebuild spends no CPU on them either): ldflags `-X` variables the packages do not
// declare (the linker ignores them silently), and dependencies whose C code is left out because cgo is off
// (go-sqlite3 then compiles to a stub that fails at run time).

import type { Host } from '../util/host.js'
import { readCached, writeCached } from '../util/disk-cache.js'
import type { BuildPlan } from './build.js'
import { buildEnv, renderedLdflags, sourceKey } from './build.js'
import { listPackages } from './main-package.js'
import { linkerVars, missingVarsWarning, packageVars, type LinkerVar } from './linker-vars.js'
import { cgoDependencies, cgoOffWarning } from './cgo.js'

// Both kept lists (warnings, dependency paths) are lists of strings: one schema, compiled once.
export const STRINGS_SCHEMA = { type: 'array', items: { type: 'string' } }

/**
 * -X variables of the rendered ldflags that their package does not declare, one warning each. What a package
 * declares follows from the sources, so for a commit whose Go inputs are all committed the warnings are kept
 * between runs, keyed on the variables' names (their values, the version and commit, change every run).
 */
async function linkerVarWarnings(plan: BuildPlan, host: Host): Promise<string[]> {
  const t = plan.targets[0]
  const sets = plan.mains.map(main => ({ main, vars: linkerVars(renderedLdflags(plan, main, t)) }))
  const key = sourceKey(plan.source, host, [
    'linker-vars',
    plan.moduleDir,
    sets.map(s => [s.main.pkg, s.main.files, s.vars])
  ])
  const kept = key ? await readCached<string[]>(host.env, 'go-linker-vars', key, STRINGS_SCHEMA) : undefined
  if (kept) return kept
  const { warnings, complete } = await findLinkerVarWarnings(plan, host, sets)
  if (key && complete) await writeCached(host.env, 'go-linker-vars', key, warnings)
  return warnings
}

async function findLinkerVarWarnings(
  plan: BuildPlan,
  host: Host,
  sets: { main: BuildPlan['mains'][number]; vars: LinkerVar[] }[]
): Promise<{ warnings: string[]; complete: boolean }> {
  const warnings: string[] = []
  const others = new Map<string, LinkerVar[]>()
  for (const { main, vars } of sets) {
    const mine = vars.filter(v => v.pkg === 'main')
    if (mine.length) {
      const declared = await packageVars(main.dir, main.files)
      const missing = mine.filter(v => !declared.has(v.name))
      if (missing.length) warnings.push(missingVarsWarning(missing, `package main (${main.pkg})`, declared))
    }
    for (const v of vars.filter(x => x.pkg !== 'main'))
      if (!others.get(v.pkg)?.some(o => o.name === v.name))
        others.set(v.pkg, [...(others.get(v.pkg) ?? []), v])
  }
  if (!others.size) return { warnings, complete: true }
  const listed = await listPackages(host, plan.moduleDir, [...others.keys()]).catch(() => undefined)
  if (!listed) return { warnings, complete: false }
  for (const [pkg, vars] of others) {
    const found = listed.find(l => l.ImportPath === pkg && !l.Error && l.Dir)
    if (!found) continue
    const declared = await packageVars(found.Dir, [...(found.GoFiles ?? []), ...(found.IgnoredGoFiles ?? [])])
    const missing = vars.filter(v => !declared.has(v.name))
    if (missing.length) warnings.push(missingVarsWarning(missing, `package ${pkg}`, declared))
  }
  return { warnings, complete: true }
}

/**
 * Dependencies that lose their C code with cgo off. The list follows from the sources, so for a commit whose
 * Go inputs are all committed it is kept between runs (a warm rebuild does not load the package graph again).
 */
async function cgoWarnings(plan: BuildPlan, host: Host): Promise<string[]> {
  if (plan.opts.cgo) return []
  const env = buildEnv(plan, { goos: plan.hostTarget.goos, goarch: plan.hostTarget.goarch }, host.env)
  const pkgs = plan.mains.map(m => m.pkg)
  const key = sourceKey(plan.source, host, [
    'cgo-deps',
    plan.moduleDir,
    plan.goVersion,
    pkgs,
    plan.opts.tags,
    plan.opts.env
  ])
  let deps = key ? await readCached<string[]>(host.env, 'go-cgo-deps', key, STRINGS_SCHEMA) : undefined
  if (!deps) {
    deps = await cgoDependencies(host, plan.moduleDir, pkgs, { tags: plan.opts.tags, env })
    if (key && deps) await writeCached(host.env, 'go-cgo-deps', key, deps)
  }
  return deps?.length ? [cgoOffWarning(deps)] : []
}

/** Every warning of the late checks; a failing check warns nothing (the build reports real problems). */
export async function lateChecks(plan: BuildPlan, host: Host): Promise<string[]> {
  const [vars, cgo] = await Promise.all([
    linkerVarWarnings(plan, host).catch(() => []),
    cgoWarnings(plan, host).catch(() => [])
  ])
  return [...vars, ...cgo]
}
