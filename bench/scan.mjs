// The scan benchmark (bench/scan.sh finds the tools and builds the binaries): one 4-platform image of ko
// v0.19.1 (150 modules + stdlib per binary) on a distroless-style base, the full Go vulnerability database
// (shared/vulndb, 4,291 records), and in one run, interleaved, each repetition:
//   gantry image      `gantry scan --image oci:<dir>` (vuln and secret, the default scanners, or vuln only), a
//                     fresh process each time, with its local cache (XDG_CACHE_HOME, one per mode) in three
//                     states: off (`--local-cache false`: every layer read, the whole database parsed),
//                     layer cache empty with the database index warm (what Trivy's fresh cache is: no layer
//                     analysed yet, its database already compiled), and warm (layers replayed from the cache).
//                     The first run ("cold") is the first one in this run, with an empty cache.
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
  const x = (a, b) => (m(a) / m(b)).toFixed(2)
  const warm = Math.max(m('warm'), m('vulnWarm'))
  const faster = (a, b) => (m(a) > m(b) ? 'faster' : 'slower')
  return [
    `Targets (issue 12): the whole image warm in under 2 s — ${warm < 2 ? 'met' : 'missed'} (${m('warm').toFixed(2)} s, `,
    `${m('vulnWarm').toFixed(2)} s vuln only; ${m('offDefault').toFixed(2)} s and ${m('vulnOff').toFixed(2)} s with the cache off). `,
    `Faster than govulncheck on the same four binaries: ${m('govulncheck') > m('paths') ? 'yes' : 'no'}, ${x('govulncheck', 'paths')}×. `,
    `Against Trivy, the same state on both sides: with its layer cache warm, gantry with its own warm is `,
    `${faster('trivyVulnWarm', 'vulnWarm')} (${x('trivyVulnWarm', 'vulnWarm')}× for vulnerabilities, ${x('trivyInvWarm', 'vulnWarm')}× for the `,
    `inventory); with a fresh cache (layers not yet analysed, database compiled), gantry with its layer cache `,
    `empty and its database index warm is ${faster('trivyVulnCold', 'vulnCold')} (${x('trivyVulnCold', 'vulnCold')}×, `,
    `${x('trivyInvCold', 'vulnCold')}× for the inventory). With its cache off (every layer read, every record parsed) `,
    `gantry takes ${x('vulnOff', 'vulnCold')}× the time of the layer-cold run; Trivy fresh ÷ gantry cache off: `,
    `${x('trivyVulnCold', 'vulnOff')}.`
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

  // One cache folder per state, so no state warms another's; each state and scanner set writes its own report.
  const homes = {}
  for (const k of ['first', 'off', 'layerCold', 'warm']) mkdirSync((homes[k] = path.join(tmp, `home-${k}`)))
  const gantryImage = (scanners = [], state = 'off') =>
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
        `image-${state}-${scanners.length ? 'vuln' : 'default'}.json`,
        '--db',
        path.join(vulndb, 'osv'),
        ...(state === 'off' ? ['--local-cache', 'false'] : [])
      ],
      { cwd: work, env: { ...gantryEnv, XDG_CACHE_HOME: homes[state] } }
    )
  const VULN = ['--scanners', 'vuln']
  const emptyLayerCache = () =>
    rmSync(path.join(homes.layerCold, 'gantry', 'scan-layers'), { recursive: true, force: true })
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
        path.join(vulndb, 'osv'),
        '--local-cache',
        'false'
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
    cold: ['gantry image, first run, empty cache: vuln + secret (the default)'],
    offDefault: ['gantry image, cache off: vuln + secret (the default)'],
    vulnOff: ['gantry image, cache off: vuln only'],
    vulnCold: ['gantry image, layer cache empty, db index warm: vuln only'],
    warm: ['gantry image, cache warm: vuln + secret (the default)'],
    vulnWarm: ['gantry image, cache warm: vuln only'],
    paths: ['gantry paths (the 4 binaries as files), vuln, cache off'],
    govulncheck: ['govulncheck, the 4 binaries one after another', 'paths'],
    trivyInvCold: ['Trivy inventory (CycloneDX), 4 platforms, fresh cache', 'vulnCold'],
    trivyVulnCold: ['Trivy vuln (trivy-db of shared/vulndb), 4 platforms, fresh cache', 'vulnCold'],
    trivyInvWarm: ['Trivy inventory, 4 platforms, its layer cache warm', 'vulnWarm'],
    trivyVulnWarm: ['Trivy vuln, 4 platforms, its layer cache warm', 'vulnWarm']
  }
  const results = {}
  const record = (key, ms) => (results[key] ??= []).push(ms)
  record('cold', gantryImage([], 'first').ms)
  // Not timed: the warm states' caches filled (the db index of the layer-cold state, both warm key sets).
  gantryImage(VULN, 'layerCold')
  gantryImage([], 'warm')
  gantryImage(VULN, 'warm')
  for (let i = 0; i < reps; i++) {
    record('offDefault', gantryImage().ms)
    record('vulnOff', gantryImage(VULN).ms)
    emptyLayerCache()
    record('vulnCold', gantryImage(VULN, 'layerCold').ms)
    record('warm', gantryImage([], 'warm').ms)
    record('vulnWarm', gantryImage(VULN, 'warm').ms)
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
  // Every cache state wrote the same report for the same scanners, or the comparison is void.
  const reportOf = name => readFileSync(path.join(work, `image-${name}.json`), 'utf8')
  for (const [a, b] of [
    ['off-vuln', 'layerCold-vuln'],
    ['off-vuln', 'warm-vuln'],
    ['off-default', 'warm-default'],
    ['off-default', 'first-default']
  ])
    if (reportOf(a) !== reportOf(b)) throw new Error(`the ${a} and ${b} reports differ`)
  const report = JSON.parse(reportOf('off-default'))
  const goPackages = report.packages.filter(p => p.kind.startsWith('go'))
  const locations = goPackages.reduce((n, p) => n + p.locations.length, 0)
  const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const fmt = ms => `${(ms / 1000).toFixed(2)} s`
  const rows = Object.entries(ROWS).map(([key, [name, vs]]) => {
    const xs = results[key]
    const m = median(xs)
    const ratio = vs
      ? `${(m / median(results[vs])).toFixed(2)} (vs ${ROWS[vs][0].replace(/^gantry /, '')})`
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
