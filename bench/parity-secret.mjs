// Parity of gantry's secret scanner with Trivy's (v0.74.0, offline) on a corpus generated here with real-format
// FAKE secrets: a folder, a docker-archive image whose later layer deletes two of the files, and a clean Go
// folder and image (examples/hello built with the local Go). The comparison is bench/parity-secret-core.ts; the
// table goes to BENCHMARKS.md between <!-- parity:secret --> markers.
//   node bench/parity-secret.mjs --trivy <binary> [--no-write] [--keep]   (bench/parity-secret.sh finds trivy)

import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, trivy, writeSection } from './parity-lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const trivyBin = args[args.indexOf('--trivy') + 1]
if (!args.includes('--trivy') || !trivyBin)
  throw new Error('usage: parity-secret.mjs --trivy <binary> [--no-write]')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gantry-parity-secret-'))
try {
  const src = path.join(tmp, 'hello-src')
  cpSync(path.join(root, 'examples/hello'), src, { recursive: true })
  const bin = path.join(tmp, 'hello')
  execFileSync('go', ['build', '-trimpath', '-o', bin, './cmd/hello'], {
    cwd: src,
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
    stdio: 'inherit'
  })
  const core = await bundle(path.join(root, 'bench/parity-secret-core.ts'), path.join(tmp, 'core.mjs'))
  const corpus = path.join(tmp, 'corpus')
  execFileSync(process.execPath, [core, 'corpus', corpus, bin, src], { stdio: 'inherit' })
  const common = [
    '--scanners',
    'secret',
    '--skip-db-update',
    '--skip-check-update',
    '--skip-version-check',
    '--disable-telemetry',
    '--offline-scan',
    '--cache-dir',
    path.join(tmp, 'cache'),
    '--format',
    'json',
    '--quiet'
  ]
  const version = trivy(trivyBin, ['--version']).stdout.split('\n')[0]
  const timings = []
  for (const [out, argv] of [
    ['trivy-fs.json', ['fs', path.join(corpus, 'secrets')]],
    ['trivy-clean-fs.json', ['fs', path.join(corpus, 'clean')]],
    ['trivy-image.json', ['image', '--input', path.join(corpus, 'image.tar')]],
    ['trivy-clean-image.json', ['image', '--input', path.join(corpus, 'clean-image.tar')]]
  ]) {
    const start = performance.now()
    trivy(trivyBin, [...argv, ...common, '--output', path.join(corpus, out)])
    timings.push(
      `${argv[0]} ${path.basename(argv[argv.length - 1])}: ${Math.round(performance.now() - start)} ms`
    )
  }
  const md = path.join(tmp, 'table.md')
  const r = spawnSync(process.execPath, [core, 'compare', corpus, md], { stdio: 'inherit' })
  if (!args.includes('--no-write'))
    writeSection(
      root,
      'parity:secret',
      'scan secrets: gantry vs Trivy',
      `${version} (\`--scanners secret --offline-scan\`, built-in rules) on a corpus of generated fake secrets ` +
        '(bench/parity-secret-core.ts). Written by `bench/parity-secret.sh`.\n\n' +
        readFileSync(md, 'utf8')
    )
  console.log(`\nTrivy run times (with start-up): ${timings.join(', ')}`)
  process.exitCode = r.status ?? 1
} finally {
  if (args.includes('--keep')) console.log(`kept ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
}
