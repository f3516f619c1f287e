// Versions: one strict SemVer 2.0 parser for every stage (node-semver's valid() accepts spaces and loose
// forms, so a strict pattern guards it) that keeps build metadata, and ranking with node-semver, never with
// git's sort (which puts -rc.1 above the release).

import semver from 'semver'
import { UserError } from '../util/errors.js'

// semver.org's recommended pattern: no leading zeros, dot-separated prerelease and build identifiers.
const STRICT =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

/** A strict semver string (no prefix) as node-semver's object (build metadata in `.build`), or undefined. */
export function parseStrict(text: string): semver.SemVer | undefined {
  if (!STRICT.test(text)) return undefined
  return semver.parse(text) ?? undefined
}

/** A version input: strict semver with an optional leading `v`, build metadata kept. */
export function parseVersionInput(value: string, input = 'version'): semver.SemVer {
  const text = value.trim().replace(/^v(?=\d)/, '')
  const v = parseStrict(text)
  if (!v)
    throw new UserError(`"${value}" is not a semantic version.`, {
      input,
      fix: 'write MAJOR.MINOR.PATCH with an optional -prerelease and +build (as in 1.4.0, 1.4.0-rc.1 or 1.4.0+build.5), see semver.org.'
    })
  return v
}

/** The version as written, build metadata included (node-semver's `.version` leaves it out). */
export function fullVersion(v: semver.SemVer): string {
  return v.build.length ? `${v.version}+${v.build.join('.')}` : v.version
}

export function isStable(v: semver.SemVer): boolean {
  return v.prerelease.length === 0
}

/** Highest first. */
export function rcompare(a: semver.SemVer, b: semver.SemVer): number {
  return semver.rcompare(a, b)
}

export function compare(a: semver.SemVer, b: semver.SemVer): number {
  return semver.compare(a, b)
}

/** major.minor.patch of a version, without prerelease or build. */
export function baseOf(v: semver.SemVer): semver.SemVer {
  return new semver.SemVer(`${v.major}.${v.minor}.${v.patch}`)
}

export function sv(text: string): semver.SemVer {
  return new semver.SemVer(text)
}

export type { SemVer } from 'semver'

/** A version input as text: no leading `v`, build metadata kept (`v1.2.3+build.5` → `1.2.3+build.5`). */
export function normalizeVersion(value: string, input = 'version'): string {
  return fullVersion(parseVersionInput(value, input))
}
