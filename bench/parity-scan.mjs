// Parity of gantry's vulnerability scan with Trivy and osv-scanner (bench/parity-scan.sh finds the tools).
// Builds real Go programs against old modules (from the Go module proxy), four images around them
// (bench/parity-scan-core.ts `prepare`), the databases each tool reads, runs the three tools on every image,
// and compares (`compare`); the tables go to BENCHMARKS.md between <!-- parity:scan --> markers.
//   node bench/parity-scan.mjs --trivy <bin> --trivy-db <bin> --osv-scanner <bin> [--no-write] [--keep]

import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, trivy, writeSection } from './parity-lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = name => {
  const i = args.indexOf(name)
  if (i < 0 || !args[i + 1])
    throw new Error(`usage: parity-scan.mjs --trivy B --trivy-db B --osv-scanner B (${name})`)
  return args[i + 1]
}
const tools = { trivy: opt('--trivy'), trivyDb: opt('--trivy-db'), osv: opt('--osv-scanner') }
const vulndb = [path.resolve(root, '..', 'shared', 'vulndb'), '/work/shared/vulndb'].find(p =>
  existsSync(path.join(p, 'osv'))
)
if (!vulndb) throw new Error('no shared/vulndb snapshot found')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gantry-parity-scan-'))

// The programs: the module set of __tests__/integration/scan-govulncheck.test.ts (every range shape the Go
// database has: introduced 0, pseudo-versions, +incompatible, platform-only entries), and the same program
// with two module replacements (a different path, and the same path at another version).
const MAIN = `package main

import (
	"fmt"

	jwt "github.com/dgrijalva/jwt-go"
	"golang.org/x/crypto/acme/autocert"
	"golang.org/x/crypto/ssh/terminal"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v2"
)

// Set by -ldflags "-X main.version=..." where a build does.
var version = "dev"

func main() {
	tag, _ := language.Parse("en-US")
	out, _ := yaml.Marshal(map[string]string{"tag": tag.String()})
	claims := jwt.MapClaims{"aud": "x"}
	m := &autocert.Manager{Prompt: autocert.AcceptTOS}
	fmt.Println(version, string(out), claims.VerifyAudience("x", false), m != nil, terminal.IsTerminal(0))
}
`
const REQUIRE = [
  'golang.org/x/text@v0.3.5',
  'github.com/dgrijalva/jwt-go@v3.2.0+incompatible',
  'golang.org/x/crypto@v0.0.0-20200622213623-75b288015ac9',
  'gopkg.in/yaml.v2@v2.2.2'
]
const REPLACE = [
  'github.com/dgrijalva/jwt-go=github.com/golang-jwt/jwt@v3.2.1+incompatible',
  'gopkg.in/yaml.v2=gopkg.in/yaml.v2@v2.2.8'
]
const goEnv = {
  ...process.env,
  GOTOOLCHAIN: 'local',
  GOFLAGS: '-mod=mod',
  CGO_ENABLED: '0',
  GOTELEMETRY: 'off'
}
const go = (cwd, argv, extra = {}) =>
  execFileSync('go', argv, { cwd, env: { ...goEnv, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] })

/** Rewrite the Go version inside the build-info blob (`\xff Go buildinf:` header, inline strings). */
function patchGoVersion(src, dest, to) {
  const data = readFileSync(src)
  const at = data.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
  if (at < 0 || (data[at + 15] & 2) === 0) throw new Error(`${src}: no inline build info`)
  const len = data[at + 32]
  const from = data.subarray(at + 33, at + 33 + len).toString()
  if (from.length !== to.length) throw new Error(`cannot rewrite ${from} to ${to}: lengths differ`)
  data.write(to, at + 33, 'latin1')
  writeFileSync(dest, data, { mode: 0o755 })
}

function buildPrograms(bins) {
  mkdirSync(bins, { recursive: true })
  for (const [name, replace] of [
    ['vulnapp', []],
    ['replaced', REPLACE]
  ]) {
    const dir = path.join(tmp, 'src', name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'go.mod'), `module example.com/${name}\n\ngo 1.26\n`)
    writeFileSync(path.join(dir, 'main.go'), MAIN)
    go(dir, ['get', ...REQUIRE])
    for (const r of replace) go(dir, ['mod', 'edit', `-replace=${r}`])
    go(dir, ['mod', 'tidy'])
    go(dir, ['build', '-trimpath', '-o', path.join(bins, name), '.'], { GOOS: 'linux', GOARCH: 'amd64' })
  }
  // The main module's version from -X main.version (release tools set it so): recorded in the build info's
  // -ldflags setting without -trimpath; with -trimpath only the linked string says it.
  const replaced = path.join(tmp, 'src', 'replaced')
  const ldflags = '-ldflags=-X main.version=1.4.2'
  go(replaced, ['build', ldflags, '-o', path.join(bins, 'replaced-ldflags'), '.'], {
    GOOS: 'linux',
    GOARCH: 'amd64'
  })
  go(replaced, ['build', '-trimpath', ldflags, '-o', path.join(bins, 'replaced-trimpath'), '.'], {
    GOOS: 'linux',
    GOARCH: 'amd64'
  })
  // The installed Go has no stdlib entries in the snapshot: a copy that says go1.21.0 has dozens (both
  // tools read the version from the same bytes).
  patchGoVersion(path.join(bins, 'vulnapp'), path.join(bins, 'vulnapp-go1.21.0'), 'go1.21.0')
}

const IMAGES = ['alpine', 'debian', 'distroless', 'scratch']

function runGantry(work, image) {
  const out = `gantry-${image}.json`
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'dist/cli/index.js'),
      'scan',
      '--image',
      `docker-archive:images/${image}.tar`,
      '--scanners',
      'vuln',
      '--format',
      'json',
      '--output',
      out,
      '--db',
      path.join(vulndb, 'osv'),
      '--db',
      'db/gantry'
    ],
    { cwd: work, encoding: 'utf8', env: { ...process.env, GANTRY_OSV_URL: 'http://127.0.0.1:9' } }
  )
  if (r.status !== 0) throw new Error(`gantry scan ${image} failed (${r.status}):\n${r.stdout}\n${r.stderr}`)
  return out
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

function runTrivy(work, image) {
  const cache = ['--cache-dir', path.join(work, 'trivy-cache')]
  const input = ['image', '--input', path.join(work, 'images', `${image}.tar`)]
  trivy(tools.trivy, [
    ...input,
    ...TRIVY_COMMON,
    ...cache,
    '--format',
    'cyclonedx',
    '--output',
    path.join(work, `trivy-${image}.cdx.json`)
  ])
  trivy(tools.trivy, [
    ...input,
    ...TRIVY_COMMON,
    ...cache,
    '--scanners',
    'vuln',
    '--format',
    'json',
    '--output',
    path.join(work, `trivy-${image}.json`)
  ])
}

function runOsvScanner(work, image) {
  const out = path.join(work, `osv-${image}.json`)
  const r = spawnSync(
    'unshare',
    [
      '-n',
      tools.osv,
      'scan',
      'image',
      '--archive',
      '--offline-vulnerabilities',
      '--all-vulns',
      '--all-packages',
      '--format',
      'json',
      '--output-file',
      out,
      path.join(work, 'images', `${image}.tar`)
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: path.join(work, 'db/osv-scanner') }
    }
  )
  // 1: vulnerabilities found; 128: no packages found.
  if (![0, 1, 128].includes(r.status ?? -1))
    throw new Error(`osv-scanner ${image} failed (${r.status}):\n${r.stderr}`)
}

try {
  const work = path.join(tmp, 'work')
  const bins = path.join(tmp, 'bin')
  buildPrograms(bins)
  const core = await bundle(path.join(root, 'bench/parity-scan-core.ts'), path.join(tmp, 'core.mjs'))
  execFileSync(
    process.execPath,
    [core, 'prepare', work, bins, path.join(root, '__tests__/scan/fixtures'), path.join(vulndb, 'osv')],
    { stdio: 'inherit' }
  )
  // trivy-db reads <cache>/govulndb/data/osv, <cache>/vuln-list/alpine, <cache>/vuln-list-debian/tracker.
  const dbOut = path.join(work, 'trivy-cache', 'db')
  const built = spawnSync(
    'unshare',
    [
      '-n',
      tools.trivyDb,
      'build',
      ...['govulndb', 'alpine', 'debian'].flatMap(s => ['--only-update', s]),
      '--cache-dir',
      path.join(work, 'trivy-src'),
      '--output-dir',
      dbOut
    ],
    { encoding: 'utf8' }
  )
  if (built.status !== 0) throw new Error(`trivy-db build failed:\n${built.stderr}`)
  for (const image of IMAGES) {
    console.log(`parity-scan: ${image}`)
    runGantry(work, image)
    runTrivy(work, image)
    runOsvScanner(work, image)
  }
  const md = path.join(tmp, 'table.md')
  const r = spawnSync(process.execPath, [core, 'compare', work, md, ...IMAGES], { stdio: 'inherit' })
  const version = path => path.split('/').pop()
  if (!args.includes('--no-write') && existsSync(md))
    writeSection(
      root,
      'parity:scan',
      'scan vulnerabilities: gantry vs Trivy and osv-scanner',
      `${version(tools.trivy)} (trivy-db built here by ${version(tools.trivyDb)}) and ${version(tools.osv)}, ` +
        `offline, on four images built by \`bench/parity-scan.sh\` (bench/parity-scan-core.ts; OS records in ` +
        `bench/parity-scan-records.ts). Go database: shared/vulndb (${readFileSync(path.join(vulndb, 'SOURCE-COMMIT'), 'utf8').trim().slice(0, 12)}). ` +
        `Run ${new Date().toISOString().slice(0, 10)}.\n\n` +
        'The images (docker-archive tars, one linux/amd64 platform each): **alpine** — the Alpine 3.20 package ' +
        'database of __tests__/scan/fixtures plus a Go program built here against old modules (x/text v0.3.5, ' +
        'jwt-go v3.2.0+incompatible, x/crypto and x/net pseudo-versions, yaml.v2 v2.2.2); **debian** — the Debian 12 ' +
        'dpkg status (binNMUs, epochs, packages not installed) plus the program claiming go1.21.0 (dozens of stdlib ' +
        'entries); **distroless** — one status.d file per package plus the program with two module replacements and ' +
        '`-X main.version`; **scratch** — no OS, the program, a hard link to it, the replaced program built with ' +
        '-trimpath, and a binary a later layer deletes. gantry gets shared/vulndb and the OS records as folders; ' +
        'osv-scanner the same records as Go/Alpine/Debian all.zip; Trivy a trivy-db built from them ' +
        '(govulndb, the Alpine secdb and Debian tracker formats). A difference without a reason fails the script.\n\n' +
        readFileSync(md, 'utf8')
    )
  process.exitCode = r.status ?? 1
} finally {
  if (args.includes('--keep')) console.log(`kept ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
}
