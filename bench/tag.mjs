// Benchmark of the tag stage: a generated repository with 20,000 commits and 2,000 tags on several release
// lines (main carries 1.x-3.x, release-1.x carries 1.9.x patches), made with `git fast-import`. Times the
// core decision (version + image tags, in-process), the whole CLI (`gantry tag`, with node start-up), and
// `git describe` as the floor; writes the results into BENCHMARKS.md between <!-- bench:tag --> markers.
//   node bench/tag.mjs [--runs N] [--no-write]

import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 7
const write = !args.includes('--no-write')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gantry-bench-tag-'))
const repo = path.join(tmp, 'repo')
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GITHUB_REF: '' }
const git = (...a) => execFileSync('git', a, { cwd: repo, env, encoding: 'utf8' }).trim()

// 1. The repository: main has 18,000 commits (a tag every 10th: 1,800 tags on 1.x, 2.x, 3.x); release-1.x
// branches off the last 1.x commit with 2,000 commits and 199 patch tags (+ v0.1.0 on the first commit).
// 10 untagged commits end each branch.
function generate() {
  const out = []
  let mark = 0
  let time = 1_600_000_000
  const commit = (branch, msg, from) => {
    mark++
    time += 60
    out.push(`commit refs/heads/${branch}`, `mark :${mark}`, `committer Bench <b@example.com> ${time} +0000`)
    out.push(`data ${Buffer.byteLength(msg)}`, msg)
    if (from) out.push(`from :${from}`)
    out.push('')
    return mark
  }
  const tag = (name, at) => out.push(`reset refs/tags/${name}`, `from :${at}`, '')
  let prev
  let endOf1
  for (let i = 0; i < 18_000; i++) {
    const major = Math.floor(i / 6000) + 1
    const within = i % 6000
    const type = within === 0 && major > 1 ? 'feat!' : i % 3 === 0 ? 'feat' : 'fix'
    prev = commit('main', `${type}: change ${i}\n\nBody of change ${i}.\n`, prev)
    if (i === 0) tag('v0.1.0', prev)
    if (i % 10 === 9) {
      const minor = Math.floor(within / 600)
      const patch = Math.floor((within % 600) / 10)
      tag(`v${major}.${minor}.${patch}`, prev)
    }
    if (i === 5999) endOf1 = prev
  }
  for (let i = 0; i < 10; i++) prev = commit('main', `feat: unreleased ${i}\n`, prev)
  let rel = endOf1
  for (let i = 0; i < 2000; i++) {
    rel = commit('release-1.x', `fix: backport ${i}\n`, i === 0 ? endOf1 : rel)
    if (i % 10 === 9 && i < 1990) tag(`v1.9.${60 + Math.floor(i / 10)}`, rel)
  }
  return out.join('\n') + '\n'
}

let start = performance.now()
execFileSync('git', ['init', '-q', '-b', 'main', repo], { env })
execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, env, input: generate() })
// A clone has its refs packed; fast-import leaves them loose.
git('pack-refs', '--all')
git('checkout', '-q', '-f', 'main')
const genMs = performance.now() - start
const commits = Number(git('rev-list', '--all', '--count'))
const tags = git('tag').split('\n').length

// 2. The core driver, bundled like the actions.
const { code } = await ncc(path.join(root, 'bench/tag-core.ts'), {
  quiet: true,
  minify: false,
  target: 'es2023'
})
const driver = path.join(tmp, 'core.mjs')
writeFileSync(driver, code)

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const timeCmd = (file, argv) => {
  const t = []
  let result
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    result = spawnSync(file, argv, { cwd: repo, env, encoding: 'utf8' })
    t.push(performance.now() - s)
    if (result.status !== 0) throw new Error(`${file} ${argv.join(' ')}: ${result.stderr}`)
  }
  return { ms: median(t), stdout: result.stdout }
}

const rows = []
for (const branch of ['main', 'release-1.x']) {
  git('checkout', '-q', branch)
  const core = JSON.parse(
    spawnSync(process.execPath, [driver, repo, String(runs)], { env, encoding: 'utf8' }).stdout
  )
  const cli = timeCmd(process.execPath, [
    path.join(root, 'dist/cli/index.js'),
    'tag',
    '--images',
    'ghcr.io/octo/hello'
  ])
  const describe = timeCmd('git', ['describe', '--tags', '--match', 'v*', '--abbrev=7'])
  const out = JSON.parse(cli.stdout)
  rows.push({
    branch,
    coreFirst: core.times[0],
    core: median(core.times.slice(1)),
    coreMin: Math.min(...core.times.slice(1)),
    cli: cli.ms,
    describe: describe.ms,
    decision: `${out['previous-version']} → ${out.version}`,
    tagsOut: out['tag-names'].split('\n').join(' '),
    describeOut: describe.stdout.trim()
  })
}
if (args.includes('--keep')) console.log(repo)
else rmSync(tmp, { recursive: true, force: true })

const f = ms => `${Math.round(ms)} ms`
const node = process.version
const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const table = [
  `Generated repository: ${commits} commits, ${tags} tags (made with git fast-import in ${f(genMs)}); median of ${runs} runs;`,
  `node ${node}, ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}, ${os.cpus().length} × ${cpu}, load average`,
  `${os.loadavg()[0].toFixed(1)} at the end (a shared machine: read the minimum when the load is high).`,
  '',
  '| HEAD | decision | core (in-process, warm: median / min) | core (first run) | `gantry tag` CLI | `git describe` (floor) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    r =>
      `| ${r.branch} | ${r.decision} | ${f(r.core)} / ${f(r.coreMin)} | ${f(r.coreFirst)} | ${f(r.cli)} | ${f(r.describe)} (\`${r.describeOut}\`) |`
  ),
  '',
  'Target: < 1 s to decide the version and the image tags. The core lists the tags with `git for-each-ref`',
  '(all, and `--merged=HEAD` for reachability), reads the log since the previous stable tag, and ranks with',
  'node-semver; the CLI adds node start-up and module loading. `git describe` only finds the nearest tag and',
  'does none of the ranking, so it is the floor, not a competitor.',
  '',
  `Image tags decided on main: \`${rows[0].tagsOut}\`.`
].join('\n')
console.log(table)

if (write) {
  const file = path.join(root, 'BENCHMARKS.md')
  const block = `<!-- bench:tag -->\n## tag: version and image tags\n\n${table}\n<!-- /bench:tag -->`
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nEach section is written by its script in bench/.\n'
  const re = /<!-- bench:tag -->[\s\S]*?<!-- \/bench:tag -->/
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`
  writeFileSync(file, text)
}
