// tag -> go-build -> image under act on a tag push: the image action builds from go-build's binaries with
// buildx (the rig's builder) and pushes every tag the tag action chose to the rig's registry. Checked in the
// registry with skopeo: every tag names the one index the step reported, with both platforms and the labels.

import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expectSuccess, makeActRepo, pushEvent, runWorkflow, type WorkflowRun } from '../helpers/act.js'
import { rig, type Rig } from '../helpers/rig.js'

const exec = promisify(execFile)

let r: Rig
let run: WorkflowRun
let sha: string
let image: string

async function skopeo(args: string[]): Promise<string> {
  return (await exec('skopeo', args, { maxBuffer: 32 << 20 })).stdout
}

beforeAll(async () => {
  r = rig()
  image = `${r.registry}/act-${Date.now().toString(36)}/hello`
  const repo = await makeActRepo({ workflows: ['image.yml'] })
  repo.git(['tag', 'v1.3.0'])
  repo.git(['commit', '-q', '--allow-empty', '-m', 'feat(greet): greet by name'])
  repo.git(['tag', '-a', '-m', 'v1.4.0', 'v1.4.0'])
  sha = repo.git(['rev-parse', 'HEAD'])
  run = await runWorkflow('image.yml', {
    workdir: repo.dir,
    env: { IMAGE: image, BUILDER: r.builder },
    // Only what buildx needs from the rig: host-mode steps inherit act's environment, and the rig's
    // registry password has no business there.
    processEnv: {
      DOCKER_HOST: r.dockerHost,
      BUILDX_CONFIG: r.buildxConfig,
      DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'gantry-act-docker-'))
    },
    eventPayload: pushEvent('refs/tags/v1.4.0')
  })
})

test('the image step pushes a two-platform index under every tag the tag step chose', async () => {
  expectSuccess(run)
  const job = run.job('release')[0]
  const tags = job.step('tag').outputs.tags.split('\n')
  expect(tags).toEqual(
    expect.arrayContaining([`${image}:1.4.0`, `${image}:1.4`, `${image}:1`, `${image}:latest`])
  )
  const out = job.step('image').outputs
  expect(out.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(Object.keys(JSON.parse(out.platforms) as object).sort()).toEqual(['linux/amd64', 'linux/arm64'])
  for (const ref of tags) {
    const digest = (
      await skopeo(['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${ref}`])
    ).trim()
    expect(digest).toBe(out.digest)
  }
  const index = JSON.parse(
    await skopeo(['inspect', '--tls-verify=false', '--raw', `docker://${image}:1.4.0`])
  ) as {
    manifests: { platform: { os: string; architecture: string } }[]
  }
  expect(index.manifests.map(m => `${m.platform.os}/${m.platform.architecture}`).sort()).toEqual([
    'linux/amd64',
    'linux/arm64'
  ])
  const config = JSON.parse(
    await skopeo(['inspect', '--tls-verify=false', '--override-arch', 'arm64', `docker://${image}:1.4.0`])
  ) as { Labels: Record<string, string>; Architecture: string }
  expect(config.Architecture).toBe('arm64')
  expect(config.Labels['org.opencontainers.image.version']).toBe('1.4.0')
  expect(config.Labels['org.opencontainers.image.revision']).toBe(sha)
})
