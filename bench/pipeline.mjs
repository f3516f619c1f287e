// The one-step pipeline benchmark (run through bench/pipeline.sh, which starts the registry): examples/hello
// released for 4 linux platforms with warm caches, from start to the image pushed to a local registry, by
//   gantry      `gantry release` (plan, tag, build with archives and checksums, the oci engine's image in an
//               OCI layout, scan with the offline vulnerability database, push by digest, image tags)
//   goreleaser  `goreleaser release` with its builds, archives, checksums and its ko integration (`kos:`)
//               pushing the same platforms (ko builds the binaries again, as goreleaser documents)
//   bare        the bare compile: a `go build` loop of the 4 targets with the same flags (and the same loop
//               two at a time, as gantry and goreleaser build two at a time on this machine)
// Each tool runs once to warm its caches (not counted), then --rounds rounds, the tool order rotated per
// round, each round pushing to new repositories. gantry's per-step times come from its `<== step (N ms)`
// lines. Medians go into BENCHMARKS.md between <!-- bench:pipeline --> and <!-- /bench:pipeline -->.

import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { measure, median } from './lib.mjs'

// Node's fetch, named for the linter (its globals list predates it).
const { fetch } = globalThis
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const benchDir = process.env.BENCH_DIR
if (!benchDir) throw new Error('BENCH_DIR is not set: run bench/pipeline.sh')
const rounds = Number(opt('rounds', '5'))
const write = !args.includes('--no-write')
const registry = opt('registry', '')
const db = opt('db', '')
const registryNote = opt('registry-note', 'a docker-registry process on 127.0.0.1')
const dbFiles = () =>
  execFileSync('find', [db, '-name', '*.json'], { encoding: 'utf8' }).split('\n').filter(Boolean).length
const goreleaser = opt('goreleaser', '')
const goreleaserVersion = opt('goreleaser-version', '?')
const PLATFORMS = opt('platforms', 'linux/amd64,linux/arm64,linux/arm/v7,linux/ppc64le').split(',')
if (!registry || !db) throw new Error('--registry and --db are required')

const work = path.join(benchDir, 'pipeline')
const runId = `p${Date.now().toString(36)}`
const DATE = '2026-01-05T10:00:00Z'
const VERSION = '0.2.0'
const gantryCli = path.join(root, 'dist/cli/index.js')

const env = {
  ...process.env,
  GOPROXY: 'off',
  GOSUMDB: 'off',
  GOTOOLCHAIN: 'local',
  GOTELEMETRY: 'off',
  GOFLAGS: '',
  // Kept between runs of the benchmark (the warm-up run then only links); the rest of `work` is not.
  GOCACHE: path.join(benchDir, 'pipeline-gocache'),
  GOMODCACHE: path.join(benchDir, 'pipeline-gomodcache'),
  // gantry's kept facts and V8's compile cache of the CLI: the benchmark's own, warm after the first run.
  XDG_CACHE_HOME: path.join(work, 'xdg-cache'),
  // No Docker daemon anywhere: ko would otherwise look for the base image in one first.
  DOCKER_HOST: 'unix:///nonexistent/docker.sock',
  DOCKER_CONFIG: path.join(work, 'docker-config'),
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: DATE,
  GIT_COMMITTER_DATE: DATE,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}
for (const k of Object.keys(env)) if (/^(GITHUB|RUNNER)_/.test(k) || k === 'KO_DOCKER_REPO') delete env[k]

const git = (cwd, ...a) => execFileSync('git', a, { cwd, env, encoding: 'utf8' }).trim()

// ---- the local registry: the ko base image -----------------------------------------------------------------

const sha256 = b => `sha256:${createHash('sha256').update(b).digest('hex')}`

async function pushBlob(repo, bytes) {
  const digest = sha256(bytes)
  const start = await fetch(`http://${registry}/v2/${repo}/blobs/uploads/`, { method: 'POST' })
  await start.arrayBuffer()
  const loc = new URL(start.headers.get('location'), `http://${registry}`)
  loc.searchParams.set('digest', digest)
  const put = await fetch(loc, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': 'application/octet-stream' }
  })
  await put.arrayBuffer()
  if (put.status !== 201) throw new Error(`blob upload to ${repo}: HTTP ${put.status}`)
  return { digest, size: bytes.length }
}

async function pushManifest(repo, ref, mediaType, body) {
  const bytes = Buffer.from(JSON.stringify(body))
  const res = await fetch(`http://${registry}/v2/${repo}/manifests/${ref}`, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': mediaType }
  })
  await res.arrayBuffer()
  if (res.status !== 201) throw new Error(`manifest ${repo}:${ref}: HTTP ${res.status}`)
  return { mediaType, digest: sha256(bytes), size: bytes.length }
}

/**
 * ko's base: one image per platform holding what gantry's `scratch` base adds (the CA bundle, and passwd and
 * group entries for uid 65532), so both tools push images with the same content. goreleaser's ko reads its
 * base from a registry only (its default, cgr.dev/chainguard/static, cannot be reached here).
 */
async function pushKoBase(repo) {
  const dir = path.join(work, 'ko-base')
  await rm(dir, { recursive: true, force: true })
  await mkdir(path.join(dir, 'etc/ssl/certs'), { recursive: true })
  await cp('/etc/ssl/certs/ca-certificates.crt', path.join(dir, 'etc/ssl/certs/ca-certificates.crt'))
  await writeFile(
    path.join(dir, 'etc/passwd'),
    'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n'
  )
  await writeFile(path.join(dir, 'etc/group'), 'root:x:0:\nnonroot:x:65532:\n')
  const tar = execFileSync('tar', [
    '-C',
    dir,
    '--sort=name',
    '--owner=0',
    '--group=0',
    '--mtime=@0',
    '-cf',
    '-',
    'etc'
  ])
  const layer = await pushBlob(repo, gzipSync(tar))
  const manifests = []
  for (const p of PLATFORMS) {
    const [osName, arch, variant] = p.split('/')
    const config = await pushBlob(
      repo,
      Buffer.from(
        JSON.stringify({
          architecture: arch,
          os: osName,
          ...(variant ? { variant } : {}),
          config: { User: '65532' },
          rootfs: { type: 'layers', diff_ids: [sha256(tar)] }
        })
      )
    )
    const m = await pushManifest(
      repo,
      `base-${p.replaceAll('/', '-')}`,
      'application/vnd.oci.image.manifest.v1+json',
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
      }
    )
    manifests.push({ ...m, platform: { architecture: arch, os: osName, ...(variant ? { variant } : {}) } })
  }
  await pushManifest(repo, 'base', 'application/vnd.oci.image.index.v1+json', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests
  })
  return `${registry}/${repo}:base`
}

/** The platforms of a pushed image (its index), to check that each tool pushed what it was asked to. */
async function pushedPlatforms(repo, tag) {
  const res = await fetch(`http://${registry}/v2/${repo}/manifests/${tag}`, {
    headers: {
      accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json'
    }
  })
  if (res.status !== 200) throw new Error(`${repo}:${tag} was not pushed (HTTP ${res.status})`)
  const index = await res.json()
  return index.manifests
    .map(m => m.platform)
    .filter(p => p && p.os !== 'unknown')
    .map(p => [p.os, p.architecture, p.variant].filter(Boolean).join('/'))
    .sort()
}

// ---- the projects ---------------------------------------------------------------------------------------

/** examples/hello in a git repository of its own, HEAD tagged v0.2.0 (a release of a tag push). */
async function project(name, files = {}) {
  const dir = path.join(work, name)
  await rm(dir, { recursive: true, force: true })
  await cp(path.join(root, 'examples/hello'), dir, { recursive: true })
  await rm(path.join(dir, 'dist'), { recursive: true, force: true })
  await writeFile(path.join(dir, '.gitignore'), '/dist/\n')
  for (const [f, text] of Object.entries(files)) await writeFile(path.join(dir, f), text)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'feat: hello')
  git(dir, 'tag', '-a', `v${VERSION}`, '-m', `v${VERSION}`)
  // An origin (goreleaser asks git for its URL; gantry's git-tag step finds the tag there already).
  git(work, 'init', '-q', '--bare', `${name}.git`)
  git(dir, 'remote', 'add', 'origin', path.join(work, `${name}.git`))
  git(dir, 'push', '-q', 'origin', 'main', `v${VERSION}`)
  return dir
}

const goTarget = p => {
  const [goos, goarch, variant] = p.split('/')
  return { goos, goarch, goarm: goarch === 'arm' ? (variant ?? 'v7').replace(/^v/, '') : '' }
}

function goreleaserConfig(base) {
  const arms = [
    ...new Set(
      PLATFORMS.map(goTarget)
        .map(t => t.goarm)
        .filter(Boolean)
    )
  ]
  return [
    'version: 2',
    'project_name: hello',
    'builds:',
    '  - id: hello',
    '    main: ./cmd/hello',
    '    binary: hello',
    '    env: [CGO_ENABLED=0]',
    '    goos: [linux]',
    `    goarch: [${[...new Set(PLATFORMS.map(p => goTarget(p).goarch))].join(', ')}]`,
    ...(arms.length ? [`    goarm: [${arms.map(a => `"${a}"`).join(', ')}]`] : []),
    '    flags: [-trimpath, -mod=readonly]',
    '    ldflags: ["-s -w -X main.version={{.Version}} -X main.commit={{.FullCommit}} -X main.date={{.CommitDate}} -buildid="]',
    '    mod_timestamp: "{{ .CommitTimestamp }}"',
    'archives:',
    '  - formats: [tar.gz]',
    'checksum:',
    '  name_template: checksums.txt',
    'changelog:',
    '  disable: true',
    'release:',
    '  disable: true',
    'kos:',
    '  - id: hello',
    '    build: hello',
    '    main: ./cmd/hello',
    `    base_image: ${base}`,
    `    platforms: [${PLATFORMS.join(', ')}]`,
    '    tags: ["{{.Version}}", "{{.Major}}.{{.Minor}}", latest]',
    '    bare: true',
    '    sbom: none',
    '    user: "65532"',
    '    creation_time: "{{.CommitTimestamp}}"',
    '    ko_data_creation_time: "{{.CommitTimestamp}}"',
    ''
  ].join('\n')
}

function bareLoop(jobs) {
  return [
    '#!/usr/bin/env bash',
    '# The bare compile: go build of each target with the flags gantry and goreleaser use.',
    'set -euo pipefail',
    'commit=$(git rev-parse HEAD)',
    'one() {',
    '  local os=$1 arch=$2 arm=$3',
    `  CGO_ENABLED=0 GOOS=$os GOARCH=$arch GOARM=$arm go build -mod=readonly -trimpath -buildvcs=false \\`,
    `    -ldflags "-s -w -X main.version=${VERSION} -X main.commit=$commit -X main.date=${DATE} -buildid=" \\`,
    '    -o "$OUT/${os}_${arch}${arm}/hello" ./cmd/hello',
    '}',
    ...PLATFORMS.map(goTarget).map(
      (t, i) =>
        `one ${t.goos} ${t.goarch} "${t.goarm}"${jobs > 1 ? (i % jobs === jobs - 1 ? ' & wait' : ' &') : ''}`
    ),
    'wait',
    ''
  ].join('\n')
}

// ---- the tools ----------------------------------------------------------------------------------------

function tools(dirs) {
  const list = [
    {
      id: 'gantry',
      label: '`gantry release` (build, archives, checksums, image, scan, push)',
      cwd: dirs.gantry,
      command: round => [
        process.execPath,
        [
          gantryCli,
          'release',
          '--targets',
          PLATFORMS.join(','),
          '--db',
          db,
          '--push',
          '--push-tag',
          'git',
          '--images',
          `${registry}/bench/${runId}/r${round}/gantry`,
          '--oci-layout',
          path.join(work, 'layouts', `r${round}`)
        ]
      ],
      repo: round => `bench/${runId}/r${round}/gantry`
    },
    {
      id: 'bare',
      label: 'bare `go build` loop, one at a time',
      cwd: dirs.bare,
      command: () => ['bash', [path.join(work, 'bare-1.sh')]],
      out: round => path.join(work, 'bare-out', `r${round}`)
    },
    {
      id: 'bare2',
      label: 'bare `go build` loop, two at a time',
      cwd: dirs.bare,
      command: () => ['bash', [path.join(work, 'bare-2.sh')]],
      out: round => path.join(work, 'bare-out', `r${round}-2`)
    }
  ]
  if (goreleaser)
    list.push({
      id: 'goreleaser',
      label: `\`goreleaser release\` ${goreleaserVersion} (builds, archives, checksums, kos)`,
      cwd: dirs.goreleaser,
      command: () => [goreleaser, ['release', '--clean']],
      koRepo: round => `${registry}/bench/${runId}/r${round}/goreleaser`,
      repo: round => `bench/${runId}/r${round}/goreleaser`
    })
  return list
}

// gantry's `<== name (N ms)` lines: top-level steps and a few inner groups, in seconds.
const STEPS = ['plan', 'tag', 'build', 'image', 'scan', 'push', 'git-tag', 'image-tags']
const INNER = {
  'go build': /^go build \(/,
  archives: /^archives$/,
  assemble: /^Assemble \d+ platform images$/,
  'write layout': /^Write the OCI layout /,
  'read image': /^read oci:/,
  vulndb: /^vulnerability database$/
}
function gantrySteps(lines) {
  const out = {}
  for (const { text } of lines) {
    const m = /^<== (.+) \((?:(\d+) min )?([\d.]+) (ms|s)\)$/.exec(text)
    if (!m) continue
    const s = Number(m[2] ?? 0) * 60 + Number(m[3]) / (m[4] === 'ms' ? 1000 : 1)
    if (STEPS.includes(m[1])) out[m[1]] = (out[m[1]] ?? 0) + s
    for (const [k, re] of Object.entries(INNER)) if (re.test(m[1])) out[`:${k}`] = (out[`:${k}`] ?? 0) + s
  }
  return out
}

// goreleaser's phases, from the times its `  • <pipe>` lines appear (its log has no per-pipe duration for
// short pipes): build (to the archives line), archives and checksums (to the ko line), ko (to the end).
function goreleaserPhases(lines, total) {
  const first = re => lines.find(l => re.test(l.text))?.t
  const build = first(/•\s+building binaries/)
  const archives = first(/•\s+archives/)
  const ko = first(/•\s+ko\b/)
  if (build === undefined || archives === undefined || ko === undefined) return {}
  return {
    'before build': build,
    build: archives - build,
    'archives, checksums': ko - archives,
    ko: total - ko
  }
}

async function run(t, round) {
  const out = t.out?.(round)
  if (out) await rm(out, { recursive: true, force: true })
  const [cmd, argv] = t.command(round)
  const load = os.loadavg()[0]
  const m = await measure(
    cmd,
    argv,
    t.cwd,
    { ...env, ...(out ? { OUT: out } : {}), ...(t.koRepo ? { KO_DOCKER_REPO: t.koRepo(round) } : {}) },
    benchDir,
    { lines: true }
  )
  const phases =
    t.id === 'gantry'
      ? gantrySteps(m.lines)
      : t.id === 'goreleaser'
        ? goreleaserPhases(m.lines, m.seconds)
        : {}
  if (t.repo) {
    const got = await pushedPlatforms(t.repo(round), VERSION)
    if (got.join(',') !== [...PLATFORMS].sort().join(','))
      throw new Error(`${t.id} pushed ${got.join(', ')}, not ${PLATFORMS.join(', ')}`)
  }
  console.error(
    `${t.id} ${round}: ${m.seconds.toFixed(2)} s, CPU ${m.cpuSeconds.toFixed(2)} s (load ${load.toFixed(1)})`
  )
  return { tool: t.id, round, load, seconds: m.seconds, cpuSeconds: m.cpuSeconds, phases }
}

async function main() {
  await rm(work, { recursive: true, force: true })
  await mkdir(env.DOCKER_CONFIG, { recursive: true })
  await writeFile(path.join(env.DOCKER_CONFIG, 'config.json'), '{}\n')
  const base = await pushKoBase(`bench/${runId}/ko-base`)
  const dirs = {
    gantry: await project('gantry'),
    goreleaser: await project('goreleaser', { '.goreleaser.yaml': goreleaserConfig(base) }),
    bare: await project('bare')
  }
  await writeFile(path.join(work, 'bare-1.sh'), bareLoop(1))
  await writeFile(path.join(work, 'bare-2.sh'), bareLoop(2))
  const list = tools(dirs)
  const started = new Date().toISOString()
  const rows = []
  // Round 0 warms every cache (Go's build cache, gantry's kept facts, V8's compile cache); not counted.
  for (const t of list) await run(t, 0)
  for (let r = 1; r <= rounds; r++)
    for (const t of list.map((_, i) => list[(i + r) % list.length])) rows.push(await run(t, r))
  return {
    rows,
    labels: Object.fromEntries(list.map(t => [t.id, t.label])),
    started,
    finished: new Date().toISOString(),
    db: { path: path.relative(root, db).startsWith('..') ? db : path.relative(root, db), records: dbFiles() },
    gantryCommit: git(root, 'rev-parse', '--short', 'HEAD'),
    goVersion: execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim()
  }
}

// ---- the report ----------------------------------------------------------------------------------------

const f2 = x => (Number.isFinite(x) ? x.toFixed(2) : '–')
const pct = (x, total) => (Number.isFinite(x) ? `${Math.round((100 * x) / total)} %` : '–')

function report(res) {
  const of = id => res.rows.filter(r => r.tool === id)
  const med = (id, key = 'seconds') => median(of(id).map(r => r[key]))
  const medPhase = (id, k) =>
    median(
      of(id)
        .map(r => r.phases[k] ?? NaN)
        .filter(Number.isFinite)
    )
  const bare = med('bare')
  const target = 1.1 * bare + 1
  const g = med('gantry')
  const loads = res.rows.map(r => r.load)
  const lines = [
    `examples/hello (one main package, no dependencies, 1.6 MB binaries) released as ${VERSION} from a tagged HEAD, for ${PLATFORMS.join(', ')}; ` +
      `pushed to ${registryNote}; ${rounds} rounds after one warm-up run of each tool, the order rotated per round; medians. ` +
      `${res.started.slice(0, 16)}Z–${res.finished.slice(11, 16)}Z, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}) shared with other work, ` +
      `1-minute load ${f2(Math.min(...loads))}–${f2(Math.max(...loads))} (median ${f2(median(loads))}); gantry at ${res.gantryCommit}, ${res.goVersion}, Node ${process.version}. ` +
      "Warm: Go's build cache, gantry's kept facts and the CLI's compile cache filled by the warm-up run; every round pushes to new repositories, so every blob is uploaded. " +
      `gantry scans with an offline OSV database, ${res.db.path} (${res.db.records} records); goreleaser does not scan. ` +
      'No Docker daemon is used (DOCKER_HOST points nowhere). CPU: user + sys of the whole process tree.',
    '',
    '| tool | start → pushed image (s) | CPU s | × bare compile | × goreleaser |',
    '| --- | ---: | ---: | ---: | ---: |'
  ]
  const gr = med('goreleaser')
  for (const id of Object.keys(res.labels))
    lines.push(
      `| ${res.labels[id]} | ${f2(med(id))} | ${f2(med(id, 'cpuSeconds'))} | ${f2(med(id) / bare)} | ${Number.isFinite(gr) ? f2(med(id) / gr) : '–'} |`
    )
  const perRound = [...new Set(of('gantry').map(r => r.round))].map(n => {
    const at = id => of(id).find(r => r.round === n)?.seconds
    return at('gantry') <= 1.1 * at('bare') + 1
  })
  lines.push(
    '',
    `Target (issue 14): gantry's pipeline within 10 % of the bare compile time plus 1 s: 1.1 × ${f2(bare)} s + 1 s = ${f2(target)} s; ` +
      `gantry ${f2(g)} s, ${g <= target ? 'met' : `not met (${f2(g - target)} s over)`}; ` +
      `round by round (each gantry run against the bare loop of the same round), within it in ${perRound.filter(Boolean).length} of ${perRound.length} rounds.`,
    '',
    "**Where gantry's time goes** (medians of its `<== step` lines; the rest is Node's start, loading the CLI, parsing every step's inputs and the closing summary):",
    '',
    '| step | s | share |',
    '| --- | ---: | ---: |'
  )
  let sum = 0
  for (const s of STEPS) {
    const v = medPhase('gantry', s)
    if (Number.isFinite(v)) sum += v
    const inner = Object.keys(INNER)
      .filter(k => Number.isFinite(medPhase('gantry', `:${k}`)))
      .filter(k =>
        ({
          build: ['go build', 'archives'],
          image: ['assemble', 'write layout'],
          scan: ['read image', 'vulndb']
        })[s]?.includes(k)
      )
      .map(k => `${k} ${f2(medPhase('gantry', `:${k}`))}`)
    lines.push(`| ${s}${inner.length ? ` (${inner.join(', ')})` : ''} | ${f2(v)} | ${pct(v, g)} |`)
  }
  lines.push(`| the rest | ${f2(g - sum)} | ${pct(g - sum, g)} |`)
  if (Number.isFinite(gr)) {
    const phases = ['before build', 'build', 'archives, checksums', 'ko']
    lines.push(
      '',
      `**goreleaser's phases** (from when its log lines appear): ${phases.map(p => `${p} ${f2(medPhase('goreleaser', p))} s`).join(', ')}.`
    )
  }
  lines.push(
    '',
    `Samples (s): ${Object.keys(res.labels)
      .map(
        id =>
          `${id} ${of(id)
            .map(r => f2(r.seconds))
            .join(', ')}`
      )
      .join('; ')}.`
  )
  return lines
}

const NOTES = `**What goreleaser did here, and what it could not.** \`goreleaser release --clean\` on the tagged
commit with the same build flags, 4 targets, tar.gz archives, a checksums file and \`kos:\` (ko is built into
goreleaser and needs no daemon): \`bare: true\`, \`sbom: none\` (gantry's release attaches no SBOM either),
tags \`{{.Version}}\`, \`{{.Major}}.{{.Minor}}\`, \`latest\`, and a 4-platform base image the benchmark pushes
to the same registry first, holding what gantry's \`scratch\` base adds (the CA bundle, passwd and group
entries for uid 65532). It could not use its default base (\`cgr.dev/chainguard/static\`: no internet here),
its \`dockers:\`/\`docker_manifests:\` integration (needs a Docker daemon and buildx; the daemonless ko path
is the fair one to compare with gantry's oci engine), or \`--snapshot\` (which sends ko's images to a Docker
daemon, \`ko.local\`): so it ran a real release from the tag, with \`release: disable\` and
\`changelog: disable\` (no GitHub here) and a local bare repository as origin. It does not scan: gantry's
time includes its scan (and writing the OCI layout, and 5 image tags to goreleaser's 3). As goreleaser
documents, ko compiles the binaries a second time; with a warm cache that is a relink.

**Reading the profile.** gantry's main thread is idle about half of its run (a CPU profile of one run:
\`node --cpu-prof\`), waiting for \`go build\` and for zlib's threads. Its go build step costs what the bare
loop costs; what it adds over the bare compile is the work the bare loop does not do: the archives (gzip -6
of every binary), the image (gzip -1 of every binary into layers, configs, index, the layout), the scan
(reading the layers back and loading the OSV records) and the push, each a tenth to a quarter of a second
here, plus about 0.12 s of Node start-up before the first log line. No one step dominates. These steps
scale with the machine's load while the target's fixed 1 s does not, so on a loaded machine the target is
missed: see the note after this section. The ways to make it hold under load are structural (pack the
archives while the image is assembled and scanned; compress each binary once for both).`

const resultsFile = path.join(benchDir, 'pipeline-results.json')
const res = args.includes('--report-only') ? JSON.parse(readFileSync(resultsFile, 'utf8')) : await main()
if (!args.includes('--report-only')) await writeFile(resultsFile, JSON.stringify(res, null, 2))
const body = report(res).join('\n')
if (!write) console.log(body)
else {
  const file = path.join(root, 'BENCHMARKS.md')
  let md = existsSync(file) ? await readFile(file, 'utf8') : ''
  const begin = '<!-- bench:pipeline -->'
  const end = '<!-- /bench:pipeline -->'
  const block = `${begin}\n## The one-step pipeline: gantry release vs goreleaser + ko vs the bare compile (bench/pipeline.sh)\n\n${body}\n\n${NOTES}\n${end}`
  const i = md.indexOf(begin)
  const j = md.indexOf(end)
  md = i >= 0 && j > i ? md.slice(0, i) + block + md.slice(j + end.length) : `${md.trimEnd()}\n\n${block}\n`
  await writeFile(file, md)
  console.error(`bench: wrote ${file}`)
}
