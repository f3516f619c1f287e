// The comparison half of the scan parity driver: reads gantry's json reports, Trivy's CycloneDX (inventory)
// and json (findings) reports and osv-scanner's json reports for each image, reduces each to keys, and
// explains every key one tool has and another lacks. A difference without a reason is a failure.
//   inventory key: `<type> <name>@<version> in <binary path>` (type go, apk or deb; the path for Go only)
//   finding key:   `<package> in <binary path> <id>`, the id being the alias group's GO- id (else its CVE)

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { OsRecordSpec } from './parity-scan-records.js'

interface OsvLike {
  id: string
  aliases?: string[]
  upstream?: string[]
  withdrawn?: string
  affected?: {
    package?: { ecosystem: string; name: string }
    versions?: string[]
    ecosystem_specific?: { imports?: { path: string; goos?: string[]; goarch?: string[] }[] }
  }[]
}

// --- ids --------------------------------------------------------------------------------------------------

/** Alias groups over every record the tools were given: any id → the group's GO- id, else its CVE. */
class Ids {
  private parent = new Map<string, string>()
  readonly records = new Map<string, OsvLike>()

  constructor(records: OsvLike[]) {
    for (const r of records) {
      this.records.set(r.id, r)
      for (const a of [...(r.aliases ?? []), ...(r.upstream ?? [])]) this.union(r.id, a)
    }
  }

  private find(x: string): string {
    let root = x
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!
    return root
  }

  private union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra === rb) return
    const rank = (id: string): string =>
      id.startsWith('GO-') ? `0${id}` : id.startsWith('CVE-') ? `1${id}` : `2${id}`
    if (rank(ra) < rank(rb)) this.parent.set(rb, ra)
    else this.parent.set(ra, rb)
  }

  canon(id: string): string {
    return this.find(id)
  }
}

// --- the reports, as keys ---------------------------------------------------------------------------------

interface Keys {
  inventory: Set<string>
  findings: Set<string>
  /** finding key → the fixed versions the report offers (without a leading `v`), sorted. */
  fixed: Map<string, string[]>
}

const fixList = (xs: string[]): string[] =>
  xs
    .map(x => x.trim().replace(/^v/, ''))
    .filter(Boolean)
    .sort()

const goWhere = (p: string): string => ` in ${p.replace(/^\/+/, '')}`

function gantryKeys(file: string, ids: Ids): Keys {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    packages: { kind: string; name: string; version: string; locations: { path: string }[] }[]
    findings: {
      class: string
      id: string
      fixed?: string[]
      package?: { name: string; kind: string }
      locations: { path: string }[]
    }[]
  }
  const inventory = new Set<string>()
  for (const p of report.packages) {
    const type = p.kind.startsWith('go') ? 'go' : p.kind === 'apk' ? 'apk' : 'deb'
    if (type === 'go')
      for (const l of p.locations) inventory.add(`go ${p.name}@${p.version}${goWhere(l.path)}`)
    else inventory.add(`${type} ${p.name}@${p.version}`)
  }
  const findings = new Set<string>()
  const fixed = new Map<string, string[]>()
  for (const f of report.findings) {
    if (f.class !== 'vulnerability' || !f.package) continue
    const go = f.package.kind.startsWith('go')
    for (const l of go ? f.locations : [{ path: '' }]) {
      const key = `${f.package.name}${go ? goWhere(l.path) : ''} ${ids.canon(f.id)}`
      findings.add(key)
      fixed.set(key, fixList(f.fixed ?? []))
    }
  }
  return { inventory, findings, fixed }
}

interface CdxComponent {
  'bom-ref': string
  type: string
  name: string
  version?: string
  purl?: string
}

function trivyKeys(cdxFile: string, jsonFile: string, ids: Ids): Keys {
  const cdx = JSON.parse(readFileSync(cdxFile, 'utf8')) as {
    components?: CdxComponent[]
    dependencies?: { ref: string; dependsOn?: string[] }[]
  }
  // A Go module belongs to the binary (an `application` component) that depends on it, through the main
  // module: application -> main module -> dependencies.
  const deps = new Map((cdx.dependencies ?? []).map(d => [d.ref, d.dependsOn ?? []]))
  const binaryOf = new Map<string, string[]>()
  for (const app of (cdx.components ?? []).filter(c => c.type === 'application')) {
    const seen = new Set<string>()
    const walk = (ref: string): void => {
      for (const dep of deps.get(ref) ?? []) {
        if (seen.has(dep)) continue
        seen.add(dep)
        binaryOf.set(dep, [...(binaryOf.get(dep) ?? []), app.name])
        walk(dep)
      }
    }
    walk(app['bom-ref'])
  }
  const inventory = new Set<string>()
  for (const c of cdx.components ?? []) {
    const type = c.purl?.startsWith('pkg:golang/')
      ? 'go'
      : c.purl?.startsWith('pkg:apk/')
        ? 'apk'
        : c.purl?.startsWith('pkg:deb/')
          ? 'deb'
          : undefined
    if (!type) continue
    if (type === 'go')
      for (const bin of binaryOf.get(c['bom-ref']) ?? ['?'])
        inventory.add(`go ${c.name}@${c.version ?? ''}${goWhere(bin)}`)
    else inventory.add(`${type} ${c.name}@${c.version ?? ''}`)
  }
  const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
    Results?: {
      Target: string
      Class: string
      Vulnerabilities?: { VulnerabilityID: string; PkgName: string; FixedVersion?: string }[]
    }[]
  }
  const findings = new Set<string>()
  const fixed = new Map<string, string[]>()
  for (const r of report.Results ?? [])
    for (const v of r.Vulnerabilities ?? []) {
      const key = `${v.PkgName}${r.Class === 'lang-pkgs' ? goWhere(r.Target) : ''} ${ids.canon(v.VulnerabilityID)}`
      findings.add(key)
      fixed.set(key, fixList((v.FixedVersion ?? '').split(',')))
    }
  return { inventory, findings, fixed }
}

function osvScannerFindings(file: string, ids: Ids): Set<string> {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    results?: {
      source: { path: string; type: string }
      packages?: {
        package: { name: string; os_package_name?: string }
        vulnerabilities?: { id: string }[]
      }[]
    }[]
  }
  const findings = new Set<string>()
  for (const r of report.results ?? [])
    for (const p of r.packages ?? [])
      for (const v of p.vulnerabilities ?? []) {
        const go = r.source.type !== 'os'
        const name = p.package.os_package_name ?? p.package.name
        findings.add(`${name}${go ? goWhere(r.source.path) : ''} ${ids.canon(v.id)}`)
      }
  return findings
}

// --- reasons ----------------------------------------------------------------------------------------------

interface Context {
  ids: Ids
  records: OsRecordSpec[]
  /** dpkg binary package → its binary and source versions, from gantry's inventory. */
  dpkg: Map<string, { version: string; source: string }>
  /** `module in path` → version, from gantry's inventory. */
  goVersions: Map<string, string>
}

const findingParts = (key: string): { pkg: string; where: string; id: string } => {
  const m = /^(\S+)(?: in (\S+))? (\S+)$/.exec(key)
  return { pkg: m?.[1] ?? key, where: m?.[2] ?? '', id: m?.[3] ?? '' }
}

/** Does the Go record name this module only with imports for other platforms than linux/amd64 (the images')? */
function otherPlatformOnly(ctx: Context, id: string, pkg: string): string | undefined {
  const a = ctx.ids.records.get(id)?.affected?.find(x => x.package?.name === pkg)
  const imports = a?.ecosystem_specific?.imports ?? []
  const other = (i: { goos?: string[]; goarch?: string[] }): boolean =>
    !!(i.goos?.length && !i.goos.includes('linux')) || !!(i.goarch?.length && !i.goarch.includes('amd64'))
  if (!imports.length || !imports.every(other)) return undefined
  return [...new Set(imports.flatMap(i => [...(i.goos ?? []), ...(i.goarch ?? [])]))].join(', ')
}

/** A Go record whose ranges for this module have no end (`introduced: 0` alone): every version is affected. */
function openEnded(ctx: Context, id: string, pkg: string): boolean {
  const a = ctx.ids.records.get(id)?.affected?.find(x => x.package?.name === pkg)
  const events =
    (a as { ranges?: { events: Record<string, string>[] }[] } | undefined)?.ranges?.flatMap(r => r.events) ??
    []
  return events.length > 0 && events.every(e => e.introduced === '0')
}

/** Why a finding only one side has is expected, or undefined. `only`: which side has it. */
function findingReason(
  ctx: Context,
  tool: 'Trivy' | 'osv-scanner',
  only: 'gantry' | 'tool',
  key: string
): string | undefined {
  const { pkg, where, id } = findingParts(key)
  if (only === 'gantry' && IMAGE_FACTS.hardLinks.includes(where)) return HARD_LINK
  if (otherPlatformOnly(ctx, id, pkg) && only === 'tool')
    return `the record names the module only in imports for other platforms (\`goos\`/\`goarch\`: windows, ppc64le): gantry, like govulncheck, does not apply it to a linux/amd64 binary; ${tool} ignores the imports' platforms`
  if (
    tool === 'Trivy' &&
    only === 'gantry' &&
    openEnded(ctx, id, pkg) &&
    /^v0\.0\.0-\d{14}-/.test(ctx.goVersions.get(key.split(' ').slice(0, -1).join(' ')) ?? '')
  )
    return 'the record affects every version (introduced 0, no fix); Trivy turns that into the constraint `>=0`, which under its SemVer prerelease rule does not match a pseudo-version (v0.0.0-2020…)'
  const spec = ctx.records.find(r => r.cve === id)
  if (tool === 'Trivy' && only === 'gantry') {
    if (pkg !== 'stdlib' && !pkg.startsWith('golang.org/x/') && pkg.includes('.') && !spec)
      return 'third-party Go module: trivy-db keeps only stdlib and golang.org/x/* from Go’s database (its govulndb source) and takes other modules from GHSA, which an offline build from shared/vulndb lacks'
    if (spec?.versions)
      return 'the record lists explicit versions, which the Debian tracker format (Trivy’s input) cannot express'
  }
  const bin = ctx.dpkg.get(pkg)
  if (tool === 'osv-scanner' && only === 'gantry' && spec && bin && bin.version !== bin.source)
    return 'osv-scanner compares the binary package’s version (here with an epoch or a binNMU suffix its source lacks) with Debian ranges, which are source versions; gantry and Trivy use the source version'
  return undefined
}

/** Facts about the images (bench/parity-scan-core.ts builds them so) the reasons below rely on. */
export const IMAGE_FACTS = {
  /** Hard links to a Go binary in the same layer. */
  hardLinks: ['bin/vulnapp-link'],
  /** Binaries built with -trimpath and -X main.version=1.4.2 (not stripped). */
  trimpathVersioned: ['bin/replaced']
}

const HARD_LINK =
  'a hard link is the same file at a second path: gantry reports the binary at both paths (one finding, one location per path); Trivy and osv-scanner read regular-file entries only'

const invParts = (key: string): { id: string; version: string } => {
  const m = /^(\S+) (\S+)@(\S*)( in \S+)?$/.exec(key)
  return { id: m ? `${m[1]} ${m[2]}${m[4] ?? ''}` : key, version: m?.[3] ?? '' }
}

function inventoryReason(key: string, only: 'gantry' | 'Trivy', other: string[]): string | undefined {
  if (only === 'Trivy' && key.startsWith('deb libbar-half@'))
    return '`Status: install ok half-configured`: dpkg does not count it as installed (configuration failed); Trivy lists every package not `not-installed`/`config-files`, gantry and osv-scanner only `installed` ones'
  if (only === 'gantry' && IMAGE_FACTS.hardLinks.some(p => key.endsWith(` in ${p}`))) return HARD_LINK
  // The same module at the same path with another version on the other side.
  const { id, version } = invParts(key)
  const twin = other.map(invParts).find(o => o.id === id)
  if (!twin) return undefined
  const [g, t] = only === 'gantry' ? [version, twin.version] : [twin.version, version]
  if (g === `v${t}`)
    return 'the main module’s version from `-X main.version=1.4.2`: gantry spells Go module versions with their `v`, as the build info and pkg:golang purls do; Trivy keeps the flag’s text'
  if (g === '' && t && IMAGE_FACTS.trimpathVersioned.some(p => id.endsWith(` in ${p}`)))
    return 'a -trimpath build keeps -ldflags out of the build info: Trivy reads `main.version` from the ELF symbol table, gantry from the build info only (an empty version, as docs/scan-json.md says; stripped binaries — gantry’s and goreleaser’s `-s -w` defaults — have no symbol table for either)'
  return undefined
}

// --- the comparison ---------------------------------------------------------------------------------------

interface Diff {
  image: string
  what: string
  key: string
  reason?: string
}

const minus = (a: Set<string>, b: Set<string>): string[] => [...a].filter(x => !b.has(x)).sort()

function loadIds(work: string): Ids {
  const records: OsvLike[] = []
  for (const dir of [path.join(work, 'trivy-src/govulndb/data/osv'), path.join(work, 'db/gantry')])
    for (const f of readdirSync(dir).filter(f => f.endsWith('.json')))
      records.push(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as OsvLike)
  return new Ids(records)
}

function versions(file: string): Pick<Context, 'dpkg' | 'goVersions'> {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    packages: {
      kind: string
      name: string
      version: string
      source?: { version: string }
      locations: { path: string }[]
    }[]
  }
  const dpkg: Context['dpkg'] = new Map()
  const goVersions: Context['goVersions'] = new Map()
  for (const p of report.packages) {
    if (p.kind === 'dpkg') dpkg.set(p.name, { version: p.version, source: p.source?.version ?? p.version })
    if (p.kind.startsWith('go'))
      for (const l of p.locations) goVersions.set(`${p.name}${goWhere(l.path)}`, p.version)
  }
  return { dpkg, goVersions }
}

/** The OS records' intended outcome against gantry's findings (a record that matched where it should not, or
 * did not where it should, is a gantry bug). */
function checkRecords(work: string, images: string[], records: OsRecordSpec[]): Diff[] {
  const found = new Set<string>()
  for (const image of images) {
    const report = JSON.parse(readFileSync(path.join(work, `gantry-${image}.json`), 'utf8')) as {
      findings: { id: string; aliases?: string[] }[]
    }
    for (const f of report.findings) for (const id of [f.id, ...(f.aliases ?? [])]) found.add(id)
  }
  return records
    .filter(r => found.has(r.id) !== r.affected)
    .map(r => ({
      image: '(records)',
      what: 'OS record',
      key: `${r.id}: ${r.affected ? 'not reported' : 'reported'}, written to be ${r.affected ? 'affected' : 'not affected'} (${r.why})`
    }))
}

export function compare(work: string, md: string, images: string[], records: OsRecordSpec[]): number {
  const ids = loadIds(work)
  const diffs: Diff[] = []
  const rows: string[] = []
  const totals = { inv: [0, 0, 0], osv: [0, 0, 0], trivy: [0, 0, 0], fixed: [0, 0] }
  for (const image of images) {
    const g = gantryKeys(path.join(work, `gantry-${image}.json`), ids)
    const t = trivyKeys(
      path.join(work, `trivy-${image}.cdx.json`),
      path.join(work, `trivy-${image}.json`),
      ids
    )
    const o = osvScannerFindings(path.join(work, `osv-${image}.json`), ids)
    const ctx: Context = { ids, records, ...versions(path.join(work, `gantry-${image}.json`)) }
    const add = (what: string, keys: string[], reason: (k: string) => string | undefined): void => {
      for (const key of keys) diffs.push({ image, what, key, reason: reason(key) })
    }
    const invG = minus(g.inventory, t.inventory)
    const invT = minus(t.inventory, g.inventory)
    add('inventory, gantry only (vs Trivy)', invG, k => inventoryReason(k, 'gantry', invT))
    add('inventory, Trivy only', invT, k => inventoryReason(k, 'Trivy', invG))
    const fo = [minus(g.findings, o), minus(o, g.findings)]
    add('findings, gantry only (vs osv-scanner)', fo[0], k => findingReason(ctx, 'osv-scanner', 'gantry', k))
    add('findings, osv-scanner only', fo[1], k => findingReason(ctx, 'osv-scanner', 'tool', k))
    const ft = [minus(g.findings, t.findings), minus(t.findings, g.findings)]
    add('findings, gantry only (vs Trivy)', ft[0], k => findingReason(ctx, 'Trivy', 'gantry', k))
    add('findings, Trivy only', ft[1], k => findingReason(ctx, 'Trivy', 'tool', k))
    // Fixed versions of the findings both have: Trivy lists the fix of every range of a record, gantry the
    // fixes above the installed version (what an upgrade can reach).
    for (const key of [...g.findings].filter(k => t.findings.has(k))) {
      const [gf, tf] = [g.fixed.get(key) ?? [], t.fixed.get(key) ?? []]
      totals.fixed[0]++
      if (gf.join() === tf.join()) continue
      const below = tf.filter(v => !gf.includes(v))
      const reason =
        gf.every(v => tf.includes(v)) && ctx.goVersions.has(key.split(' ').slice(0, -1).join(' '))
          ? 'Trivy lists the fixed version of every range of the record, also those below the installed version; gantry only the fixes above it (what an upgrade can reach)'
          : undefined
      totals.fixed[1]++
      diffs.push({
        image,
        what: 'fixed versions',
        key: `${key}: gantry ${gf.join(', ') || '-'}, Trivy ${tf.join(', ') || '-'} (extra: ${below.join(', ')})`,
        reason
      })
    }
    const both = (a: Set<string>, b: Set<string>): number => [...a].filter(x => b.has(x)).length
    const inv = [both(g.inventory, t.inventory), invG.length, invT.length]
    const osv = [both(g.findings, o), fo[0].length, fo[1].length]
    const trv = [both(g.findings, t.findings), ft[0].length, ft[1].length]
    inv.forEach((n, i) => (totals.inv[i] += n))
    osv.forEach((n, i) => (totals.osv[i] += n))
    trv.forEach((n, i) => (totals.trivy[i] += n))
    rows.push(
      `| ${image} | ${g.inventory.size} | ${inv.join(' / ')} | ${g.findings.size} | ${osv.join(' / ')} | ${trv.join(' / ')} |`
    )
  }
  diffs.push(...checkRecords(work, images, records))
  const t = totals
  rows.push(
    `| **all** | | **${t.inv.join(' / ')}** | | **${t.osv.join(' / ')}** | **${t.trivy.join(' / ')}** |`
  )
  const unexplained = diffs.filter(d => !d.reason)
  const byReason = new Map<string, Diff[]>()
  for (const d of diffs.filter(d => d.reason))
    byReason.set(d.reason!, [...(byReason.get(d.reason!) ?? []), d])
  const text = [
    'Counts are keys: an inventory key is `type name@version` (Go: per binary path); a finding key is `package (Go: binary path) id`, ids folded into their alias group (GO- id, else CVE). Cells: **same / gantry only / the other tool only**.',
    '',
    '| image | gantry packages | inventory vs Trivy CycloneDX | gantry findings | findings vs osv-scanner | findings vs Trivy |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Fixed versions of the ${t.fixed[0]} findings gantry and Trivy share: ${t.fixed[0] - t.fixed[1]} the same, ${t.fixed[1]} different (below).`,
    '',
    `OS records written for the images (${records.length}): ${records.length - diffs.filter(d => d.what === 'OS record').length} behave in gantry as written (affected or not).`,
    '',
    `**Every difference, by reason** (${diffs.length - unexplained.length} explained, ${unexplained.length} unexplained):`,
    '',
    ...[...byReason].map(
      ([reason, ds]) =>
        `- ${reason}. **${ds.length}**: ${ds
          .map(d => `${d.image}: ${d.what.replace(/^findings, |^inventory, /, '')} \`${d.key}\``)
          .slice(0, 4)
          .join('; ')}${ds.length > 4 ? `; … (${ds.length - 4} more)` : ''}`
    ),
    ...(unexplained.length
      ? ['', '**Unexplained:**', '', ...unexplained.map(d => `- ${d.image}: ${d.what}: \`${d.key}\``)]
      : [])
  ].join('\n')
  console.log(text)
  writeFileSync(md, `${text}\n`)
  return unexplained.length ? 1 : 0
}
