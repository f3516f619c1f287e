// The reusable release workflow's `groups` step (.github/workflows/release.yml, job plan): the bash + jq that
// turns the plan action's matrix, the runners input and the platforms input into the build matrix (targets
// grouped by runner) and the image matrix. Run here exactly as written in the workflow, with the env it is
// given there, on matrices from the real plan command; the act tier runs it inside the whole workflow.

import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { load as loadYaml } from 'js-yaml'
import { repoRoot, runCli } from '../helpers/run-action.js'

const exec = promisify(execFile)

interface Step {
  id?: string
  run?: string
  env?: Record<string, string>
}

let script: string
let stepEnv: string[]
const matrices = new Map<string, string>()

beforeAll(async () => {
  const workflow = loadYaml(await readFile(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8')) as {
    jobs: { plan: { steps: Step[] } }
  }
  const step = workflow.jobs.plan.steps.find(s => s.id === 'groups')!
  script = step.run!
  stepEnv = Object.keys(step.env ?? {}).sort()
})

/** The plan command's matrix and targets for these targets (examples/hello, the installed Go). */
async function plan(targets: string): Promise<{ matrix: string; targets: string }> {
  if (!matrices.has(targets)) {
    const r = await runCli(['plan', '--targets', targets, '--working-directory', 'examples/hello'])
    expect(r.code).toBe(0)
    matrices.set(targets, r.stdout)
  }
  const out = JSON.parse(matrices.get(targets)!) as { matrix: unknown; targets: unknown }
  return { matrix: JSON.stringify(out.matrix), targets: JSON.stringify(out.targets) }
}

interface Groups {
  code: number
  outputs: Record<string, string>
  /** The workflow commands (::error, ::warning) the step printed. */
  commands: string[]
  stdout: string
}

async function groups(opts: {
  targets: string
  runners?: string
  platforms?: string
  images?: string
  push?: boolean
  fallback?: string
}): Promise<Groups> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-groups-'))
  const output = path.join(dir, 'output')
  await writeFile(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: output,
    MATRIX: (await plan(opts.targets)).matrix,
    RUNNERS: opts.runners ?? '{}',
    FALLBACK: opts.fallback ?? 'ubuntu-latest',
    // The workflow's platforms step runs the plan action on the platforms input; its targets output.
    ONLY: opts.platforms ? (await plan(opts.platforms)).targets : '',
    IMAGES: opts.images ?? '',
    PUSH: String(opts.push ?? false)
  }
  expect(
    Object.keys(env)
      .filter(k => !['PATH', 'GITHUB_OUTPUT'].includes(k))
      .sort()
  ).toEqual(stepEnv)
  let code = 0
  let stdout = ''
  try {
    stdout = (await exec('bash', ['-e', '-c', script], { env })).stdout
  } catch (err) {
    const e = err as { code: number; stdout: string }
    code = e.code
    stdout = e.stdout
  }
  const outputs: Record<string, string> = {}
  for (const line of (await readFile(output, 'utf8')).split('\n')) {
    const eq = line.indexOf('=')
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return { code, outputs, commands: stdout.split('\n').filter(l => l.startsWith('::')), stdout }
}

const json = (s: string): unknown => JSON.parse(s)

describe('the build matrix', () => {
  test('no runners: every target in one job on runs-on', async () => {
    const g = await groups({ targets: 'linux/amd64,linux/arm64,windows/amd64', fallback: 'my-runner' })
    expect(g.code).toBe(0)
    expect(json(g.outputs.builds)).toEqual({
      include: [
        {
          group: '1',
          runner: 'my-runner',
          label: 'my-runner',
          targets: 'linux/amd64,linux/arm64,windows/amd64'
        }
      ]
    })
    expect(g.outputs['has-images']).toBe('false')
    expect(json(g.outputs.images)).toEqual({ include: [] })
    expect(g.commands).toEqual([])
  })

  test('the most specific key wins: platform, then os/arch, then GOARCH, then GOOS, then *', async () => {
    const g = await groups({
      targets: 'linux/amd64,linux/arm64,linux/arm/v6,linux/arm/v7,windows/amd64,darwin/arm64',
      runners: JSON.stringify({
        '*': 'star',
        windows: 'win',
        arm64: 'arm64-runner',
        'linux/arm': 'arm-runner',
        'linux/arm/v7': 'v7-runner'
      })
    })
    expect(g.code).toBe(0)
    const builds = json(g.outputs.builds) as { include: { runner: string; targets: string }[] }
    expect(builds.include.map(b => [b.runner, b.targets])).toEqual([
      ['arm64-runner', 'darwin/arm64,linux/arm64'],
      ['star', 'linux/amd64'],
      ['arm-runner', 'linux/arm/v6'],
      ['v7-runner', 'linux/arm/v7'],
      ['win', 'windows/amd64']
    ])
  })

  test('a list of labels or a runner group is a runs-on value; its label is its JSON', async () => {
    const big = { group: 'big-runners', labels: ['linux'] }
    const g = await groups({
      targets: 'linux/amd64,linux/arm64',
      runners: JSON.stringify({ amd64: big, arm64: ['self-hosted', 'arm64'] })
    })
    expect(g.code).toBe(0)
    expect(json(g.outputs.builds)).toEqual({
      include: [
        { group: '1', runner: big, label: JSON.stringify(big), targets: 'linux/amd64' },
        {
          group: '2',
          runner: ['self-hosted', 'arm64'],
          label: '["self-hosted","arm64"]',
          targets: 'linux/arm64'
        }
      ]
    })
  })

  test('the example in docs/release-workflow.md groups as the page says', async () => {
    const doc = await readFile(path.join(repoRoot, 'docs/release-workflow.md'), 'utf8')
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map(m => loadYaml(m[1]) as { with?: { targets?: string; runners?: string } })
      .find(y => y.with?.runners)!
    const g = await groups({ targets: block.with!.targets!, runners: block.with!.runners! })
    expect(g.code).toBe(0)
    const builds = json(g.outputs.builds) as { include: { runner: unknown; targets: string }[] }
    expect(builds.include.map(b => [b.runner, b.targets])).toEqual([
      ['ubuntu-latest', 'linux/amd64'],
      ['ubuntu-24.04-arm', 'linux/arm/v7,linux/arm64'],
      [['self-hosted', 'big'], 'windows/amd64']
    ])
  })

  test('a key that matches no target is a warning', async () => {
    const g = await groups({ targets: 'linux/amd64', runners: '{"mips64": "x", "riscv64": "y"}' })
    expect(g.code).toBe(0)
    expect(g.commands).toEqual([
      '::warning title=runners::runners keys ["mips64","riscv64"] match no target.'
    ])
  })

  test('blank runners mean none', async () => {
    const g = await groups({ targets: 'linux/amd64', runners: '  \n ' })
    expect(g.code).toBe(0)
    expect((json(g.outputs.builds) as { include: unknown[] }).include).toHaveLength(1)
  })
})

describe('the image matrix', () => {
  test('a job per linux platform, with the group that built it; the first image is the one pushed by digest', async () => {
    const g = await groups({
      targets: 'linux/amd64,linux/arm64,windows/amd64',
      runners: '{"arm64": "arm"}',
      images: 'ghcr.io/o/app,\n docker.io/o/app ',
      push: true
    })
    expect(g.code).toBe(0)
    expect(json(g.outputs.images)).toEqual({
      include: [
        { platform: 'linux/amd64', id: 'linux_amd64_v1', group: '1' },
        { platform: 'linux/arm64', id: 'linux_arm64_v8.0', group: '2' }
      ]
    })
    expect(g.outputs.image).toBe('ghcr.io/o/app')
    expect(g.outputs['has-images']).toBe('true')
  })

  test('platforms narrows the image to some linux targets, in the plan action spelling', async () => {
    const g = await groups({
      targets: 'linux/amd64,linux/arm/v7',
      platforms: 'linux/arm',
      images: 'ghcr.io/o/app'
    })
    expect(g.code).toBe(0)
    expect(
      (json(g.outputs.images) as { include: { platform: string }[] }).include.map(i => i.platform)
    ).toEqual(['linux/arm/v7'])
  })
})

describe('bad input: one ::error naming the input, exit 1, no outputs', () => {
  const expectError = (g: Groups, line: string): void => {
    expect(g.code).toBe(1)
    expect(g.commands).toEqual([line])
    expect(g.outputs).toEqual({})
  }

  test('runners that are not JSON', async () => {
    expectError(
      await groups({ targets: 'linux/amd64', runners: 'arm64: ubuntu-24.04-arm' }),
      '::error title=runners::runners is not a JSON object. Fix: map targets to runs-on labels, as {"arm64": "ubuntu-24.04-arm"}.'
    )
  })

  test('runners that are JSON but not an object', async () => {
    expectError(
      await groups({ targets: 'linux/amd64', runners: '["ubuntu-24.04-arm"]' }),
      '::error title=runners::runners is not a JSON object. Fix: map targets to runs-on labels, as {"arm64": "ubuntu-24.04-arm"}.'
    )
  })

  test('a runner that is not a runs-on value', async () => {
    expectError(
      await groups({ targets: 'linux/amd64', runners: '{"amd64": 4, "arm64": null}' }),
      '::error title=runners::runners: the values of ["amd64","arm64"] are not runs-on values. Fix: give each a label, a list of labels, or {"group": ..., "labels": ...}.'
    )
  })

  test('platforms that are not linux targets', async () => {
    expectError(
      await groups({
        targets: 'linux/amd64,windows/amd64',
        platforms: 'linux/arm64,windows/amd64',
        images: 'ghcr.io/o/app'
      }),
      '::error title=platforms::platforms: linux/arm64, windows/amd64 are not among the linux targets (linux/amd64). Fix: add them to targets, or leave them out of platforms.'
    )
  })

  test('push with no images', async () => {
    expectError(
      await groups({ targets: 'linux/amd64', push: true }),
      '::error title=images::images: push is true but images is empty. Fix: set images (ghcr.io/<owner>/<name>), or push: false.'
    )
  })

  test('images with no linux target', async () => {
    expectError(
      await groups({ targets: 'windows/amd64,darwin/arm64', images: 'ghcr.io/o/app' }),
      '::error title=images::images: the targets have no linux platform to build an image from. Fix: add linux targets (linux/amd64, linux/arm64), or leave images empty.'
    )
  })
})
