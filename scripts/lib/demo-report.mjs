// The demo's closing lines for one example: where gantry release put everything (binaries, archives,
// checksums, the OCI layout and its tags, the scan report, the version and git tag, what was pushed), read
// from the outputs `gantry release` printed as JSON and from the layout's index.json.
//
//   node scripts/lib/demo-report.mjs <release-outputs.json> <example dir> <db description>

import { readFileSync } from 'node:fs'
import path from 'node:path'

const [outputsFile, dir, dbNote] = process.argv.slice(2)
const o = JSON.parse(readFileSync(outputsFile, 'utf8'))
const rel = p => (p ? path.relative(dir, p) || '.' : '')
// Inside the example's folder: relative to it; elsewhere (gantry's temp files): relative to where the demo runs.
const at = p => {
  const r = rel(p)
  return r.startsWith('..') ? path.relative(process.cwd(), p) : r
}
const size = n => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`)

const artifacts = o.artifacts.artifacts
const dist = o.dist
const binaries = artifacts.filter(a => a.kind === 'binary')
const archives = new Map(artifacts.filter(a => a.kind === 'archive').map(a => [a.platform, a]))
const checksums = artifacts.find(a => a.kind === 'checksums')

const lines = []
const row = (label, text) => lines.push(`${label.padEnd(11)} ${text}`)
row(
  'version',
  `${o.version} (previous ${o['previous-version'] || 'none'}); git tag ${o.tag} ${o['tag-created'] === 'true' ? "created and pushed to the copy's origin" : 'not created'}`
)
row('binaries', `${binaries.length} in ${at(dist)}/, archives and checksums beside them:`)
const w = Math.max(...binaries.map(b => b.platform.length))
for (const b of binaries) {
  const a = archives.get(b.platform)
  lines.push(
    `              ${b.platform.padEnd(w)}  ${at(path.join(dist, b.path))} (${size(b.size)})${a ? `  ${at(path.join(dist, a.path))}` : ''}`
  )
}
if (checksums) row('checksums', at(path.join(dist, checksums.path)))
if (o['oci-layout']) {
  const layout = o['oci-layout']
  const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8'))
  const names = [
    ...new Set(index.manifests.map(m => m.annotations?.['org.opencontainers.image.ref.name']).filter(Boolean))
  ]
  row('OCI layout', `${at(layout)}/  (index ${o.digest})`)
  for (const [platform, digest] of Object.entries(o.platforms))
    lines.push(`              ${platform.padEnd(w)}  ${digest}`)
  row('image tags', `${names.join(', ')} (ref names in ${at(path.join(layout, 'index.json'))})`)
}
const c = o.counts
row(
  'scan',
  `${o.findings} finding(s) (CRITICAL ${c.CRITICAL}, HIGH ${c.HIGH}, MEDIUM ${c.MEDIUM}, LOW ${c.LOW}, UNKNOWN ${c.UNKNOWN}), database: ${dbNote}`
)
lines.push(
  `              report ${at(o.report)}`,
  `              SARIF  ${at(o.sarif)}`,
  `              SBOM   ${at(o.sbom)}`
)
if (o.pushed === 'true') {
  const refs = o.refs.split('\n').filter(Boolean)
  const repos = [...new Set(refs.map(r => r.slice(0, r.lastIndexOf(':', r.indexOf('@')))))]
  row('pushed', `${repos.join(', ')}@${o.digest}, by digest, then ${refs.length} tags`)
} else row('pushed', 'nothing (scripts/demo.sh --push pushes to a local registry)')
console.log(lines.join('\n'))
