// Parity of gantry's secret scanner with Trivy's (v0.74.0, offline) on a corpus generated here with real-format
// FAKE secrets: a folder, a docker-archive image whose later layer deletes two of the files, and a clean Go
// folder and image (examples/hello built with the local Go). The comparison is bench/parity-secret-core.ts; the
// table goes to BENCHMARKS.md between <!-- parity:secret --> markers.
//   node bench/parity-secret.mjs --trivy <binary> [--crane <binary>] [--time] [--no-write] [--keep]
// (bench/parity-secret.sh finds the tools and the rig)

import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  // The Go toolchain's crypto sources and the newest golang.org/x/crypto in the module cache, for a builder image.
  const goenv = JSON.parse(execFileSync('go', ['env', '-json', 'GOROOT', 'GOMODCACHE'], { encoding: 'utf8' }))
  const xdir = path.join(goenv.GOMODCACHE, 'golang.org/x')
  const xcrypto = existsSync(xdir)
    ? readdirSync(xdir)
        .filter(d => /^crypto@v\d/.test(d))
        .sort()
        .pop()
    : undefined
  const builder = xcrypto ? [goenv.GOROOT, path.join(xdir, xcrypto)] : []
  execFileSync(process.execPath, [core, 'corpus', corpus, bin, src, ...builder], { stdio: 'inherit' })
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
  const targets = [
    { name: 'folder with secrets', kind: 'fs', path: 'secrets', clean: false },
    {
      name: 'image with secrets (3 layers, 2 files deleted)',
      kind: 'image',
      path: 'image.tar',
      clean: false
    },
    { name: 'clean Go folder (examples/hello)', kind: 'fs', path: 'clean', clean: true },
    { name: 'clean Go image', kind: 'image', path: 'clean-image.tar', clean: true }
  ]
  if (existsSync(path.join(corpus, 'go-builder.tar')))
    targets.push({
      name: 'Go builder image (Go crypto sources, x/crypto module cache)',
      kind: 'image',
      path: 'go-builder.tar',
      clean: true
    })
  // With the test rig up, its images too: busybox and the golang builder image bench/image.sh made, pulled
  // from the rig's registry on 127.0.0.1 as docker archives.
  const rig = process.env.GANTRY_RIG_REGISTRY
  if (rig && args.includes('--crane')) {
    const crane = args[args.indexOf('--crane') + 1]
    for (const [name, ref, file] of [
      ['rig busybox image (linux/amd64)', process.env.GANTRY_RIG_BASE, 'rig-busybox.tar'],
      ['rig library/golang:rig image (linux/amd64)', `${rig}/library/golang:rig`, 'rig-golang.tar']
    ]) {
      if (!ref) continue
      const out = path.join(corpus, file)
      const pulled = spawnSync(crane, ['pull', '--insecure', '--platform', 'linux/amd64', ref, out], {
        encoding: 'utf8'
      })
      if (pulled.status === 0) targets.push({ name, kind: 'image', path: file, clean: true })
      else console.log(`skipping ${ref}: ${pulled.stderr.trim().split('\n').pop()}`)
    }
  }
  // `go install` builds report version "dev": the tool cache names the version.
  const version = `Trivy ${path.basename(trivyBin).replace(/^trivy-/, '')}`
  const timings = []
  for (const t of targets) {
    t.trivy = `trivy-${t.path.replace(/\.tar$/, '')}.json`
    const target = path.join(corpus, t.path)
    const argv = t.kind === 'fs' ? ['fs', target] : ['image', '--input', target]
    const start = performance.now()
    trivy(trivyBin, [...argv, ...common, '--output', path.join(corpus, t.trivy)])
    timings.push(`${t.path}: ${Math.round(performance.now() - start)} ms`)
  }
  writeFileSync(path.join(corpus, 'targets.json'), JSON.stringify(targets))
  // Throughput on real sources: the Go toolchain's src/ (both skip its test files and testdata), wall time of a
  // whole run each, start-up included.
  let speed = ''
  if (args.includes('--time')) {
    const dir = path.join(goenv.GOROOT, 'src')
    let start = performance.now()
    trivy(trivyBin, ['fs', dir, ...common, '--output', path.join(tmp, 'trivy-goroot.json')])
    const trivyMs = Math.round(performance.now() - start)
    const trivyReport = JSON.parse(readFileSync(path.join(tmp, 'trivy-goroot.json'), 'utf8'))
    const trivyFound = (trivyReport.Results ?? []).reduce((n, r) => n + (r.Secrets?.length ?? 0), 0)
    start = performance.now()
    const g = JSON.parse(execFileSync(process.execPath, [core, 'time', dir], { encoding: 'utf8' }))
    const gantryMs = Math.round(performance.now() - start)
    speed =
      `\n\nThroughput, ${dir} (${goenv.GOROOT.includes('go') ? 'Go toolchain sources' : 'sources'}), one run each, ` +
      `wall time with start-up, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs: ` +
      `gantry ${gantryMs} ms (${g.scanned} files scanned, ${g.skipped} skipped, ${g.findings} findings; ` +
      `${g.ms} ms in the scan itself), Trivy ${trivyMs} ms (${trivyFound} findings).`
    console.log(speed.trim())
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
        readFileSync(md, 'utf8') +
        speed
    )
  console.log(`\nTrivy run times (with start-up): ${timings.join(', ')}`)
  process.exitCode = r.status ?? 1
} finally {
  if (args.includes('--keep')) console.log(`kept ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
}
