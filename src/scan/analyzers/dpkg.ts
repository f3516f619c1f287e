// Debian's package database: var/lib/dpkg/status (paragraphs of `Field: value` lines, continuation lines
// start with a space, a blank line between paragraphs) and the per-package files distroless images keep in
// var/lib/dpkg/status.d/ instead. Only installed packages count: `Status: install ok installed` in the main
// file; status.d files often carry no Status, and then the package is installed by being there.

import type { Location, Package } from '../model.js'
import { debPurl } from '../purl.js'
import { osEcosystem, type OsRelease } from './os-release.js'

export interface DpkgRecord {
  name: string
  version: string
  arch?: string
  /** The source package and its version (`Source: glibc (2.36-9)`; the binary's own when absent). */
  source: { name: string; version: string }
}

export function parseDpkgStatus(text: string, opts: { statusRequired: boolean }): DpkgRecord[] {
  const out: DpkgRecord[] = []
  for (const para of text.split(/\n[ \t]*\n/)) {
    const fields = new Map<string, string>()
    for (const line of para.split('\n')) {
      if (/^[ \t]/.test(line)) continue // continuation lines belong to fields the inventory does not read
      const colon = line.indexOf(':')
      if (colon <= 0) continue
      fields.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
    }
    const name = fields.get('package')
    const version = fields.get('version')
    if (!name || !version) continue
    const status = fields.get('status')
    if (status !== undefined ? status.split(/\s+/)[2] !== 'installed' : opts.statusRequired) continue
    // `Source: name` or `Source: name (version)`; a binary rebuilt from an older source names its version.
    const m = /^(\S+)(?:\s+\((\S+)\))?$/.exec(fields.get('source') ?? '')
    const arch = fields.get('architecture')
    out.push({
      name,
      version,
      ...(arch ? { arch } : {}),
      source: { name: m?.[1] ?? name, version: m?.[2] ?? version }
    })
  }
  return out
}

export function dpkgPackages(
  records: DpkgRecord[],
  os: OsRelease | undefined,
  location: Location
): Package[] {
  const ecosystem = osEcosystem('dpkg', os)
  const vendor = os?.family ?? 'debian'
  // Debian's VERSION_ID is the major release (`12`): `distro=debian-12`.
  const distro = os?.version ? `${vendor}-${os.version}` : undefined
  return records.map(r => ({
    kind: 'dpkg',
    ecosystem,
    name: r.name,
    version: r.version,
    purl: debPurl(vendor, r.name, r.version, r.arch, distro),
    source: r.source,
    locations: [location]
  }))
}
