// Writes examples/vulndb/osv: the small offline vulnerability database the demo scans with when the full
// snapshot (../shared/vulndb/osv) is not beside the checkout. It keeps the records of Go's vulnerability
// database that can concern examples/: the standard library and toolchain at the Go versions the examples
// can be built with (their go.mod `go` line or later), and every module they require. The records are
// copied byte for byte (CC-BY-4.0, attribution in examples/vulndb/README.md).
//
//   node scripts/demo-vulndb.mjs /path/to/vulndb [out]   (the folder holding osv/, LICENSE and SOURCE-COMMIT;
//                                                        out: another folder than examples/vulndb)

import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const src = process.argv[2]
if (!src) {
  console.error('usage: node scripts/demo-vulndb.mjs /path/to/vulndb [out]')
  process.exit(2)
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = process.argv[3] ? path.resolve(process.argv[3]) : path.join(root, 'examples/vulndb')

// The examples' lowest Go version and the modules they require, from their go.mod files.
let minMinor = Infinity
const modules = new Set()
for (const ex of readdirSync(path.join(root, 'examples'))) {
  let text
  try {
    text = readFileSync(path.join(root, 'examples', ex, 'go.mod'), 'utf8')
  } catch {
    continue
  }
  const go = /^go 1\.(\d+)/m.exec(text)
  if (go) minMinor = Math.min(minMinor, Number(go[1]))
  for (const m of text.matchAll(/^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]+\/\S+)\s+v\S+/gm)) modules.add(m[1])
}
if (!Number.isFinite(minMinor)) throw new Error('no go line in examples/*/go.mod')

// A Go release line 1.N reaches at or past the examples' go line when the range is still open there.
const minorOf = v => Number(/^1\.(\d+)/.exec(v)?.[1] ?? 0)
function reachesExamplesGo(ranges) {
  for (const r of ranges ?? []) {
    let open = false
    for (const e of r.events ?? []) {
      if (e.introduced !== undefined) open = true
      if (e.fixed !== undefined) {
        if (minorOf(e.fixed) >= minMinor) return true
        open = false
      }
      if (e.last_affected !== undefined && minorOf(e.last_affected) >= minMinor) return true
    }
    if (open) return true
  }
  return false
}

const keep = []
for (const f of readdirSync(path.join(src, 'osv')).sort()) {
  if (!f.endsWith('.json')) continue
  const rec = JSON.parse(readFileSync(path.join(src, 'osv', f), 'utf8'))
  const hit = (rec.affected ?? []).some(a => {
    const name = a.package?.name
    if (name === 'stdlib' || name === 'toolchain') return reachesExamplesGo(a.ranges)
    return modules.has(name)
  })
  if (hit) keep.push(f)
}

rmSync(path.join(out, 'osv'), { recursive: true, force: true })
mkdirSync(path.join(out, 'osv'), { recursive: true })
for (const f of keep) copyFileSync(path.join(src, 'osv', f), path.join(out, 'osv', f))
copyFileSync(path.join(src, 'LICENSE'), path.join(out, 'LICENSE'))
writeFileSync(path.join(out, 'SOURCE-COMMIT'), readFileSync(path.join(src, 'SOURCE-COMMIT'), 'utf8'))
console.log(
  `${path.relative(root, out).startsWith('..') ? out : path.relative(root, out)}/osv: ${keep.length} records (stdlib and toolchain at go 1.${minMinor} or later; modules: ${[...modules].sort().join(', ') || 'none'})`
)
