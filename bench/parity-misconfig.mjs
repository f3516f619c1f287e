// Parity of gantry's Dockerfile rules with Trivy's embedded Dockerfile checks (trivy config, v0.74.0, offline)
// on the seed-style Dockerfiles in __tests__/fixtures/dockerfiles. The comparison is bench/parity-misconfig-core.ts;
// the table goes to BENCHMARKS.md between <!-- parity:misconfig --> markers.
//   node bench/parity-misconfig.mjs --trivy <binary> [--no-write]     (bench/parity-misconfig.sh finds trivy)

import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, trivy, writeSection } from './parity-lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const trivyBin = args[args.indexOf('--trivy') + 1]
if (!args.includes('--trivy') || !trivyBin)
  throw new Error('usage: parity-misconfig.mjs --trivy <binary> [--no-write]')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gantry-parity-misconfig-'))
try {
  const dir = path.join(tmp, 'dockerfiles')
  cpSync(path.join(root, '__tests__/fixtures/dockerfiles'), dir, { recursive: true })
  const report = path.join(tmp, 'trivy.json')
  // `go install` builds report version "dev": the tool cache names the version.
  const version = `Trivy ${path.basename(trivyBin).replace(/^trivy-/, '')}`
  trivy(trivyBin, [
    'config',
    '--skip-check-update',
    '--skip-version-check',
    '--disable-telemetry',
    '--cache-dir',
    path.join(tmp, 'cache'),
    '--format',
    'json',
    '--output',
    report,
    '--quiet',
    dir
  ])
  const core = await bundle(path.join(root, 'bench/parity-misconfig-core.ts'), path.join(tmp, 'core.mjs'))
  const md = path.join(tmp, 'table.md')
  const r = spawnSync(process.execPath, [core, dir, report, md], { stdio: 'inherit' })
  if (!args.includes('--no-write'))
    writeSection(
      root,
      'parity:misconfig',
      'scan misconfig: gantry Dockerfile rules vs Trivy',
      `${version} (\`trivy config --skip-check-update\`, embedded checks), gantry with 2 target platforms, on ` +
        '`__tests__/fixtures/dockerfiles`. Written by `bench/parity-misconfig.sh`.\n\n' +
        readFileSync(md, 'utf8')
    )
  process.exitCode = r.status ?? 1
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
