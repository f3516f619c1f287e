// Go module versions ordered as golang.org/x/mod/semver orders them: SemVer 2.0 precedence after the `v`,
// with build metadata ignored (so `v2.0.0+incompatible` equals `v2.0.0`) and pseudo-versions ordered as the
// prereleases they are. node-semver does the ranking; this file only normalises the spellings Go uses.

import type { SemVer } from 'semver'
import semver from 'semver'
import { parseStrict } from '../../model/semver.js'

// x/mod/semver accepts `v1` and `v1.2` as shorthands for `v1.0.0` and `v1.2.0` (without prerelease or build).
const SHORTHAND = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/

/**
 * A Go version (`v1.2.3`, `1.2.3`, `v0.0.0-20210101000000-abcdef123456`, `v2.0.0+incompatible`, `v1.2`) as a
 * node-semver object, or undefined when it is not one (`(devel)`, an empty string, a branch name).
 */
export function parseGoVersion(text: string): SemVer | undefined {
  const hit = parsed.get(text)
  if (hit !== undefined) return hit ?? undefined
  const bare = text.startsWith('v') ? text.slice(1) : text
  const short = SHORTHAND.exec(bare)
  const v = short ? parseStrict(`${short[1]}.${short[2] ?? '0'}.0`) : parseStrict(bare)
  if (parsed.size >= PARSED_MAX) parsed.clear()
  parsed.set(text, v ?? null)
  return v
}

// Matching compares the same few thousand database versions over and over: parse each once. The objects are
// never mutated (compare() only reads them). Bounded so a hostile database cannot grow it without end.
const PARSED_MAX = 100_000
const parsed = new Map<string, SemVer | null>()

/** Is `text` a version Go can order? */
export function isGoVersion(text: string): boolean {
  return parseGoVersion(text) !== undefined
}

/**
 * Compare two Go versions (-1, 0, 1). Throws on a string that is not a version: callers check with
 * parseGoVersion first, as the matcher does.
 */
export function compareGo(a: string, b: string): number {
  const x = parseGoVersion(a)
  const y = parseGoVersion(b)
  if (!x || !y) throw new Error(`not a Go version: ${JSON.stringify(x ? b : a)}`)
  // compare(), not compareBuild(): build metadata (+incompatible) has no precedence, as in x/mod/semver.
  return semver.compare(x, y)
}

// Go release tags: go1, go1.2, go1.21.0, go1.9beta1, go1.21rc2 (and the old go1.9.2-pre1 style is not used).
const GO_TAG = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/

/**
 * A Go toolchain version as the build info records it (`go1.22.3`, `go1.21rc2`, `go1.26.8 X:jsonv2`) in the
 * SemVer form the Go vulnerability database uses for `stdlib` and `toolchain` (`v1.22.3`, `v1.21.0-rc.2`);
 * undefined for what is not a release (`devel +abc`). Rules as govulncheck's: a missing minor or patch is 0,
 * a prerelease `rcN`/`betaN` becomes `-rc.N`/`-beta.N`.
 */
export function goTagToSemver(tag: string): string | undefined {
  const first = tag.trim().split(/\s+/)[0] ?? ''
  const m = GO_TAG.exec(first)
  if (!m) return undefined
  const [, major, minor = '0', patch = '0', pre, preNum] = m
  // `go1.0` was never a release name (go1 was); x/vuln maps it to nothing, and so do we.
  if (first === 'go1.0') return undefined
  const v = `v${Number(major)}.${Number(minor)}.${Number(patch)}${pre ? `-${pre}.${Number(preNum)}` : ''}`
  return parseGoVersion(v) ? v : undefined
}
