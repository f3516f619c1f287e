// The project's own workflow files, read by act's parser with the runner's strict schema: ci.yml (which runs
// on GitHub's machines and cannot run here: it needs root, apt and GitHub's caches) and release.yml (which
// release.test.ts also runs). act lists their jobs in the stages it would run them in.

import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { actBinary, disallowedSocketCalls, traced } from '../helpers/act.js'
import { repoRoot } from '../helpers/run-action.js'

const exec = promisify(execFile)

let dir: string

beforeAll(async () => {
  // A folder of its own, with a home of its own: act reads .actrc and friends from both.
  dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-lint-'))
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  for (const w of ['ci.yml', 'release.yml'])
    await cp(path.join(repoRoot, '.github/workflows', w), path.join(dir, '.github/workflows', w))
})

const env = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: dir,
  XDG_CONFIG_HOME: path.join(dir, '.config'),
  ACT_DISABLE_VERSION_CHECK: '1'
})

async function act(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await exec(actBinary(), args, { cwd: dir, env: env() })
    return { code: 0, out: r.stdout + r.stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, out: e.stdout + e.stderr }
  }
}

/** `act -l`: stage, job id and job name of every job. */
function jobs(out: string): string[][] {
  return out
    .split('\n')
    .filter(l => /^\d+\s/.test(l))
    .map(l => l.split(/\s{2,}/).slice(0, 3))
}

test.each(['ci.yml', 'release.yml'])('%s passes act --validate --strict', async file => {
  const r = await act(['--validate', '--strict', '-W', `.github/workflows/${file}`])
  expect(r.out).not.toMatch(/Validation Error|Unknown Property|error/i)
  expect(r.code).toBe(0)
})

test('a property the schema does not know fails the same check (the check can fail)', async () => {
  const bad = path.join(dir, 'bad.yml')
  await exec('sh', ['-c', `sed 's/timeout-minutes:/timeout-minute:/' .github/workflows/ci.yml > "$0"`, bad], {
    cwd: dir
  })
  const r = await act(['--validate', '--strict', '-W', bad])
  expect(r.code).not.toBe(0)
  expect(r.out).toMatch(/Unknown Property timeout-minute/)
})

test('ci.yml: the checks and the test tiers, side by side, on pull requests and pushes', async () => {
  const r = await act(['-l', '-W', '.github/workflows/ci.yml'])
  expect(r.code).toBe(0)
  // act lists the jobs of one stage in no particular order.
  expect(jobs(r.out).sort((a, b) => (a.join() < b.join() ? -1 : 1))).toEqual([
    ['0', 'checks', 'lint, typecheck, format, dist, docs, unit tier'],
    ['0', 'tests', 'integration, rig and act tiers']
  ])
  expect(r.out).toMatch(/ci\.yml\s+pull_request,push/)
})

test('release.yml: plan, build, image, merge, scan, release, one after another, on workflow_call', async () => {
  const r = await act(['-l', '-W', '.github/workflows/release.yml'])
  expect(r.code).toBe(0)
  expect(jobs(r.out).map(j => j.slice(0, 2))).toEqual([
    ['0', 'plan'],
    ['1', 'build'],
    ['2', 'image'],
    ['3', 'merge'],
    ['4', 'scan'],
    ['5', 'release']
  ])
  expect(r.out).toMatch(/workflow_call/)
})

test('listing reaches nothing beyond the machine', async () => {
  const { code, calls } = await traced([actBinary(), '-l', '-W', '.github/workflows/ci.yml'], {
    cwd: dir,
    env: env()
  })
  expect(code).toBe(0)
  expect(disallowedSocketCalls(calls)).toEqual([])
})
