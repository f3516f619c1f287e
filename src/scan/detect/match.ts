// Matches an inventory's packages against the vulnerability database into findings: which records affect
// each package at its version (OSV evaluation, withdrawn records skipped), Go's platform restrictions
// (`imports[].goos/goarch`, as govulncheck applies them), and one finding per package for each group of
// records that name each other (GO-, GHSA-, CVE- aliases), with severity, fixed versions and Go symbols.

import { byKey } from '../../util/compare.js'
import type { Finding, GoBinary, Inventory, Location, Package } from '../model.js'
import {
  ecosystemFamily,
  ecosystemOrder,
  ecosystemRelease,
  type VersionOrder
} from '../versions/ecosystem.js'
import { goTagToSemver } from '../versions/go.js'
import { goImports, type GoImport, type OsvAffected, type OsvRecord } from '../vulndb/osv.js'
import type { VulnDb } from '../vulndb/vuln-db.js'
import { affectsVersion, fixedAbove } from './affected.js'
import { pickSeverity, type SeverityPick, type SeveritySource } from './severity.js'

/** What a package is matched as: the database key and the version, after replacements and spellings. */
export interface MatchKey {
  ecosystem: string
  name: string
  version: string
}

/**
 * The (ecosystem, name, version) the database is asked about: Go modules by the replacement that was
 * linked (none when a local directory replaced it: its version is unknown), the Go toolchain version in
 * SemVer form, OS packages by their source package (Debian) or origin (Alpine) at the source version.
 */
export function matchKey(pkg: Package): MatchKey | undefined {
  switch (pkg.kind) {
    case 'go-module': {
      if (pkg.replace) {
        if (!pkg.replace.version) return undefined
        return { ecosystem: pkg.ecosystem, name: pkg.replace.path, version: pkg.replace.version }
      }
      return { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version }
    }
    case 'go-stdlib': {
      const version = pkg.version.startsWith('go') ? goTagToSemver(pkg.version) : pkg.version
      return version ? { ecosystem: pkg.ecosystem, name: pkg.name, version } : undefined
    }
    case 'apk':
    case 'dpkg':
      return {
        ecosystem: pkg.ecosystem,
        name: pkg.source?.name || pkg.name,
        version: pkg.source?.version || pkg.version
      }
  }
}

// Alpine releases are spelled `v3.20` by OSV; accept `3.20` from an inventory too.
const sameRelease = (family: string, a: string, b: string): boolean =>
  a === b || (family === 'Alpine' && a.replace(/^v/, '') === b.replace(/^v/, ''))

/** Does an affected entry name this package (same family and name; same release when both say one)? */
function namesPackage(a: OsvAffected, key: MatchKey): boolean {
  if (!a.package || a.package.name !== key.name) return false
  const family = ecosystemFamily(key.ecosystem)
  if (ecosystemFamily(a.package.ecosystem) !== family) return false
  const want = ecosystemRelease(key.ecosystem)
  const have = ecosystemRelease(a.package.ecosystem)
  return want === undefined || have === undefined || sameRelease(family, want, have)
}

/** GOOS/GOARCH of a location: its image platform, else the build settings of the binary found there. */
function platformOf(loc: Location, binaries: readonly GoBinary[]): { goos?: string; goarch?: string } {
  if (loc.platform) {
    const [goos, goarch] = loc.platform.split('/')
    return { goos, goarch }
  }
  const bin = binaries.find(
    b => b.location.path === loc.path && b.location.layer?.digest === loc.layer?.digest
  )
  return { goos: bin?.settings.GOOS, goarch: bin?.settings.GOARCH }
}

// govulncheck's rule: an empty list, or an unknown platform, matches everything.
const fits = (value: string | undefined, list: readonly string[] | undefined): boolean =>
  !value || !list?.length || list.includes(value)

const importFits = (imp: GoImport, p: { goos?: string; goarch?: string }): boolean =>
  fits(p.goos, imp.goos) && fits(p.goarch, imp.goarch)

/** One record that matched a package, with the entries that matched and the locations they apply to. */
interface Hit {
  record: OsvRecord
  affected: OsvAffected[]
  locations: Set<number>
  imports: GoImport[]
}

function hitFor(
  record: OsvRecord,
  pkg: Package,
  key: MatchKey,
  order: VersionOrder,
  binaries: readonly GoBinary[]
): Hit | undefined {
  if (record.withdrawn !== undefined) return undefined
  const matched = (record.affected ?? []).filter(
    a => namesPackage(a, key) && affectsVersion(a, key.version, order)
  )
  if (!matched.length) return undefined
  // A package found nowhere in particular still gets one (platform-less) place to apply to.
  const platforms = pkg.locations.length ? pkg.locations.map(l => platformOf(l, binaries)) : [{}]
  const hit: Hit = { record, affected: matched, locations: new Set(), imports: [] }
  for (const a of matched) {
    const imports = ecosystemFamily(key.ecosystem) === 'Go' ? goImports(a) : []
    platforms.forEach((p, i) => {
      // An entry whose imports all name other platforms does not apply to this binary.
      if (!imports.length || imports.some(imp => importFits(imp, p))) hit.locations.add(i)
    })
    hit.imports.push(...imports.filter(imp => platforms.some(p => importFits(imp, p))))
  }
  return hit.locations.size ? hit : undefined
}

/** Groups of hits whose ids and aliases connect (union-find over ids). */
function aliasGroups(hits: Hit[]): Hit[][] {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up
    parent.set(x, root)
    return root
  }
  for (const h of hits)
    for (const alias of h.record.aliases ?? []) {
      const [a, b] = [find(h.record.id), find(alias)].sort()
      if (a !== b) parent.set(b, a)
    }
  const groups = new Map<string, Hit[]>()
  for (const h of hits) {
    const root = find(h.record.id)
    groups.set(root, [...(groups.get(root) ?? []), h])
  }
  return [...groups.values()]
}

// Which id names a finding: the ecosystem's home database first (Go's GO- ids, as govulncheck reports them),
// then GHSA- and CVE- ids (what Trivy users ignore by), then any other, lowest first.
function idRank(id: string, family: string): number {
  if (family === 'Go')
    return id.startsWith('GO-') ? 0 : id.startsWith('GHSA-') ? 1 : id.startsWith('CVE-') ? 2 : 3
  return id.startsWith('CVE-') ? 0 : id.startsWith('GHSA-') ? 1 : 2
}

const byRankThenId = (family: string) =>
  byKey<string>(
    id => idRank(id, family),
    id => id
  )

function firstLine(text: string | undefined): string | undefined {
  const line = text?.trim().split('\n')[0]?.trim()
  if (!line) return undefined
  return line.length > 200 ? `${line.slice(0, 197)}...` : line
}

/** Every id the group's records go by: their ids, aliases, and a single upstream id (DEBIAN-CVE-x → CVE-x). */
function groupIds(group: Hit[]): Set<string> {
  const ids = new Set<string>()
  for (const h of group) {
    ids.add(h.record.id)
    for (const a of h.record.aliases ?? []) ids.add(a)
    if (h.record.upstream?.length === 1) ids.add(h.record.upstream[0])
  }
  return ids
}

/** Severity from the matched records, then from the records their aliases name (a GO- record's GHSA-). */
function groupSeverity(group: Hit[], ids: Set<string>, db: VulnDb): SeverityPick {
  const sources: SeveritySource[] = group.map(h => ({ record: h.record, affected: h.affected }))
  for (const other of ids) {
    const r = db.get(other)
    if (r && !group.some(h => h.record.id === r.id) && r.withdrawn === undefined) sources.push({ record: r })
  }
  return pickSeverity(sources)
}

/** The fixes above the installed version across the group, lowest first, each once. */
function groupFixes(group: Hit[], version: string, order: VersionOrder): string[] {
  const fixed: string[] = []
  for (const h of group)
    for (const a of h.affected)
      for (const f of fixedAbove(a, version, order))
        if (!fixed.some(x => order.valid(x) && order.valid(f) && order.compare(x, f) === 0)) fixed.push(f)
  return fixed.sort((a, b) => order.compare(a, b))
}

/** Go's vulnerable packages and symbols across the group, by path. */
function groupGoPackages(group: Hit[]): { path: string; symbols: string[] }[] {
  const symbols = new Map<string, Set<string>>()
  for (const h of group)
    for (const imp of h.imports) {
      const set = symbols.get(imp.path) ?? new Set<string>()
      for (const s of imp.symbols ?? []) set.add(s)
      symbols.set(imp.path, set)
    }
  return [...symbols]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, set]) => ({ path, symbols: [...set].sort() }))
}

/** Reference URLs, the lead record's first, each once. */
function groupReferences(lead: OsvRecord, group: Hit[]): string[] {
  const references: string[] = []
  for (const r of [lead, ...group.map(h => h.record).filter(r => r !== lead)])
    for (const ref of r.references ?? []) if (!references.includes(ref.url)) references.push(ref.url)
  return references
}

// Go versions are written with their `v` (as the build info has them); OSV records leave it out.
const goSpelling = (v: string): string => (v.startsWith('v') ? v : `v${v}`)

function finding(pkg: Package, key: MatchKey, order: VersionOrder, group: Hit[], db: VulnDb): Finding {
  const family = ecosystemFamily(key.ecosystem)
  const ids = groupIds(group)
  const sorted = [...ids].sort(byRankThenId(family))
  const id = sorted[0]
  const lead = [...group].sort(
    byKey(
      h => idRank(h.record.id, family),
      h => h.record.id
    )
  )[0].record
  const sev = groupSeverity(group, ids, db)
  const spell = family === 'Go' ? goSpelling : (v: string): string => v
  const at = new Set(group.flatMap(h => [...h.locations]))
  const title =
    lead.summary?.trim() ||
    group.map(h => h.record.summary?.trim()).find(Boolean) ||
    firstLine(lead.details) ||
    id
  return {
    class: 'vulnerability',
    id,
    aliases: sorted.slice(1).sort(),
    severity: sev.severity,
    ...(sev.score !== undefined ? { score: sev.score } : {}),
    ...(sev.vector !== undefined ? { vector: sev.vector } : {}),
    title,
    ...(lead.details ? { description: lead.details } : {}),
    package: {
      name: pkg.name,
      ecosystem: pkg.ecosystem,
      version: pkg.version,
      purl: pkg.purl,
      kind: pkg.kind
    },
    installed: spell(key.version),
    fixed: groupFixes(group, key.version, order).map(spell),
    ...(family === 'Go' ? { goPackages: groupGoPackages(group) } : {}),
    locations: pkg.locations.filter((_, i) => at.has(i)),
    references: groupReferences(lead, group)
  }
}

/** The findings for some packages; `binaries` lends GOOS/GOARCH to locations without a platform. */
export function matchPackages(
  packages: readonly Package[],
  db: VulnDb,
  binaries: readonly GoBinary[] = []
): Finding[] {
  const out: Finding[] = []
  for (const pkg of packages) {
    const key = matchKey(pkg)
    const order = key && ecosystemOrder(key.ecosystem)
    if (!key || !order || !order.valid(key.version)) continue
    const hits: Hit[] = []
    for (const record of db.lookup(key.ecosystem, key.name)) {
      const hit = hitFor(record, pkg, key, order, binaries)
      if (hit) hits.push(hit)
    }
    for (const group of aliasGroups(hits)) out.push(finding(pkg, key, order, group, db))
  }
  return out.sort(
    byKey(
      f => f.package?.ecosystem ?? '',
      f => f.package?.name ?? '',
      f => f.installed ?? '',
      f => f.id
    )
  )
}

/** The findings for a whole inventory. */
export function matchInventory(inventory: Inventory, db: VulnDb): Finding[] {
  return matchPackages(inventory.packages, db, inventory.binaries)
}
