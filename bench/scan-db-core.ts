// Benchmark driver for the scan database (bundled by bench/scan-db.mjs): in one fresh process, load the
// vulnerability database in argv[2] (the first load is the cold one), build an inventory of ~100 Go modules
// from it (each at a version some of its records name, so ranges are evaluated both ways) found in four
// platform binaries, plus stdlib, and match it. Prints the durations in ms as JSON.

import { scoreCvss } from '../src/scan/cvss.js'
import { matchPackages } from '../src/scan/detect/match.js'
import type { Location, Package } from '../src/scan/model.js'
import { loadVulnDb } from '../src/scan/vulndb/load.js'
import { inventoryKeys } from '../src/scan/vulndb/open.js'
import { MemoryLogger } from '../src/util/logger.js'

const [dbPath, runsText, modulesText] = process.argv.slice(2)
// The CVSS library is a UMD bundle whose exports bundlers and Node expose differently: fail loudly here, in a
// bundle, if scoring stops working.
if (scoreCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')?.score !== 7.5)
  throw new Error('CVSS scoring is broken in the bundle')
const runs = Number(runsText ?? 5)
const moduleCount = Number(modulesText ?? 100)
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386']
const locations: Location[] = PLATFORMS.map((platform, i) => ({
  path: 'app/server',
  platform,
  layer: { index: 1, digest: `sha256:${String(i).repeat(64)}` }
}))

const ms = (start: number): number => Math.round((performance.now() - start) * 10) / 10

let t = performance.now()
const cold = await loadVulnDb([dbPath], { logger: new MemoryLogger() })
const coldLoad = ms(t)

// The inventory: the first N module paths of the database (by record id), each at the first `fixed`
// version its first record names (vulnerable to later records, fixed for that one), and stdlib v1.21.0.
const packages: Package[] = []
const seen = new Set<string>()
for (const r of cold.db.records()) {
  if (packages.length >= moduleCount) break
  for (const a of r.affected ?? []) {
    const name = a.package?.name
    const fixed = a.ranges?.flatMap(x => x.events).find(e => e.fixed)?.fixed
    if (!name || name === 'stdlib' || name === 'toolchain' || seen.has(name) || !fixed) continue
    seen.add(name)
    const version = `v${fixed}`
    packages.push({
      kind: 'go-module',
      ecosystem: 'Go',
      name,
      version,
      purl: `pkg:golang/${name}@${version}`,
      locations
    })
    break
  }
}
packages.push({
  kind: 'go-stdlib',
  ecosystem: 'Go',
  name: 'stdlib',
  version: 'v1.21.0',
  purl: 'pkg:golang/stdlib@v1.21.0',
  locations
})

t = performance.now()
const first = matchPackages(packages, cold.db)
const firstMatch = ms(t)

const warmLoads: number[] = []
const warmMatches: number[] = []
const keptLoads: number[] = []
let findings = first.length
for (let i = 0; i < runs; i++) {
  t = performance.now()
  const { db } = await loadVulnDb([dbPath], { logger: new MemoryLogger() })
  warmLoads.push(ms(t))
  t = performance.now()
  findings = matchPackages(packages, db).length
  warmMatches.push(ms(t))
  // As the scan stage loads it: only the records for the inventory's packages are kept.
  const keys = inventoryKeys(packages)
  t = performance.now()
  await loadVulnDb([dbPath], { logger: new MemoryLogger(), keep: (f, n) => keys.has(`${f}\u0000${n}`) })
  keptLoads.push(ms(t))
}

process.stdout.write(
  JSON.stringify({
    records: cold.db.size,
    files: cold.stats.files,
    packages: packages.length,
    locations: packages.length * locations.length,
    findings,
    firstFindings: first.length,
    coldLoad,
    firstMatch,
    warmLoads,
    warmMatches,
    keptLoads,
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20)
  }) + '\n'
)
