// Warm rebuilds (run through `bench/build.sh --warm`, which does the setup): the fixed cost a tool adds when
// nothing changed. Each project is built for two targets (linux/amd64, linux/arm64) by a bare `go build` loop,
// `gantry build` and `goreleaser build --snapshot`, parallelism 1, all with the same flags: once from an
// empty GOCACHE (the first build; gantry's includes its one `go mod verify` of the go.sum), then --rounds
// rebuilds of the unchanged commit, the tool order rotated per round. Medians go into BENCHMARKS.md between
// <!-- bench:warm --> and <!-- /bench:warm -->. --compare-cli adds another gantry CLI as a column (an older
// checkout's dist/cli/index.js), to show what changed.

import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure, median } from './lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = process.env.BENCH_DIR
if (!benchDir) throw new Error('BENCH_DIR is not set: run bench/build.sh --warm')

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const rounds = Number(opt('rounds', '7'))
const wantProjects = opt('projects', 'sh,migrate').split(',')
const write = !args.includes('--no-write')
const goreleaser = opt('goreleaser', '')
const goreleaserVersion = opt('goreleaser-version', '?')
const compareCli = opt('compare-cli', '')
const compareLabel = opt('compare-label', 'gantry before')
const TARGETS = ['linux/amd64', 'linux/arm64']
const VERSION = '1.0.0'
const DATE = '2026-01-01T00:00:00Z'
const gantryCli = path.join(root, 'dist/cli/index.js')

const PROJECTS = [
  {
    name: 'sh',
    origin: `mvdan.cc/sh/v3@${opt('sh-version', '?')}`,
    main: './cmd/shfmt',
    binary: 'shfmt'
  },
  {
    name: 'migrate',
    origin: `github.com/golang-migrate/migrate/v4@${opt('migrate-version', '?')}`,
    main: './cmd/migrate',
    binary: 'migrate'
  }
].filter(p => wantProjects.includes(p.name))

const git = (cwd, ...a) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...a], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: DATE, GIT_COMMITTER_DATE: DATE }
  }).trim()

/** The project in a git repository of its own (one commit), a GoReleaser config and the bare loop. */
async function prepare(p) {
  const work = path.join(benchDir, 'warm', p.name)
  await rm(work, { recursive: true, force: true })
  await mkdir(path.dirname(work), { recursive: true })
  await cp(path.join(benchDir, 'src', p.name), work, {
    recursive: true,
    filter: s => !s.split(path.sep).includes('.git')
  })
  // GoReleaser writes into ./dist of the repository: ignored, as a project would have it.
  await writeFile(path.join(work, '.gitignore'), '/dist/\n')
  git(work, 'init', '-q')
  git(work, 'add', '-A')
  git(work, 'commit', '-qm', 'bench', '--no-verify')
  const commit = git(work, 'rev-parse', 'HEAD')
  const ldflags = `-s -w -X main.version=${VERSION} -X main.commit=${commit} -X main.date=${DATE} -buildid=`
  const cfg = path.join(benchDir, 'warm', `${p.name}.goreleaser.yaml`)
  await writeFile(
    cfg,
    [
      'version: 2',
      `project_name: ${p.name}`,
      'builds:',
      `  - main: ${p.main}`,
      `    binary: ${p.binary}`,
      '    env: [CGO_ENABLED=0]',
      '    goos: [linux]',
      '    goarch: [amd64, arm64]',
      '    flags: [-trimpath, -mod=readonly]',
      `    ldflags: ["${ldflags}"]`,
      ''
    ].join('\n')
  )
  const loop = path.join(benchDir, 'warm', `${p.name}.loop.sh`)
  await writeFile(
    loop,
    [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      `for t in ${TARGETS.join(' ')}; do`,
      '  os=${t%/*} arch=${t#*/}',
      `  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -mod=readonly -trimpath -ldflags "${ldflags}" -o "$1/\${os}_\${arch}/${p.binary}" ${p.main}`,
      'done',
      ''
    ].join('\n'),
    { mode: 0o755 }
  )
  return { ...p, work, cfg, loop }
}

function tools() {
  const gantry = cli => (p, out) => [
    process.execPath,
    [
      cli,
      'build',
      '--working-directory',
      p.work,
      '--main',
      p.main,
      '--targets',
      TARGETS.join(','),
      '--dist',
      out,
      '--version',
      VERSION,
      '--cache=false',
      '--archives=false',
      '--checksums=false',
      '--parallelism',
      '1'
    ]
  ]
  const list = [
    { id: 'bare', label: 'bare `go build` loop', command: (p, out) => ['bash', [p.loop, out]] },
    { id: 'gantry', label: '`gantry build`', command: gantry(gantryCli) },
    {
      id: 'goreleaser',
      label: `\`goreleaser build --snapshot\` ${goreleaserVersion}`,
      command: p => [goreleaser, ['build', '--snapshot', '--clean', '--parallelism', '1', '--config', p.cfg]]
    }
  ]
  if (compareCli) list.push({ id: 'compare', label: compareLabel, command: gantry(compareCli) })
  return list
}

const baseEnv = {
  ...process.env,
  GOPROXY: 'off',
  GOSUMDB: 'off',
  GOTOOLCHAIN: 'local',
  GOTELEMETRY: 'off',
  GOMODCACHE: path.join(benchDir, 'gomodcache'),
  // gantry's facts and V8's compile cache of the CLI live under $XDG_CACHE_HOME/gantry: a folder of the
  // benchmark's own, emptied before each project's first builds, so a first build finds nothing kept.
  XDG_CACHE_HOME: path.join(benchDir, 'warm-xdg-cache')
}

async function runProject(p0) {
  const p = await prepare(p0)
  const list = tools()
  const rows = []
  const started = new Date().toISOString()
  const once = async (t, phase, round) => {
    const out = path.join(benchDir, 'warm-out', p.name, t.id)
    await rm(out, { recursive: true, force: true })
    await rm(path.join(p.work, 'dist'), { recursive: true, force: true })
    const [cmd, argv] = t.command(p, out)
    const load = os.loadavg()[0]
    const gocache = path.join(benchDir, 'warm-gocache', `${p.name}-${t.id}`)
    const m = await measure(cmd, argv, p.work, { ...baseEnv, GOCACHE: gocache }, benchDir)
    rows.push({ tool: t.id, phase, round, load, ...m })
    console.error(`${p.name} ${t.id} ${phase} ${round}: ${m.seconds.toFixed(2)} s (load ${load.toFixed(1)})`)
  }
  // gantry keeps its verify marker in GOMODCACHE: start each run of the benchmark without it, so the
  // first build shows the verify once.
  await rm(path.join(baseEnv.GOMODCACHE, 'cache', 'gantry'), { recursive: true, force: true })
  await rm(baseEnv.XDG_CACHE_HOME, { recursive: true, force: true })
  for (const t of list) {
    await rm(path.join(benchDir, 'warm-gocache', `${p.name}-${t.id}`), { recursive: true, force: true })
    await once(t, 'first', 0)
  }
  for (let r = 0; r < rounds; r++)
    for (const t of list.map((_, i) => list[(i + r) % list.length])) await once(t, 'warm', r + 1)
  return {
    origin: p.origin,
    main: p.main,
    rounds,
    labels: Object.fromEntries(list.map(t => [t.id, t.label])),
    gantryCommit: git(root, 'rev-parse', '--short', 'HEAD'),
    goVersion: execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim(),
    node: process.version,
    goSumLines: readFileSync(path.join(p.work, 'go.sum'), 'utf8').split('\n').filter(Boolean).length,
    started,
    finished: new Date().toISOString(),
    rows
  }
}

const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–')

function report(store) {
  const lines = [
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), shared with other work while measuring ` +
      '(load below). Two targets (linux/amd64, linux/arm64), parallelism 1, the same flags for every tool ' +
      '(`CGO_ENABLED=0 -trimpath -mod=readonly -ldflags "-s -w -X ... -buildid="`); gantry with ' +
      '`--cache=false --archives=false --checksums=false`. *First*: from an empty GOCACHE, every module already ' +
      'in GOMODCACHE (GOPROXY=off); gantry’s includes its one `go mod verify`; one sample per tool, so it ' +
      'moves with the machine’s other load by tens of percent. *Warm*: the unchanged commit ' +
      'rebuilt, tool order rotated per round; medians. gantry’s kept facts and compile cache (XDG_CACHE_HOME) ' +
      'start empty before the first builds. CPU: user + sys of the whole process tree; the ratios compare ' +
      'medians measured in the same run.',
    ''
  ]
  for (const [name, run] of Object.entries(store)) {
    const ids = Object.keys(run.labels)
    const warm = id => run.rows.filter(x => x.tool === id && x.phase === 'warm')
    const first = id => run.rows.find(x => x.tool === id && x.phase === 'first')
    const gr = median(warm('goreleaser').map(x => x.seconds))
    const grCpu = median(warm('goreleaser').map(x => x.cpuSeconds))
    const loads = run.rows.map(x => x.load)
    lines.push(
      `**${name}** (${run.origin}, main \`${run.main}\`, go.sum ${run.goSumLines} lines), ${run.rounds} warm rounds; ` +
        `${run.started.slice(0, 16)}Z–${run.finished.slice(11, 16)}Z, gantry at ${run.gantryCommit}, ${run.goVersion}, ` +
        `Node ${run.node}, 1-minute load ${fmt(Math.min(...loads), 1)}–${fmt(Math.max(...loads), 1)} (median ${fmt(median(loads), 1)}):`,
      '',
      '| tool | first build s | warm s (median) | warm s (min) | warm CPU s | warm × goreleaser | warm CPU × goreleaser |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
    )
    for (const id of ids) {
      const w = warm(id)
      const m = median(w.map(x => x.seconds))
      const c = median(w.map(x => x.cpuSeconds))
      lines.push(
        `| ${run.labels[id]} | ${fmt(first(id)?.seconds, 1)} | ${fmt(m)} | ${fmt(Math.min(...w.map(x => x.seconds)))} | ` +
          `${fmt(c)} | ${fmt(m / gr)} | ${fmt(c / grCpu)} |`
      )
    }
    const g = median(warm('gantry').map(x => x.seconds)) / gr
    const gCpu = median(warm('gantry').map(x => x.cpuSeconds)) / grCpu
    if (Number.isFinite(g))
      lines.push(
        '',
        `Target: gantry's warm rebuild at or below goreleaser's in the same run: ×${fmt(g)} in wall time, ` +
          `×${fmt(gCpu)} in CPU time, ${g <= 1 ? 'met' : gCpu <= 1 ? 'met in CPU time, not in wall time' : 'not met'}.`
      )
    lines.push(
      '',
      `Samples (s): ${ids
        .map(
          id =>
            `${id} ${warm(id)
              .map(x => fmt(x.seconds))
              .join(', ')}`
        )
        .join('; ')}.`,
      ''
    )
  }
  return lines
}

const resultsFile = path.join(benchDir, 'warm-results.json')
const store = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {}
if (!args.includes('--report-only'))
  for (const p of PROJECTS) {
    store[p.name] = await runProject(p)
    await writeFile(resultsFile, JSON.stringify(store, null, 2))
  }
const body = report(store)
if (!write) console.log(body.join('\n'))
else {
  const file = path.join(root, 'BENCHMARKS.md')
  let md = existsSync(file) ? await readFile(file, 'utf8') : ''
  const begin = '<!-- bench:warm -->'
  const end = '<!-- /bench:warm -->'
  const block = `${begin}\n## Warm rebuilds (bench/build.sh --warm)\n\n${body.join('\n')}\n${end}`
  const i = md.indexOf(begin)
  const j = md.indexOf(end)
  md = i >= 0 && j > i ? md.slice(0, i) + block + md.slice(j + end.length) : `${md.trimEnd()}\n\n${block}\n`
  await writeFile(file, md)
  console.error(`bench: wrote ${file}`)
}
