// The scan stage's data model, shared by its three layers (Trivy's split): analyzers produce an Inventory of
// Packages from images and paths, detectors match it against a vulnerability database (and rule sets) into
// Findings, reporters only format. Nothing here does I/O.

export type Severity = 'UNKNOWN' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'

/** Lowest first: the order severity filters and summaries use. */
export const SEVERITIES: readonly Severity[] = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']

/** Where something was found: a file in an image layer, or a file given in `paths`. */
export interface Location {
  /** Path inside the image root (no leading slash) or the file as given (relative to the workspace). */
  path: string
  /** The layer that added the file (image scans only). */
  layer?: { index: number; digest: string; diffId?: string }
  /** The platform of the image manifest the layer belongs to (`linux/arm64`), for multi-platform images. */
  platform?: string
  /** 1-based line, when the finding is in a text file (Dockerfile, go.mod, a secret). */
  line?: number
  /** 1-based last line, when the finding spans several (a multi-line RUN, a PEM block). */
  endLine?: number
  /** 1-based columns of the region on `line` (SARIF startColumn) and on the last line (endColumn, exclusive). */
  column?: number
  endColumn?: number
}

export type PackageKind = 'go-module' | 'go-stdlib' | 'apk' | 'dpkg'

/** One installed package or linked module, as an analyzer found it. */
export interface Package {
  kind: PackageKind
  /**
   * The OSV ecosystem the database uses for it: `Go`, `Alpine:v3.20`, `Debian:12` (release from the OS
   * release file; the bare `Alpine`/`Debian` when it is unknown).
   */
  ecosystem: string
  /** Module path (`golang.org/x/text`), `stdlib`, or the OS package name. */
  name: string
  /** As the ecosystem spells it: Go `v1.2.3` (stdlib `v1.22.3` from `go1.22.3`), dpkg `1:2.3-4`, apk `1.2-r3`. */
  version: string
  /** Package URL (purl spec): pkg:golang/..., pkg:apk/alpine/..., pkg:deb/debian/... */
  purl: string
  /** OS packages: the source package (Debian's database is keyed by it; apk's `o:` origin). */
  source?: { name: string; version: string }
  /** Go modules: the replacement that was actually linked (`=>` in build info). */
  replace?: { path: string; version?: string }
  /**
   * Go modules with a replacement: the module the build info requires. For a module replacement `name`
   * and `version` are the linked module's (how govulncheck and Trivy match them); for a directory
   * replacement `name` stays the required path and `version` is empty (local code has no version).
   */
  replaces?: { path: string; version: string }
  /** Go: the main module of the binary it came from. */
  main?: boolean
  /** Licenses the package database declares (apk `L:`, dpkg copyright is not read). */
  licenses?: string[]
  /** Every place it was found (the same module in four platform binaries is one package, four locations). */
  locations: Location[]
}

/** A Go executable found in an image or a path, with what its build info says. */
export interface GoBinary {
  location: Location
  goVersion: string
  /** The main package path and module path (`path` and `mod` lines of the build info). */
  path?: string
  mainModule?: string
  /** GOOS/GOARCH/... from the build settings, when recorded. */
  settings: Record<string, string>
}

export interface Inventory {
  packages: Package[]
  binaries: GoBinary[]
  /** The OS the image's package databases belong to (from etc/os-release). */
  os?: { family: string; version: string; name?: string }
  /** What was scanned: image refs with digests per platform, and paths. */
  targets: { kind: 'image' | 'path'; name: string; digest?: string; platform?: string }[]
  /** Files skipped and why (too large, unreadable, not an executable): reported, never fatal. */
  notes: string[]
}

export type FindingClass = 'vulnerability' | 'misconfig' | 'secret'

/** One result after aliases are collapsed: the same GO-/GHSA-/CVE- entries for one package are one finding. */
export interface Finding {
  class: FindingClass
  /** The primary id: GO-2021-0113, CVE-..., a rule id (GANTRY-DF-001), a secret rule id. */
  id: string
  aliases: string[]
  severity: Severity
  /** CVSS base score when one was computed; SARIF's security-severity. */
  score?: number
  /** The vector the score came from (`CVSS:3.1/AV:N/...`). */
  vector?: string
  title: string
  description?: string
  /** Vulnerabilities: the affected package and versions. */
  package?: { name: string; ecosystem: string; version: string; purl: string; kind: PackageKind }
  installed?: string
  /** Versions that fix it (lowest first); empty when there is no fix. */
  fixed?: string[]
  /** Go: the vulnerable packages and symbols the record names. */
  goPackages?: { path: string; symbols: string[] }[]
  /** Misconfig and secret: the one-line fix; a secret's match is redacted before it gets here. */
  fix?: string
  /**
   * Secret (and a secret in a Dockerfile ENV/ARG): what matched, masked (`ghp_*****…3f9a`, `*****`). Never the
   * secret itself: reporters may print it as is.
   */
  match?: string
  locations: Location[]
  references?: string[]
}
