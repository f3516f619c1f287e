// The stages chained as a workflow chains them, each through its bundle as a runner runs it: tag decides the
// version and the image references, go-build cross-compiles with that version and writes artifacts.json, and
// image reads artifacts.json (and tag's outputs) to push a multi-arch image to the rig's registry. What this
// checks is the contract between stages: the version, commit and labels agree end to end.
import { execFile, execFileSync } from 'node:child_process'
import { cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { repoRoot, runAction, type ActionRun } from '../helpers/run-action.js'
import { rig, type Rig } from '../helpers/rig.js'

const exec = promisify(execFile)

let r: Rig
let repo: string
let sha: string
let env: Record<string, string>
const run = `e2e${Date.now().toString(36)}`

function git(args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'e2e',
      GIT_AUTHOR_EMAIL: 'e2e@example.com',
      GIT_COMMITTER_NAME: 'e2e',
      GIT_COMMITTER_EMAIL: 'e2e@example.com',
      GIT_COMMITTER_DATE: '2026-03-04T05:06:07Z',
      GIT_AUTHOR_DATE: '2026-03-04T05:06:07Z'
    }
  }).trim()
}

function expectOk(a: ActionRun, what: string): void {
  if (a.code !== 0) throw new Error(`${what} failed (exit ${a.code}):\n${a.log}`)
}

beforeAll(async () => {
  r = rig()
  env = { ...r.env, DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-e2e-docker-')) }
  repo = await mkdtemp(path.join(os.tmpdir(), 'gantry-e2e-repo-'))
  await cp(path.join(repoRoot, 'examples/hello'), repo, { recursive: true })
  git(['init', '-q', '-b', 'main'])
  git(['add', '.'])
  git(['commit', '-qm', 'feat: hello'])
  git(['tag', 'v1.3.0'])
  git(['commit', '-q', '--allow-empty', '-m', 'feat(greet): greet by name'])
  git(['tag', '-a', '-m', 'v1.4.0', 'v1.4.0'])
  sha = git(['rev-parse', 'HEAD'])
})

test('tag -> go-build -> image: one version, commit and label set from the tag push to the running image', async () => {
  const image = `${r.registry}/${run}/hello`
  const event = { name: 'push', payload: { ref: 'refs/tags/v1.4.0', repository: { default_branch: 'main' } } }
  const common = { cwd: repo, ref: 'refs/tags/v1.4.0', sha, repository: 'octo/hello', event }

  const tag = await runAction('tag', { ...common, inputs: { images: image } })
  expectOk(tag, 'tag')
  expect(tag.outputs.version).toBe('1.4.0')
  const refs = tag.outputs.tags.split('\n')
  expect(refs).toEqual(
    expect.arrayContaining([`${image}:1.4.0`, `${image}:1.4`, `${image}:1`, `${image}:latest`])
  )

  const build = await runAction('go-build', {
    ...common,
    inputs: { targets: 'linux/amd64,linux/arm64', version: tag.outputs.version, cache: 'false' }
  })
  expectOk(build, 'go-build')
  expect(build.outputs.version).toBe('1.4.0')

  const img = await runAction('image', {
    ...common,
    env,
    inputs: {
      artifacts: path.join(build.outputs.dist, 'artifacts.json'),
      tags: tag.outputs.tags,
      labels: tag.outputs.labels,
      push: 'true',
      builder: r.builder
    }
  })
  expectOk(img, 'image')
  expect(Object.keys(JSON.parse(img.outputs.platforms)).sort()).toEqual(['linux/amd64', 'linux/arm64'])

  // Every tag the tag stage chose points at the one index the image stage pushed.
  const skopeo = async (args: string[]): Promise<string> =>
    (await exec('skopeo', [...args], { env: { ...process.env, ...env }, maxBuffer: 32 << 20 })).stdout
  for (const ref of refs) {
    const digest = (
      await skopeo(['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${ref}`])
    ).trim()
    expect(digest).toBe(img.outputs.digest)
  }
  const config = JSON.parse(
    await skopeo(['inspect', '--tls-verify=false', '--override-arch', 'arm64', `docker://${image}:1.4.0`])
  ) as { Labels: Record<string, string>; Architecture: string }
  expect(config.Architecture).toBe('arm64')
  expect(config.Labels['org.opencontainers.image.version']).toBe('1.4.0')
  expect(config.Labels['org.opencontainers.image.revision']).toBe(sha)
  expect(config.Labels['org.opencontainers.image.created']).toBe('2026-03-04T05:06:07Z')

  // The binary in the image carries the same version, commit and (commit-time) date.
  await exec('docker', ['pull', '-q', '--platform', 'linux/amd64', `${image}:1.4.0`], {
    env: { ...process.env, ...env }
  })
  const out = await exec(
    'docker',
    ['run', '--rm', '--network', 'none', '--platform', 'linux/amd64', `${image}:1.4.0`],
    { env: { ...process.env, ...env } }
  )
  expect(out.stdout).toContain(`hello 1.4.0 (commit ${sha}, built 2026-03-04T05:06:07Z, linux/amd64`)
})
