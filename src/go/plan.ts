// The plan stage: turn a target expression (`default`, `linux/arm/v7`, `!windows/386`, ...) into the list of
// targets, validated against the installed toolchain's ports, and the matrix a workflow fans out over.

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { requireDirectory } from '../util/fs.js'
import { distList, type Port } from './toolchain.js'
import {
  DEFAULT_TARGETS,
  compareTargets,
  normalizeTarget,
  parsePlatform,
  sameTarget,
  toGoEnv,
  toId,
  toPlatform,
  variantEnvName,
  type Target
} from '../model/target.js'

export interface PlanOptions {
  /** The target expressions, already split into items. */
  targets: readonly string[]
  /** The module folder; the toolchain is asked from there. */
  workingDirectory: string
  /** The option name to blame in errors. */
  input?: string
}

export interface MatrixEntry {
  goos: string
  goarch: string
  /** OCI variant (`v7`, `v3`), '' when none. */
  variant: string
  platform: string
  id: string
  /** The Go variant variable, lower-cased (`goarm: "7"`), when the architecture has one. */
  [goVariantVar: string]: string
}

export interface PlanResult {
  targets: Target[]
  matrix: { include: MatrixEntry[] }
  /** OCI platform strings of every target, sorted. */
  platforms: string[]
  /** The linux targets only: what an image can be built for. */
  imagePlatforms: string[]
  warnings: string[]
}

const WORDS = ['default', 'first-class', 'all'] as const

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]
}

/** The nearest valid os/arch pairs to a misspelled one, best first. */
export function suggest(wanted: string, ports: readonly Port[], count = 3): string[] {
  const w = wanted.toLowerCase().split('/').slice(0, 2).join('/')
  return ports
    .map(p => `${p.goos}/${p.goarch}`)
    .map(name => ({ name, d: levenshtein(w, name) }))
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : 1))
    .slice(0, count)
    .map(x => x.name)
}

function expandWord(word: string, ports: readonly Port[]): Target[] {
  const usable = ports.filter(p => !p.broken)
  if (word === 'default') return DEFAULT_TARGETS.map(t => ({ ...t }))
  if (word === 'first-class')
    return usable.filter(p => p.firstClass).map(p => normalizeTarget({ goos: p.goos, goarch: p.goarch }))
  return usable.map(p => normalizeTarget({ goos: p.goos, goarch: p.goarch }))
}

/** Resolve target expressions against the toolchain's ports. Pure: the ports are passed in. */
export function resolveTargets(
  items: readonly string[],
  ports: readonly Port[],
  input = 'targets'
): { targets: Target[]; warnings: string[] } {
  const included: Target[] = []
  const excluded: { target: Target; anyVariant: boolean }[] = []
  const check = (t: Target, raw: string): void => {
    const port = ports.find(p => p.goos === t.goos && p.goarch === t.goarch)
    if (!port)
      throw new UserError(
        `unknown target "${raw}": the installed Go toolchain has no port ${t.goos}/${t.goarch}.`,
        {
          input,
          fix: `did you mean ${suggest(raw, ports).join(', ')}? \`go tool dist list\` prints every port.`
        }
      )
    if (port.broken)
      throw new UserError(`target "${raw}" is marked broken in this Go toolchain.`, {
        input,
        fix: 'remove it from the list.'
      })
  }
  const items2 = items.map(s => s.trim()).filter(Boolean)
  if (!items2.length)
    throw new UserError('no targets given.', {
      input,
      fix: 'write default, or a list such as linux/amd64, linux/arm64.'
    })
  for (const item of items2) {
    const negate = item.startsWith('!')
    const body = negate ? item.slice(1).trim() : item
    if ((WORDS as readonly string[]).includes(body.toLowerCase())) {
      if (negate)
        throw new UserError(`"${item}": a word cannot be excluded.`, {
          input,
          fix: 'exclude single targets, as in !windows/386.'
        })
      included.push(...expandWord(body.toLowerCase(), ports))
      continue
    }
    if (!body.includes('/'))
      throw new UserError(`unknown target "${item}".`, {
        input,
        fix: `write os/arch[/variant] (as in linux/arm/v7) or one of ${WORDS.join(', ')}${
          /^[a-z0-9]+$/i.test(body) ? `; nearest ports: ${suggest(body, ports).join(', ')}` : ''
        }.`
      })
    const t = parsePlatform(body, input)
    check(t, body)
    if (negate) excluded.push({ target: t, anyVariant: body.split('/').length === 2 })
    else included.push(t)
  }
  const result: Target[] = []
  for (const t of included) {
    if (result.some(r => sameTarget(r, t))) continue
    const drop = excluded.some(e =>
      e.anyVariant ? e.target.goos === t.goos && e.target.goarch === t.goarch : sameTarget(e.target, t)
    )
    if (!drop) result.push(t)
  }
  if (!result.length)
    throw new UserError('the exclusions remove every target.', { input, fix: 'keep at least one target.' })
  result.sort(compareTargets)
  const warnings: string[] = []
  for (const t of result) {
    if (
      t.goarch === 'amd64' &&
      t.variant &&
      !result.some(r => r.goos === t.goos && r.goarch === 'amd64' && !r.variant)
    )
      warnings.push(
        `${toPlatform(t)} has no plain ${t.goos}/amd64 beside it: an image index with only ${toPlatform(t)} cannot be pulled by hosts without that CPU level. Add ${t.goos}/amd64 to the targets if you build images.`
      )
  }
  return { targets: result, warnings }
}

export function matrixEntry(t: Target): MatrixEntry {
  const entry: MatrixEntry = {
    goos: t.goos,
    goarch: t.goarch,
    variant: t.variant ?? '',
    platform: toPlatform(t),
    id: toId(t)
  }
  const envName = variantEnvName(t.goarch)
  if (envName) {
    const value = toGoEnv(t)[envName]
    if (value) entry[envName.toLowerCase()] = value
  }
  return entry
}

export async function plan(opts: PlanOptions, host: Host): Promise<PlanResult> {
  await requireDirectory(opts.workingDirectory, 'working-directory')
  const ports = await distList(host, opts.workingDirectory)
  const { targets, warnings } = resolveTargets(opts.targets, ports, opts.input)
  for (const w of warnings) host.logger.warn(w)
  const platforms = targets.map(toPlatform)
  return {
    targets,
    matrix: { include: targets.map(matrixEntry) },
    platforms,
    imagePlatforms: targets.filter(t => t.goos === 'linux').map(toPlatform),
    warnings
  }
}
