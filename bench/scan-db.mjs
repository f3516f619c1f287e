// Benchmark of the scan database: the cold load of the Go vulnerability database snapshot (shared/vulndb,
// 4,291 OSV files) in fresh processes, warm reloads, and matching an inventory of ~100 Go modules in four
// platform binaries (a 4-platform image) plus stdlib; the same records as one zip in the OSV export format
// (what `db: auto` reads) too. Prints Markdown tables; the lead's BENCHMARKS.md takes the numbers.
//   node bench/scan-db.mjs [--db PATH] [--runs N] [--processes N] [--modules N]

import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { pipeline } from 'node:stream/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'
import yazl from 'yazl'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const db =
  opt('--db') ??
  [path.resolve(root, '..', 'shared', 'vulndb'), '/work/shared/vulndb'].find(p =>
    existsSync(path.join(p, 'osv'))
  )
if (!db) throw new Error('no vulndb snapshot found; pass --db PATH')
const runs = Number(opt('--runs', 5))
const processes = Number(opt('--processes', 5))
const modules = Number(opt('--modules', 100))

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-scan-db-'))
const { code } = await ncc(path.join(root, 'bench/scan-db-core.ts'), {
  quiet: true,
  minify: false,
  target: 'es2023'
})
const driver = path.join(tmp, 'core.mjs')
writeFileSync(driver, code)

// The snapshot as an OSV export zip (`Go/all.zip` layout: one entry per record, deflated).
const zipPath = path.join(tmp, 'all.zip')
{
  const zip = new yazl.ZipFile()
  const dir = path.join(db, 'osv')
  for (const f of readdirSync(dir).sort())
    zip.addBuffer(readFileSync(path.join(dir, f)), f, { mtime: new Date(0) })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(zipPath))
}

const measure = source => {
  const results = []
  for (let i = 0; i < processes; i++) {
    const start = performance.now()
    const r = spawnSync(process.execPath, [driver, source, String(runs), String(modules)], {
      encoding: 'utf8'
    })
    if (r.status !== 0) throw new Error(r.stderr)
    results.push({ ...JSON.parse(r.stdout), processMs: performance.now() - start })
  }
  return results
}
const folderResults = measure(db)
const zipResults = measure(zipPath)
const zipMiB = (statSync(zipPath).size / 2 ** 20).toFixed(1)
rmSync(tmp, { recursive: true, force: true })

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const f = x => `${Math.round(x)} ms`
const table = (title, results) => {
  const all = key => results.flatMap(r => r[key])
  return [
    `**${title}**`,
    '',
    '| step | median | min | max |',
    '| --- | --- | --- | --- |',
    ...[
      ['cold load (first in a fresh process)', results.map(r => r.coldLoad)],
      ['warm reload (same process)', all('warmLoads')],
      ['warm reload keeping only the inventory’s packages', all('keptLoads')],
      ['first match (cold JIT)', results.map(r => r.firstMatch)],
      ['match (warm)', all('warmMatches')],
      ['whole driver process (node start, bundle, all rounds)', results.map(r => r.processMs)]
    ].map(([name, xs]) => `| ${name} | ${f(median(xs))} | ${f(Math.min(...xs))} | ${f(Math.max(...xs))} |`),
    '',
    `Peak RSS of a driver process: ${Math.max(...results.map(r => r.rssMiB))} MiB.`,
    ''
  ]
}
const r0 = folderResults[0]
if (zipResults[0].findings !== r0.findings) throw new Error('the zip and the folder gave different findings')
console.log(
  [
    `Database: ${db} (${r0.records} records in ${r0.files} files; as a zip ${zipMiB} MiB). Inventory: ${r0.packages}`,
    `Go packages (${r0.packages - 1} modules + stdlib) × 4 platforms = ${r0.locations} locations → ${r0.findings} findings.`,
    `${processes} fresh processes, ${runs} warm rounds each; node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'},`,
    `load average ${os.loadavg()[0].toFixed(1)} (a shared machine: the minimum is the better estimate when the load is high).`,
    '',
    ...table('Folder of OSV JSON (shared/vulndb)', folderResults),
    ...table('The same records as one OSV export zip', zipResults)
  ].join('\n')
)
