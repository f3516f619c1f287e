// Alpine's installed-package database (lib/apk/db/installed): one stanza per package, `K:value` lines, a
// blank line between stanzas. Only the fields the inventory needs are read: P name, V version, A arch,
// o origin (the source package the security database is keyed by) and L license.

import type { Location, Package } from '../model.js'
import { apkPurl } from '../purl.js'
import { osEcosystem, type OsRelease } from './os-release.js'

export interface ApkRecord {
  name: string
  version: string
  arch?: string
  origin?: string
  license?: string
}

export function parseApkInstalled(text: string): ApkRecord[] {
  const out: ApkRecord[] = []
  let cur: Partial<ApkRecord> = {}
  const flush = (): void => {
    if (cur.name && cur.version) out.push(cur as ApkRecord)
    cur = {}
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush()
      continue
    }
    if (line[1] !== ':') continue
    const value = line.slice(2).trim()
    switch (line[0]) {
      case 'P':
        cur.name = value
        break
      case 'V':
        cur.version = value
        break
      case 'A':
        cur.arch = value
        break
      case 'o':
        cur.origin = value
        break
      case 'L':
        cur.license = value
        break
    }
  }
  flush()
  return out
}

export function apkPackages(records: ApkRecord[], os: OsRelease | undefined, location: Location): Package[] {
  const ecosystem = osEcosystem('apk', os)
  const distro = os?.version || undefined
  return records.map(r => ({
    kind: 'apk',
    ecosystem,
    name: r.name,
    version: r.version,
    purl: apkPurl(r.name, r.version, r.arch, distro),
    source: { name: r.origin ?? r.name, version: r.version },
    ...(r.license ? { licenses: [r.license] } : {}),
    locations: [location]
  }))
}
