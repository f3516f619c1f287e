// The analyzers every scan runs: OS release files, Alpine's and Debian's package databases, and Go build
// info from executables (found by magic bytes, whatever their name or mode).

import { parseExecutable } from '../executable.js'
import { readGoBuildInfo, type GoBuildInfo } from '../go-buildinfo.js'
import { readText, type FileAnalyzer, type FileCandidate } from './analyzer.js'
import { parseApkInstalled, type ApkRecord } from './apk.js'
import { parseDpkgStatus, type DpkgRecord } from './dpkg.js'
import { parseOsRelease, type OsRelease } from './os-release.js'

/** Where each database lives, in the order they are tried; `usr/` forms cover merged-/usr images. */
export const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'] as const
export const APK_DB_PATHS = ['lib/apk/db/installed', 'usr/lib/apk/db/installed'] as const
export const DPKG_STATUS_PATH = 'var/lib/dpkg/status'
export const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d'

/** Paths the inventory resolves through symlinks; links on the way to them are the only ones kept. */
export const WELL_KNOWN_PATHS: readonly string[] = [
  ...OS_RELEASE_PATHS,
  ...APK_DB_PATHS,
  DPKG_STATUS_PATH,
  DPKG_STATUS_DIR
]

const MiB = 1 << 20

export const osReleaseAnalyzer: FileAnalyzer<OsRelease> = {
  name: 'os-release',
  maxBytes: 64 * 1024,
  wants: f => (OS_RELEASE_PATHS as readonly string[]).includes(f.path),
  analyze: async f => parseOsRelease(await readText(f))
}

export const apkAnalyzer: FileAnalyzer<ApkRecord[]> = {
  name: 'apk',
  maxBytes: 64 * MiB,
  wants: f => (APK_DB_PATHS as readonly string[]).includes(f.path),
  analyze: async f => parseApkInstalled(await readText(f))
}

/** A file directly in status.d; newer distroless images put `<pkg>.md5sums` beside each package file. */
export function isDpkgStatusFile(path: string): boolean {
  if (path === DPKG_STATUS_PATH) return true
  if (!path.startsWith(`${DPKG_STATUS_DIR}/`)) return false
  const name = path.slice(DPKG_STATUS_DIR.length + 1)
  return !name.includes('/') && !name.endsWith('.md5sums') && !name.startsWith('.')
}

export const dpkgAnalyzer: FileAnalyzer<DpkgRecord[]> = {
  name: 'dpkg',
  maxBytes: 64 * MiB,
  wants: f => isDpkgStatusFile(f.path),
  analyze: async f => parseDpkgStatus(await readText(f), { statusRequired: f.path === DPKG_STATUS_PATH })
}

/** ELF, PE (MZ) and thin Mach-O in either byte order; universal binaries and Java classes share 0xcafebabe. */
export function looksExecutable(head: Buffer): boolean {
  if (head.length < 4) return false
  const be = head.readUInt32BE(0)
  return (
    be === 0x7f454c46 ||
    (head[0] === 0x4d && head[1] === 0x5a) ||
    be === 0xfeedface ||
    be === 0xfeedfacf ||
    be === 0xcefaedfe ||
    be === 0xcffaedfe
  )
}

export function goBinaryAnalyzer(maxBytes: number): FileAnalyzer<GoBuildInfo> {
  return {
    name: 'go-binary',
    maxBytes,
    wants: (f: FileCandidate) => looksExecutable(f.head),
    analyze: async f => readGoBuildInfo(f.data, await parseExecutable(f.data))
  }
}
