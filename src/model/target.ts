// The platform model every stage shares: a Target (goos, goarch, variant) and its four spellings — the OCI
// platform (`linux/arm/v7`), the GoReleaser-style id (`linux_arm_7`), the Go environment (`GOARM=7`) and
// the structured JSON form written to artifacts.json. No other module converts between them.

import { UserError } from '../util/errors.js'

export interface Target {
  goos: string
  goarch: string
  /** The CPU variant in OCI spelling (`v7`, `v3`, `v8.2`, `softfloat`, `power9`, ...); absent for the default. */
  variant?: string
}

/** Which Go environment variable carries the variant of each GOARCH, and how OCI spells its values. */
interface VariantRule {
  env: string
  /** Variant used when none is given; for arm, containerd's `v7`. Absent: the toolchain's own default. */
  defaultVariant?: string
  /** The variant Go uses when the variable is unset; OCI normalises it away (amd64/v1, arm64/v8). */
  implied?: string
  /** OCI variant -> Go env value. */
  toEnv(variant: string): string | undefined
  /** Go env value -> OCI variant. */
  fromEnv(value: string): string | undefined
  /** The GoReleaser id suffix for this variant (GoReleaser always writes one for these arches). */
  idSuffix(variant: string | undefined): string
  /** Values accepted, for error messages. */
  valid: readonly string[]
}

const floatRule = (env: string): VariantRule => ({
  env,
  toEnv: v => (v === 'hardfloat' || v === 'softfloat' ? v : undefined),
  fromEnv: v => (v === 'hardfloat' || v === 'softfloat' ? v : undefined),
  idSuffix: v => v ?? 'hardfloat',
  valid: ['hardfloat', 'softfloat']
})

const RULES: Record<string, VariantRule> = {
  arm: {
    env: 'GOARM',
    defaultVariant: 'v7',
    toEnv: v => (/^v[5-7]$/.test(v) ? v.slice(1) : undefined),
    fromEnv: v => (/^[5-7]$/.test(v) ? `v${v}` : undefined),
    idSuffix: v => (v ?? 'v7').slice(1),
    valid: ['v5', 'v6', 'v7']
  },
  amd64: {
    env: 'GOAMD64',
    implied: 'v1',
    toEnv: v => (/^v[1-4]$/.test(v) ? v : undefined),
    fromEnv: v => (/^v[1-4]$/.test(v) ? v : undefined),
    idSuffix: v => v ?? 'v1',
    valid: ['v1', 'v2', 'v3', 'v4']
  },
  arm64: {
    env: 'GOARM64',
    implied: 'v8',
    // OCI writes arm64 variants as v8, v8.1 ... v9.5; Go's GOARM64 wants v8.0 ... v9.5.
    toEnv: v => (v === 'v8' ? 'v8.0' : /^v(8\.[0-9]|9\.[0-5])$/.test(v) ? v : undefined),
    fromEnv: v => (v === 'v8.0' ? 'v8' : /^v(8\.[1-9]|9\.[0-5])$/.test(v) ? v : undefined),
    idSuffix: v => (v === undefined || v === 'v8' ? 'v8.0' : v),
    valid: ['v8', 'v8.1', '…', 'v8.9', 'v9.0', '…', 'v9.5']
  },
  '386': {
    env: 'GO386',
    toEnv: v => (v === 'sse2' || v === 'softfloat' ? v : undefined),
    fromEnv: v => (v === 'sse2' || v === 'softfloat' ? v : undefined),
    idSuffix: v => v ?? 'sse2',
    valid: ['sse2', 'softfloat']
  },
  mips: floatRule('GOMIPS'),
  mipsle: floatRule('GOMIPS'),
  mips64: floatRule('GOMIPS64'),
  mips64le: floatRule('GOMIPS64'),
  ppc64: {
    env: 'GOPPC64',
    toEnv: v => (/^power(8|9|10)$/.test(v) ? v : undefined),
    fromEnv: v => (/^power(8|9|10)$/.test(v) ? v : undefined),
    idSuffix: v => v ?? 'power8',
    valid: ['power8', 'power9', 'power10']
  },
  riscv64: {
    env: 'GORISCV64',
    toEnv: v => (/^rva2[023]u64$/.test(v) ? v : undefined),
    fromEnv: v => (/^rva2[023]u64$/.test(v) ? v : undefined),
    idSuffix: v => v ?? 'rva20u64',
    valid: ['rva20u64', 'rva22u64', 'rva23u64']
  }
}
RULES.ppc64le = { ...RULES.ppc64 }

const NAME = /^[a-z0-9]+$/

/**
 * Normalise a target the way containerd does: `arm` means `arm/v7`, `arm64/v8` is `arm64`, `amd64/v1` is
 * `amd64`. Throws a UserError (naming `input`) for a variant the architecture does not have.
 */
export function normalizeTarget(t: Target, input = 'targets'): Target {
  const goos = t.goos.toLowerCase()
  const goarch = t.goarch.toLowerCase()
  const rule = RULES[goarch]
  let variant = t.variant?.toLowerCase() || undefined
  if (!rule) {
    if (variant)
      throw new UserError(`${goos}/${goarch}/${variant}: ${goarch} has no CPU variants.`, {
        input,
        fix: `write ${goos}/${goarch} without a variant.`
      })
    return { goos, goarch }
  }
  if (goarch === 'arm64' && variant === 'v8.0') variant = 'v8'
  if (variant === undefined) variant = rule.defaultVariant
  if (variant !== undefined && rule.toEnv(variant) === undefined)
    throw new UserError(`${goos}/${goarch}/${variant}: unknown ${goarch} variant "${variant}".`, {
      input,
      fix: `use one of ${rule.valid.join(', ')} (they set ${rule.env}).`
    })
  if (variant !== undefined && variant === rule.implied) variant = undefined
  return variant === undefined ? { goos, goarch } : { goos, goarch, variant }
}

/** Parse an OCI platform string (`linux/arm/v7`) into a normalised Target. */
export function parsePlatform(platform: string, input = 'targets'): Target {
  const parts = platform.trim().split('/')
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    parts.some(p => !NAME.test(p.toLowerCase()) && !/^v\d+\.\d+$/.test(p))
  )
    throw new UserError(`"${platform}" is not a platform: expected os/arch or os/arch/variant.`, {
      input,
      fix: 'write it as in linux/amd64, linux/arm64 or linux/arm/v7.'
    })
  return normalizeTarget({ goos: parts[0], goarch: parts[1], variant: parts[2] }, input)
}

/** The OCI platform string: `linux/amd64`, `linux/arm/v7`, `linux/amd64/v3`. */
export function toPlatform(t: Target): string {
  return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`
}

/** The platform as OCI image configs and indexes spell it: { os, architecture, variant? }. */
export function toOciPlatform(t: Target): { os: string; architecture: string; variant?: string } {
  return t.variant
    ? { os: t.goos, architecture: t.goarch, variant: t.variant }
    : { os: t.goos, architecture: t.goarch }
}

/** The GoReleaser-style id: `linux_amd64_v1`, `linux_arm_7`, `darwin_arm64_v8.0`, `windows_386_sse2`. */
export function toId(t: Target): string {
  const rule = RULES[t.goarch]
  return rule ? `${t.goos}_${t.goarch}_${rule.idSuffix(t.variant)}` : `${t.goos}_${t.goarch}`
}

/** Parse a GoReleaser-style id back into a normalised Target. */
export function parseId(id: string, input = 'target'): Target {
  const [goos, goarch, suffix, ...rest] = id.split('_')
  if (!goos || !goarch || rest.length)
    throw new UserError(`"${id}" is not a target id.`, {
      input,
      fix: 'write it as in linux_amd64_v1 or linux_arm_7.'
    })
  const rule = RULES[goarch]
  if (!suffix || (rule && suffix === rule.idSuffix(undefined) && !rule.defaultVariant))
    return normalizeTarget({ goos, goarch }, input)
  const variant = rule?.fromEnv(suffix) ?? (goarch === 'arm64' && suffix === 'v8.0' ? 'v8' : undefined)
  if (!rule || variant === undefined)
    throw new UserError(`"${id}": unknown variant "${suffix}" for ${goarch}.`, {
      input,
      fix: 'check the id.'
    })
  return normalizeTarget({ goos, goarch, variant }, input)
}

/** The Go environment for a build of this target (GOOS, GOARCH and the variant variable, if any). */
export function toGoEnv(t: Target): Record<string, string> {
  const env: Record<string, string> = { GOOS: t.goos, GOARCH: t.goarch }
  const rule = RULES[t.goarch]
  if (rule && t.variant) env[rule.env] = rule.toEnv(t.variant)!
  else if (rule?.defaultVariant) env[rule.env] = rule.toEnv(rule.defaultVariant)!
  return env
}

/** The name of the variant variable for an architecture (`GOARM` for arm), if it has one. */
export function variantEnvName(goarch: string): string | undefined {
  return RULES[goarch]?.env
}

/**
 * The arch as GoReleaser's default archive names spell it: the arm version after `v` (armv7), a GOAMD64 level
 * above v1 (amd64v3), the mips float mode after `_` (mips_hardfloat); other arches plain.
 */
export function goreleaserArchiveArch(t: Target): string {
  if (t.goarch === 'arm') return `armv${RULES.arm.idSuffix(t.variant)}`
  if (t.goarch === 'amd64') return t.variant && t.variant !== 'v1' ? `amd64${t.variant}` : 'amd64'
  if (t.goarch.startsWith('mips')) return `${t.goarch}_${RULES[t.goarch].idSuffix(t.variant)}`
  return t.goarch
}

/** The file name of an executable for this target: `.exe` on windows. */
export function executableName(binary: string, t: Target): string {
  return t.goos === 'windows' && !binary.endsWith('.exe') ? `${binary}.exe` : binary
}

export function sameTarget(a: Target, b: Target): boolean {
  return a.goos === b.goos && a.goarch === b.goarch && (a.variant ?? '') === (b.variant ?? '')
}

/** Sort order used everywhere output lists targets: by platform string. */
export function compareTargets(a: Target, b: Target): number {
  const pa = toPlatform(a)
  const pb = toPlatform(b)
  return pa < pb ? -1 : pa > pb ? 1 : 0
}

/** GoReleaser's default eight: linux, darwin, windows × amd64, arm64, 386, minus darwin/386. */
export const DEFAULT_TARGETS: readonly Target[] = [
  { goos: 'darwin', goarch: 'amd64' },
  { goos: 'darwin', goarch: 'arm64' },
  { goos: 'linux', goarch: '386' },
  { goos: 'linux', goarch: 'amd64' },
  { goos: 'linux', goarch: 'arm64' },
  { goos: 'windows', goarch: '386' },
  { goos: 'windows', goarch: 'amd64' },
  { goos: 'windows', goarch: 'arm64' }
]
