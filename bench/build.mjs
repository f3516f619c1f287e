// The cross-build benchmark's harness (run it through bench/build.sh, which does the setup): builds each
// project for GoReleaser's 8 default targets with three tools — a bare shell loop of `go build`, `gantry
// build` and `goreleaser build --snapshot` — with the same flags, cold (fresh GOCACHE) then warm (same
// GOCACHE, same sources), several repetitions with the tool order rotated, and writes medians, ratios and
// peak memory into BENCHMARKS.md between <!-- bench:build --> and <!-- /bench:build -->.
//
// Peak memory is measured two ways: the sum of RSS over the whole process tree, sampled from /proc every
// 100 ms (catches concurrent compiles), and /usr/bin/time's maximum RSS of the largest single process.

import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure, median } from './lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = process.env.BENCH_DIR
if (!benchDir) throw new Error('BENCH_DIR is not set: run bench/build.sh')

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const reps = Number(opt('reps', '3'))
const wantProjects = opt('projects', 'hello,idgen,yq').split(',')
// --reps-for yq=1 lowers the repetitions of one project (the mid-size module's cold builds are long).
const repsFor = Object.fromEntries(
  (opt('reps-for', '') || '')
    .split(',')
    .filter(Boolean)
    .map(kv => [kv.split('=')[0], Number(kv.split('=')[1])])
)
let tools = opt('tools', 'bare,gantry,goreleaser').split(',')
const write = !args.includes('--no-write')
const yqVersion = opt('yq-version', '?')
const goreleaserVersion = opt('goreleaser-version', '?')
const parallelism = 1
// Warm rebuilds are cheap: each cold build is followed by this many, all counted in the warm median.
const warmReps = Number(opt('warm-reps', '3'))

const TARGETS = [
  ['darwin', 'amd64'],
  ['darwin', 'arm64'],
  ['linux', '386'],
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['windows', '386'],
  ['windows', 'amd64'],
  ['windows', 'arm64']
]
const VERSION = '1.0.0'
const DATE = '2026-01-01T00:00:00Z'

const gantryCli = path.join(root, 'dist/cli/index.js')
const goreleaser = opt('goreleaser', path.join(root, '.tools/bin/goreleaser'))

function gantryHasBuild() {
  try {
    const out = execFileSync(process.execPath, [gantryCli, '--help'], { encoding: 'utf8', stdio: 'pipe' })
    return /^\s*build\b/m.test(out)
  } catch (e) {
    return /^\s*build\b/m.test(String(e.stdout ?? '') + String(e.stderr ?? ''))
  }
}
const gantryPending = tools.includes('gantry') && !gantryHasBuild()
if (gantryPending) {
  console.error('bench: this checkout has no `gantry build` yet; its column stays pending')
  tools = tools.filter(t => t !== 'gantry')
}

// ---- projects -------------------------------------------------------------------------------------------

function projectList() {
  const list = []
  for (const name of readdirSync(path.join(root, 'examples')).sort()) {
    const dir = path.join(root, 'examples', name)
    if (existsSync(path.join(dir, 'go.mod'))) list.push({ name, src: dir, origin: `examples/${name}` })
  }
  list.push({
    name: 'yq',
    src: path.join(benchDir, 'src/yq'),
    origin: `github.com/mikefarah/yq/v4@${yqVersion}`
  })
  return list
    .filter(p => wantProjects.includes(p.name))
    .map(p => {
      const main = existsSync(path.join(p.src, 'cmd', p.name)) ? `./cmd/${p.name}` : '.'
      return { ...p, main, binary: p.name }
    })
}

const git = (cwd, ...a) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...a], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: DATE, GIT_COMMITTER_DATE: DATE }
  }).trim()

/** A fresh copy of the project in a git repository of its own with one commit (gantry and GoReleaser read
 * the commit), plus the GoReleaser config. */
async function prepare(p) {
  const work = path.join(benchDir, 'work', p.name)
  await rm(work, { recursive: true, force: true })
  await mkdir(path.dirname(work), { recursive: true })
  await cp(p.src, work, { recursive: true, filter: s => !s.split(path.sep).includes('.git') })
  git(work, 'init', '-q')
  git(work, 'add', '-A')
  git(work, 'commit', '-qm', 'bench', '--no-verify')
  const commit = git(work, 'rev-parse', 'HEAD')
  // gantry's default ldflags with the -buildid= it appends, so all three tools link with the same flags
  // (Go records -ldflags in the binary's build info: equal flags give byte-identical binaries).
  const ldflags = `-s -w -X main.version=${VERSION} -X main.commit=${commit} -X main.date=${DATE} -buildid=`
  const cfg = [
    'version: 2',
    `project_name: ${p.name}`,
    'builds:',
    `  - id: ${p.name}`,
    `    main: ${p.main}`,
    `    binary: ${p.binary}`,
    '    env: [CGO_ENABLED=0]',
    '    goos: [linux, darwin, windows]',
    '    goarch: [amd64, arm64, "386"]',
    '    ignore: [{ goos: darwin, goarch: "386" }]',
    '    flags: [-trimpath, -mod=readonly]',
    `    ldflags: ["${ldflags}"]`,
    ''
  ].join('\n')
  await writeFile(path.join(benchDir, 'work', `${p.name}.goreleaser.yaml`), cfg)
  // The bare loop: what a hand-written CI step does.
  const loop = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    `out="$1"`,
    `for t in ${TARGETS.map(t => t.join('/')).join(' ')}; do`,
    '  os=${t%/*} arch=${t#*/} ext=; [ "$os" = windows ] && ext=.exe',
    `  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -mod=readonly -trimpath -ldflags "${ldflags}" -o "$out/\${os}_\${arch}/${p.binary}$ext" ${p.main}`,
    'done',
    ''
  ].join('\n')
  await writeFile(path.join(benchDir, 'work', `${p.name}.loop.sh`), loop, { mode: 0o755 })
  return { ...p, work, commit }
}

function command(tool, p, out) {
  const w = path.join(benchDir, 'work')
  if (tool === 'bare') return ['bash', [path.join(w, `${p.name}.loop.sh`), out]]
  if (tool === 'goreleaser')
    return [
      goreleaser,
      [
        'build',
        '--snapshot',
        '--clean',
        '--parallelism',
        String(parallelism),
        '--config',
        path.join(w, `${p.name}.goreleaser.yaml`),
        // GoReleaser's dist flag is not in v2's build command; the config's default (./dist) is used.
        ...[]
      ]
    ]
  return [
    process.execPath,
    [
      gantryCli,
      'build',
      '--working-directory',
      p.work,
      '--targets',
      'default',
      '--dist',
      out,
      '--version',
      VERSION,
      '--cache',
      'false',
      '--archives',
      'false',
      '--checksums',
      'false',
      '--parallelism',
      String(parallelism)
    ]
  ]
}

// ---- measuring ------------------------------------------------------------------------------------------

function binaries(dir, binary) {
  const found = []
  const walk = d => {
    for (const e of readdirSync(d)) {
      const full = path.join(d, e)
      if (statSync(full).isDirectory()) walk(full)
      else if (e === binary || e === `${binary}.exe`) found.push(full)
    }
  }
  walk(dir)
  return found
}

const sha = f => createHash('sha256').update(readFileSync(f)).digest('hex')

/** sha256 of each target's binary, keyed by goos_goarch, read from wherever the tool put it. */
function digests(dir, binary) {
  const out = {}
  for (const f of binaries(dir, binary)) {
    const m = /(darwin|linux|windows)_(amd64|arm64|386)/.exec(path.relative(dir, f))
    if (m) out[m[0]] = sha(f)
  }
  return out
}

// ---- the run --------------------------------------------------------------------------------------------

const goVersion = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim()
const baseEnv = {
  ...process.env,
  GOPROXY: 'off',
  GOSUMDB: 'off',
  GOTOOLCHAIN: 'local',
  GOTELEMETRY: 'off',
  GOMODCACHE: path.join(benchDir, 'gomodcache')
}

// Results accumulate in $BENCH_DIR/results.json: running some projects replaces only theirs, and the report
// covers every project measured so far, so a long run can go project by project.
const resultsFile = path.join(benchDir, 'results.json')
const store = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {}
store.projects ??= {}

async function runProject(p0) {
  const p = await prepare(p0)
  const n = repsFor[p.name] ?? reps
  const rows = []
  const run = {
    origin: p.origin,
    main: p.main,
    reps: n,
    warmReps,
    parallelism,
    tools,
    gantryPending,
    gantryCommit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8'
    }).trim(),
    goVersion,
    goreleaserVersion,
    node: process.version,
    started: new Date().toISOString(),
    loadStart: os.loadavg(),
    rows
  }
  for (let r = 0; r < n; r++) {
    const order = tools.map((_, i) => tools[(i + r) % tools.length])
    for (const tool of order) {
      const gocache = path.join(benchDir, 'gocache', `${p.name}-${tool}`)
      const out = path.join(benchDir, 'out', p.name, tool)
      for (const phase of ['cold', ...Array(warmReps).fill('warm')]) {
        if (phase === 'cold') await rm(gocache, { recursive: true, force: true })
        await mkdir(gocache, { recursive: true })
        await rm(out, { recursive: true, force: true })
        await rm(path.join(p.work, 'dist'), { recursive: true, force: true })
        const [cmd, argv] = command(tool, p, out)
        const load = os.loadavg()[0]
        const m = await measure(cmd, argv, p.work, { ...baseEnv, GOCACHE: gocache }, benchDir)
        const built = digests(tool === 'goreleaser' ? path.join(p.work, 'dist') : out, p.binary)
        if (Object.keys(built).length !== TARGETS.length)
          throw new Error(
            `${tool} built ${Object.keys(built).length} of ${TARGETS.length} binaries for ${p.name}`
          )
        rows.push({ tool, phase, rep: r, load, ...m, digests: built })
        console.error(
          `${p.name} ${tool} ${phase} rep ${r + 1}/${n}: ${m.seconds.toFixed(1)} s, tree ${(m.peakTreeRss / 2 ** 20).toFixed(0)} MiB, load ${load.toFixed(1)}`
        )
      }
    }
  }
  run.finished = new Date().toISOString()
  run.loadEnd = os.loadavg()
  return run
}

// ---- report ---------------------------------------------------------------------------------------------

const MiB = b => (b / 2 ** 20).toFixed(0)
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–')
const pick = (project, tool, phase) =>
  (store.projects[project]?.rows ?? []).filter(x => x.tool === tool && x.phase === phase)

const allTools = ['bare', 'gantry', 'goreleaser']
const label = {
  bare: 'bare `go build` loop',
  gantry: '`gantry build`',
  goreleaser: `\`goreleaser build --snapshot\` ${goreleaserVersion}`
}
const cpu = os.cpus()[0]?.model ?? '?'

function report() {
  const lines = []
  const runs = Object.values(store.projects)
  const any = runs[0]
  if (!any) return ['No results yet: run bench/build.sh.']
  lines.push(
    `Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, shared with other work ` +
      `while measuring (the load averages are below); ${any.goVersion}, Node ${any.node}.`,
    '',
    `Each build: the 8 default targets, \`CGO_ENABLED=0 -trimpath -mod=readonly -ldflags "-s -w -X main.version/commit/date -buildid="\`, ` +
      `parallelism ${any.parallelism} for all three tools (one target at a time; each \`go build\` still compiles packages on every core). ` +
      '*Cold*: empty GOCACHE, every module already in GOMODCACHE (downloaded in setup), GOPROXY=off. ' +
      `*Warm*: the same command ${any.warmReps} times more on the same GOCACHE with nothing changed. gantry runs with ` +
      '`--cache false --archives false --checksums false` (no cache server, binaries only, like the other two); ' +
      'it still runs `go mod download`, `go mod verify` and `go list`, which count as its overhead. ' +
      'Tool order rotates per repetition. Peak RSS: sum over the process tree sampled every 100 ms, and the largest ' +
      'single process (`/usr/bin/time`). "Same bytes as bare": how many of the 8 binaries are identical to the ' +
      'bare loop’s, a check that the three tools did the same work. Wall times on this shared machine move by tens ' +
      'of percent between repetitions with the other load; CPU seconds (user + sys of the whole process tree) move ' +
      'far less and are the better measure of what a tool adds.',
    ''
  )
  for (const [name, run] of Object.entries(store.projects).sort()) {
    const p = { name, ...run }
    const n = run.reps
    const loads = run.rows.map(x => x.load)
    lines.push(
      `**${p.name}** (${p.origin}, main \`${p.main}\`), ${n} repetition${n === 1 ? '' : 's'}, medians; ` +
        `${run.started.slice(0, 16)}Z–${run.finished.slice(11, 16)}Z, gantry at commit ${run.gantryCommit}, 1-minute load at the start of the builds ` +
        `${fmt(Math.min(...loads))}–${fmt(Math.max(...loads))} (median ${fmt(median(loads))}):`,
      ''
    )
    lines.push(
      '| tool | cold s | warm s | cold × bare | warm × bare | warm / cold | cold CPU s | cold CPU × bare | warm CPU s | peak RSS tree, cold | largest process | same bytes as bare |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
    )
    const base = {
      cold: median(pick(p.name, 'bare', 'cold').map(x => x.seconds)),
      warm: median(pick(p.name, 'bare', 'warm').map(x => x.seconds)),
      cpu: median(pick(p.name, 'bare', 'cold').map(x => x.cpuSeconds))
    }
    const bareDigests = pick(p.name, 'bare', 'cold')[0]?.digests
    for (const tool of allTools) {
      if (tool === 'gantry' && run.gantryPending) {
        lines.push(`| ${label[tool]} | pending | pending | | | | | | | | | |`)
        continue
      }
      const cold = pick(p.name, tool, 'cold')
      const warm = pick(p.name, tool, 'warm')
      if (!cold.length) continue
      const c = median(cold.map(x => x.seconds))
      const w = median(warm.map(x => x.seconds))
      const same = bareDigests
        ? Object.entries(cold[0].digests).filter(([k, v]) => bareDigests[k] === v).length
        : NaN
      lines.push(
        `| ${label[tool]} | ${fmt(c)} | ${fmt(w, 2)} | ${fmt(c / base.cold, 3)} | ${fmt(w / base.warm, 2)} | ${fmt((100 * w) / c)} % | ` +
          `${fmt(median(cold.map(x => x.cpuSeconds)))} | ${fmt(median(cold.map(x => x.cpuSeconds)) / base.cpu, 3)} | ${fmt(median(warm.map(x => x.cpuSeconds)), 2)} | ` +
          `${MiB(median(cold.map(x => x.peakTreeRss)))} MiB | ${MiB(median(cold.map(x => x.maxProcessRss)))} MiB | ${same}/${TARGETS.length} |`
      )
    }
    const samples = allTools
      .filter(t => pick(p.name, t, 'cold').length)
      .map(
        t =>
          `${t} cold ${pick(p.name, t, 'cold')
            .map(x => `${fmt(x.seconds)} (CPU ${fmt(x.cpuSeconds)})`)
            .join(', ')}; warm ${pick(p.name, t, 'warm')
            .map(x => fmt(x.seconds, 2))
            .join(', ')}`
      )
    const g = { cold: pick(p.name, 'gantry', 'cold'), warm: pick(p.name, 'gantry', 'warm') }
    if (g.cold.length) {
      const over = 100 * (median(g.cold.map(x => x.seconds)) / base.cold - 1)
      const overCpu = 100 * (median(g.cold.map(x => x.cpuSeconds)) / base.cpu - 1)
      const warmShare = (100 * median(g.warm.map(x => x.seconds))) / median(g.cold.map(x => x.seconds))
      lines.push(
        '',
        `Targets for gantry: cold overhead over the bare loop ${fmt(over)} % in wall time, ${fmt(overCpu)} % in CPU time ` +
          `(target ≤ 3 %: ${over <= 3 ? 'met' : overCpu <= 3 ? 'met in CPU time, not in wall time' : 'not met'}); ` +
          `warm rebuild ${fmt(warmShare)} % of cold (target ≤ 10 %: ${warmShare <= 10 ? 'met' : 'not met'}).`
      )
    }
    lines.push('', `Samples (s): ${samples.join('; ')}.`, '')
  }
  return lines
}

async function writeReport() {
  const lines = report()
  if (!write) {
    console.log(lines.join('\n'))
    return
  }
  const file = path.join(root, 'BENCHMARKS.md')
  let md = existsSync(file) ? await readFile(file, 'utf8') : ''
  const begin = '<!-- bench:build -->'
  const end = '<!-- /bench:build -->'
  const body = `${begin}\n## Cross-builds (bench/build.sh)\n\n${lines.join('\n')}\n${end}`
  const i = md.indexOf(begin)
  const j = md.indexOf(end)
  md = i >= 0 && j > i ? md.slice(0, i) + body + md.slice(j + end.length) : `${md.trimEnd()}\n\n${body}\n`
  await writeFile(file, md)
  console.error(`bench: wrote ${file}`)
}

if (args.includes('--report-only')) await writeReport()
else
  for (const p of projectList()) {
    store.projects[p.name] = await runProject(p)
    await writeFile(resultsFile, JSON.stringify(store, null, 2))
    await writeReport()
  }
