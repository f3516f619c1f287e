// Which files the secret scanner leaves alone, and why: binaries, files over the size cap, and paths that hold
// third-party sources, test fixtures and documentation rather than a project's own configuration. The path
// list follows Trivy's built-in allow rules and skip patterns (pkg/fanal/secret in Trivy v0.74.0), narrowed
// where Trivy's is broader than it needs to be (its `test` rule skips any path containing `/test`).

import { formatBytes } from '../../util/format.js'

/** Files larger than this are skipped with a note: config files and sources are far smaller (Trivy warns at 10 MB). */
export const DEFAULT_MAX_SECRET_FILE_SIZE = 10 * 1024 * 1024

/** Trivy skips files under 10 bytes: nothing a rule matches fits. */
const MIN_SIZE = 10

/** How much of a file's head decides whether it is text (Git and file(1) use similar prefixes). */
export const BINARY_SNIFF_BYTES = 8192

interface PathRule {
  re: RegExp
  why: string
}

// Paths are matched without a leading slash (image paths are root-relative, `paths` inputs workspace-relative).
const SKIP_PATHS: PathRule[] = [
  { re: /(^|\/)\.git\//, why: 'a git directory' },
  { re: /(^|\/)node_modules\//, why: 'third-party Node modules' },
  { re: /(^|\/)vendor\//, why: 'vendored third-party sources' },
  { re: /(^|\/)(go\/pkg\/mod|\.cache\/go-build)\//, why: 'the Go module or build cache' },
  { re: /^usr\/local\/go\//, why: 'the Go toolchain' },
  { re: /^usr\/(share|include|lib)\//, why: 'a system directory' },
  { re: /^usr\/local\/lib\/python[\d.]+\//, why: 'the Python library' },
  { re: /^opt\/yarn-v[\d.]+\//, why: 'the yarn distribution' },
  { re: /^usr\/src\/wordpress\//, why: 'the WordPress distribution' },
  { re: /^var\/log\/anaconda\//, why: 'installer logs' },
  { re: /\.dist-info\//, why: 'Python package metadata' },
  { re: /(^|\/)locales?\//, why: 'translations' },
  { re: /(^|\/)(testdata|tests?|__tests__)\//, why: 'test fixtures' },
  { re: /_test\.go$/, why: 'a Go test file' },
  { re: /\.md$/, why: 'documentation' },
  {
    re: /(^|\/)(go\.mod|go\.sum|go\.work\.sum|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Pipfile\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock)$/,
    why: 'a lock file (hashes, not secrets)'
  },
  {
    re: /\.(jpe?g|png|gif|ico|webp|svg|pdf|docx?|bin|socket|deb|rpm|apk|zip|jar|gz|gzip|tgz|bz2|xz|zst|tar|whl|so|a|o|pyc|wasm)$/i,
    why: 'a binary or archive format'
  }
]

/** Why `path` is skipped before reading it (the path or the size), or undefined to scan it. */
export function secretSkipReason(
  path: string,
  size?: number,
  maxFileSize = DEFAULT_MAX_SECRET_FILE_SIZE
): string | undefined {
  const p = path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '')
  for (const rule of SKIP_PATHS) if (rule.re.test(p)) return rule.why
  if (size !== undefined) {
    if (size > maxFileSize) return `larger than ${formatBytes(maxFileSize)} (${formatBytes(size)})`
    if (size < MIN_SIZE) return 'too small to hold a secret'
  }
  return undefined
}

/**
 * Whether a file's first bytes say it is binary: a NUL byte, or more than 10% control bytes or invalid UTF-8.
 * Random bytes hit a NUL within the first few hundred bytes almost surely (1 - (255/256)^8192 ≈ 1).
 */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, BINARY_SNIFF_BYTES)
  if (!n) return false
  let bad = 0
  for (let i = 0; i < n; i++) {
    const b = head[i]
    if (b === 0) return true
    // Control bytes other than \t \n \v \f \r and ESC (colour codes in logs).
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) bad++
  }
  if (bad * 10 > n) return true
  // Invalid UTF-8: decode and count replacement characters. A sequence cut at the end of the head is allowed.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, n), { stream: true })
  let invalid = 0
  for (const ch of text) if (ch === '\uFFFD') invalid++
  return invalid * 10 > n
}
