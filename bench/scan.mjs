// The scan benchmark (bench/scan.sh finds the tools and builds the binaries): one 4-platform image of ko
// v0.19.1 (150 modules + stdlib per binary) on a distroless-style base, the full Go vulnerability database
// (shared/vulndb, 4,291 records), and in one run, interleaved, each repetition:
//   gantry image      `gantry scan --image oci:<tar>` (vuln and secret, the default scanners), a fresh process
//                     that reads the image and loads the database from the folder; the first run is "cold"
//                     (first read of the database and the bundle in this run), the others "warm"
//   gantry paths      the same on the four binaries as files (`--paths`), the work govulncheck does
//   govulncheck       `-mode binary -scan module -db file://…` on the four binaries, one after another
//   Trivy inventory   `trivy image --input <tar> --platform P --format cyclonedx` for each platform (Trivy reads
//                     one platform per run), inventory only; cold: a fresh cache dir, warm: the same cache again
//   Trivy vuln        the same with `--scanners vuln` against a trivy-db built here from shared/vulndb
// Results go to BENCHMARKS.md between <!-- bench:scan --> markers (unless --no-write).
//   node bench/scan.mjs --bins DIR --trivy B --trivy-db B --govulncheck B [--reps N] [--no-write] [--keep]

import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, writeSection } from './parity-lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(name)
  if (i >= 0 && args[i + 1]) return args[i + 1]
  if (fallback !== undefined) return fallback
  throw new Error(`usage: scan.mjs --bins DIR --trivy B --trivy-db B --govulncheck B (${name} missing)`)
}
const bins = opt('--bins')
const tools = { trivy: opt('--trivy'), trivyDb: opt('--trivy-db'), govulncheck: opt('--govulncheck') }
const reps = Number(opt('--reps', '3'))
const vulndb = [path.resolve(root, '..', 'shared', 'vulndb'), '/work/shared/vulndb'].find(p =>
  existsSync(path.join(p, 'osv'))
)
if (!vulndb) throw new Error('no shared/vulndb snapshot found')
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le']
const binaries = PLATFORMS.map(p => path.join(bins, p.replaceAll('/', '-'), 'ko'))
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-scan-'))

/** Run argv (a binary and its arguments) and return the wall time in ms; throws on an unexpected exit. */
function timed(argv, opts = {}, ok = [0]) {
  const start = performance.now()
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28, ...opts })
  const ms = performance.now() - start
  if (!ok.includes(r.status ?? -1))
    throw new Error(`${argv.slice(0, 3).join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`)
  return { ms, stdout: r.stdout }
}

const TRIVY_COMMON = [
  '--skip-db-update',
  '--skip-java-db-update',
  '--skip-check-update',
  '--skip-version-check',
  '--disable-telemetry',
  '--offline-scan',
  '--quiet'
]

/** The targets against this run's medians, in words. */
function verdict(results, median) {
  const m = key => median(results[key]) / 1000
  const warm = Math.max(m('warm'), m('vuln'))
  const vsTrivy = m('trivyVulnCold') / m('vuln')
  return [
    `Targets (issue 12): the whole image warm in under 2 s — ${warm < 2 ? 'met' : 'missed'} (${m('warm').toFixed(2)} s, `,
    `${m('vuln').toFixed(2)} s vuln only). Faster than govulncheck on the same four binaries: `,
    `${m('govulncheck') > m('paths') ? 'yes' : 'no'}, ${(m('govulncheck') / m('paths')).toFixed(1)}×; gantry on the image (which reads `,
    `and inflates the layers too) vs govulncheck on the bare binaries: ${(m('govulncheck') / m('warm')).toFixed(2)}×. `,
    `Against Trivy with a fresh cache: ${vsTrivy >= 1 ? 'faster' : 'slower'} (${vsTrivy.toFixed(2)}× for vulnerabilities, `,
    `${(m('trivyInvCold') / m('vuln')).toFixed(2)}× for the inventory alone); Trivy with its layer cache warm skips reading the `,
    `layers at all, which gantry has no cache for (${(m('trivyVulnWarm') / m('vuln')).toFixed(2)}×).`
  ].join('')
}

try {
  // --- set-up (not timed) -----------------------------------------------------------------------------------
  const core = await bundle(path.join(root, 'bench/scan-core.ts'), path.join(tmp, 'core.mjs'))
  const imageTar = path.join(tmp, 'image.tar')
  execFileSync(
    process.execPath,
    [core, 'image', imageTar, path.join(root, '__tests__/scan/fixtures/distroless'), bins],
    {
      stdio: 'inherit'
    }
  )
  // The layout as a folder too: `trivy image --input` reads an OCI layout only as a folder; both tools read it.
  const imageDir = path.join(tmp, 'image')
  mkdirSync(imageDir)
  execFileSync('tar', ['-xf', imageTar, '-C', imageDir])
  // A trivy-db of Go's database (trivy-db reads <cache>/govulndb/data/osv and walks it without symlinks).
  const trivySrc = path.join(tmp, 'trivy-src')
  cpSync(path.join(vulndb, 'osv'), path.join(trivySrc, 'govulndb/data/osv'), { recursive: true })
  const trivyDbDir = path.join(tmp, 'trivy-db')
  execFileSync(
    'unshare',
    [
      '-n',
      tools.trivyDb,
      'build',
      '--only-update',
      'govulndb',
      '--cache-dir',
      trivySrc,
      '--output-dir',
      trivyDbDir
    ],
    {
      stdio: 'ignore'
    }
  )
  const modules = execFileSync('go', ['version', '-m', binaries[0]], { encoding: 'utf8' })
    .split('\n')
    .filter(l => /^\s+dep\s/.test(l)).length
  const cli = path.join(root, 'dist/cli/index.js')
  const gantryEnv = { ...process.env, GANTRY_OSV_URL: 'http://127.0.0.1:9' }
  const work = path.join(tmp, 'work')
  mkdirSync(work)

  const gantryImage = (scanners = []) =>
    timed(
      [
        process.execPath,
        cli,
        'scan',
        '--image',
        `oci:${imageDir}`,
        ...scanners,
        '--format',
        'json',
        '--output',
        'image.json',
        '--db',
        path.join(vulndb, 'osv')
      ],
      { cwd: work, env: gantryEnv }
    )
  const gantryPaths = () => {
    for (const [i, b] of binaries.entries()) cpSync(b, path.join(work, `ko-${i}`))
    return timed(
      [
        process.execPath,
        cli,
        'scan',
        '--paths',
        binaries.map((_, i) => `ko-${i}`).join(','),
        '--scanners',
        'vuln',
        '--format',
        'json',
        '--output',
        'paths.json',
        '--db',
        path.join(vulndb, 'osv')
      ],
      { cwd: work, env: gantryEnv }
    )
  }
  const govulncheck = () => {
    let ms = 0
    for (const b of binaries)
      ms += timed(
        [
          tools.govulncheck,
          '-mode',
          'binary',
          '-scan',
          'module',
          '-db',
          `file://${path.join(vulndb, 'osv')}`,
          '-format',
          'json',
          b
        ],
        { env: { ...process.env, GOTOOLCHAIN: 'local' } }
      ).ms
    return { ms }
  }
  const trivy = (cache, vuln) => {
    let ms = 0
    for (const p of PLATFORMS)
      ms += timed([
        'unshare',
        '-n',
        tools.trivy,
        'image',
        '--input',
        imageDir,
        '--platform',
        p,
        ...TRIVY_COMMON,
        '--cache-dir',
        cache,
        ...(vuln ? ['--scanners', 'vuln', '--format', 'json'] : ['--format', 'cyclonedx']),
        '--output',
        path.join(tmp, `trivy-${p.replaceAll('/', '-')}.json`)
      ]).ms
    return { ms }
  }
  const freshTrivyCache = name => {
    const dir = path.join(tmp, 'trivy-cache', name)
    rmSync(dir, { recursive: true, force: true })
    cpSync(trivyDbDir, path.join(dir, 'db'), { recursive: true })
    return dir
  }

  // --- the runs ---------------------------------------------------------------------------------------------
  // Each row: what ran, and the gantry row that did the same work (its ratio is reference ÷ gantry).
  const ROWS = {
    cold: ['gantry image, cold: vuln + secret (the default)'],
    warm: ['gantry image, warm: vuln + secret (the default)'],
    vuln: ['gantry image, warm: vuln only'],
    paths: ['gantry paths (the 4 binaries as files), vuln'],
    govulncheck: ['govulncheck, the 4 binaries one after another', 'paths'],
    trivyInvCold: ['Trivy inventory (CycloneDX), 4 platforms, fresh cache', 'vuln'],
    trivyVulnCold: ['Trivy vuln (trivy-db of shared/vulndb), 4 platforms, fresh cache', 'vuln'],
    trivyInvWarm: ['Trivy inventory, 4 platforms, its layer cache warm', 'vuln'],
    trivyVulnWarm: ['Trivy vuln, 4 platforms, its layer cache warm', 'vuln']
  }
  const results = {}
  const record = (key, ms) => (results[key] ??= []).push(ms)
  record('cold', gantryImage().ms)
  for (let i = 0; i < reps; i++) {
    record('warm', gantryImage().ms)
    record('vuln', gantryImage(['--scanners', 'vuln']).ms)
    record('paths', gantryPaths().ms)
    record('govulncheck', govulncheck().ms)
    const inv = freshTrivyCache(`inv-${i}`)
    record('trivyInvCold', trivy(inv, false).ms)
    record('trivyInvWarm', trivy(inv, false).ms)
    const vuln = freshTrivyCache(`vuln-${i}`)
    record('trivyVulnCold', trivy(vuln, true).ms)
    record('trivyVulnWarm', trivy(vuln, true).ms)
  }

  // --- what gantry found (the work is the same) ------------------------------------------------------------
  const report = JSON.parse(readFileSync(path.join(work, 'image.json'), 'utf8'))
  const goPackages = report.packages.filter(p => p.kind.startsWith('go'))
  const locations = goPackages.reduce((n, p) => n + p.locations.length, 0)
  const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const fmt = ms => `${(ms / 1000).toFixed(2)} s`
  const rows = Object.entries(ROWS).map(([key, [name, vs]]) => {
    const xs = results[key]
    const m = median(xs)
    const ratio = vs
      ? `${(m / median(results[vs])).toFixed(2)} (vs ${ROWS[vs][0].split(':')[0].split(' (')[0]})`
      : ''
    return `| ${name} | ${fmt(m)} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${xs.length} | ${ratio} |`
  })
  const mib = n => `${(n / 2 ** 20).toFixed(0)} MiB`
  const text = [
    `Image: ko v0.19.1 (github.com/google/ko, ${modules} module dependencies + stdlib ${report.packages.find(p => p.kind === 'go-stdlib')?.version}) for ${PLATFORMS.join(', ')}, `,
    `built by bench/scan-binaries.sh (-trimpath -s -w), on the distroless fixture's status.d; one OCI layout tar of ${mib(statSync(imageTar).size)} `,
    `(binaries ${binaries.map(b => mib(statSync(b).size)).join(', ')}). Database: shared/vulndb, ${readFileSync(path.join(vulndb, 'SOURCE-COMMIT'), 'utf8').trim().slice(0, 12)}, `,
    `4,291 OSV files. gantry found ${goPackages.length} Go packages at ${locations} locations, ${report.packages.length - goPackages.length} dpkg packages, `,
    `${report.findings.length} findings. Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} (shared; `,
    `load average ${os
      .loadavg()
      .map(x => x.toFixed(1))
      .join(' ')} at the end), node ${process.version}, everything under nice. `,
    `Wall time of whole processes (start-up included). The last column is the reference's median ÷ the median `,
    `of the gantry row doing the same work (above 1: gantry is faster).`,
    '',
    '| run | median | min | max | runs | reference ÷ gantry |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    verdict(results, median)
  ].join('\n')
  console.log(text)
  if (!args.includes('--no-write'))
    writeSection(root, 'bench:scan', 'scan: gantry vs govulncheck and Trivy (bench/scan.sh)', text)
} finally {
  if (args.includes('--keep')) console.log(`kept ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
}
