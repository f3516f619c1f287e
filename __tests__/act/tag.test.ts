// The tag action under act, on a tag push and on a branch push (the event payload names the default branch),
// with its outputs used by later steps (go-build's version) and by a later job (needs.release.outputs).
// On the branch push it creates the tag and pushes it to origin, a bare repository on this machine.

import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { artifactPath, readArtifacts } from '../../src/model/artifacts.js'
import {
  expectSuccess,
  makeActRepo,
  pushEvent,
  runWorkflow,
  type ActRepo,
  type WorkflowRun
} from '../helpers/act.js'

interface Outcome {
  run: WorkflowRun
  repo: ActRepo
  sha: string
  out: string
  tag: { version: string; tag: string; created: boolean; tagNames?: string[]; [k: string]: unknown }
}

async function runTag(opts: { tagged: boolean; mode: 'false' | 'git' }): Promise<Outcome> {
  const repo = await makeActRepo({ workflows: ['tag.yml'] })
  repo.git(['tag', 'v1.3.0'])
  repo.git(['commit', '-q', '--allow-empty', '-m', 'feat(greet): greet by name'])
  if (opts.tagged) repo.git(['tag', '-a', '-m', 'v1.4.0', 'v1.4.0'])
  // origin: a bare clone on this machine, so pushing a tag never leaves it.
  const origin = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-origin-'))
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin])
  repo.git(['remote', 'add', 'origin', origin])
  const out = await mkdtemp(path.join(os.tmpdir(), 'gantry-act-out-'))
  const run = await runWorkflow('tag.yml', {
    workdir: repo.dir,
    env: { GANTRY_ACT_OUT: out, TAG_MODE: opts.mode },
    eventPayload: pushEvent(opts.tagged ? 'refs/tags/v1.4.0' : 'refs/heads/main')
  })
  expectSuccess(run)
  const tag = JSON.parse(await readFile(path.join(out, 'tag.json'), 'utf8')) as Outcome['tag']
  return { run, repo, sha: repo.git(['rev-parse', 'HEAD']), out, tag }
}

async function binaryPrints(out: string): Promise<string> {
  const { manifest, dir } = await readArtifacts(path.join(out, 'dist', 'artifacts.json'))
  const bin = manifest.artifacts.find(a => a.kind === 'binary' && a.platform === 'linux/amd64')!
  return execFileSync(artifactPath(dir, bin), { encoding: 'utf8' })
}

let tagPush: Outcome
let branchPush: Outcome

beforeAll(async () => {
  tagPush = await runTag({ tagged: true, mode: 'false' })
  branchPush = await runTag({ tagged: false, mode: 'git' })
})

test('tag push: the pushed tag is the version, go-build injects it, a later job reads the job outputs', async () => {
  const release = tagPush.run.job('release')[0]
  const outputs = release.step('tag').outputs
  expect(outputs.version).toBe('1.4.0')
  expect(outputs.tag).toBe('v1.4.0')
  expect(outputs['previous-version']).toBe('1.3.0')
  expect(outputs['tag-names'].split('\n')).toEqual(expect.arrayContaining(['1.4.0', '1.4', '1', 'latest']))
  expect(release.step('build').outputs.version).toBe('1.4.0')
  if (process.arch === 'x64')
    expect(await binaryPrints(tagPush.out)).toContain(`hello 1.4.0 (commit ${tagPush.sha}`)
  expect(tagPush.run.job('announce')[0].step('say').outputs.released).toBe('v1.4.0 (1.4.0)')
})

test('branch push: the commits make the version, push-tag: git creates the tag on origin', async () => {
  const outputs = branchPush.run.job('release')[0].step('tag').outputs
  expect(outputs.version).toBe('1.4.0')
  expect(outputs.created).toBe('true')
  const names = outputs['tag-names'].split('\n')
  // A push to the default branch: the branch and edge tags, and the release tags of the tag made now.
  expect(names).toEqual(
    expect.arrayContaining(['main', 'edge', `sha-${branchPush.sha.slice(0, 7)}`, '1.4.0'])
  )
  const remote = execFileSync('git', ['ls-remote', '--tags', 'origin'], {
    cwd: branchPush.repo.dir,
    encoding: 'utf8'
  })
  expect(remote).toMatch(/\srefs\/tags\/v1\.4\.0\n/)
  // The tag on origin is annotated and points at the commit that was built.
  const peeled = /^([0-9a-f]{40})\srefs\/tags\/v1\.4\.0\^\{\}$/m.exec(remote)
  expect(peeled?.[1]).toBe(branchPush.sha)
  if (process.arch === 'x64')
    expect(await binaryPrints(branchPush.out)).toContain(`hello 1.4.0 (commit ${branchPush.sha}`)
  expect(branchPush.run.job('announce')[0].step('say').outputs.released).toBe('v1.4.0 (1.4.0)')
})
