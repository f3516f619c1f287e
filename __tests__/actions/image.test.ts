// Bad inputs of the image action, run as a runner runs it. Each fails before anything is built or pushed:
// exit 1, one ::error:: naming the input, no stack, no outputs. (Wrong credentials and a registry that
// refuses the push need real registries: __tests__/integration/image.test.ts.)
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runAction, runCli, type ActionRun } from '../helpers/run-action.js'

let dist: string

beforeAll(async () => {
  // A hand-written artifacts.json with two linux binaries (the files are never read before the error).
  dist = await mkdtemp(path.join(os.tmpdir(), 'gantry-image-bad-'))
  const artifacts = []
  for (const [goarch, id] of [
    ['amd64', 'linux_amd64_v1'],
    ['arm64', 'linux_arm64_v8.0']
  ]) {
    await mkdir(path.join(dist, `hello_${id}`))
    await writeFile(path.join(dist, `hello_${id}/hello`), 'not a binary')
    artifacts.push({
      kind: 'binary',
      target: { goos: 'linux', goarch },
      path: `hello_${id}/hello`,
      // A well-formed sha256 that is not the file's: the oci engine must refuse to put the file in a layer.
      sha256: 'f'.repeat(64),
      size: 12,
      binary: 'hello'
    })
  }
  await writeFile(
    path.join(dist, 'artifacts.json'),
    JSON.stringify({
      schemaVersion: 1,
      project: {
        module: 'example.com/hello',
        version: '1.0.0',
        commit: '',
        date: '2026-01-01T00:00:00Z',
        goVersion: 'go1.26.8'
      },
      artifacts
    })
  )
})

function expectUserError(r: ActionRun, pattern: RegExp): void {
  expect(r.code).toBe(1)
  const errors = r.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].message).toMatch(pattern)
  expect(r.outputs.digest).toBeUndefined()
  expect(r.log).not.toMatch(/at .*index\.js:\d+/)
  expect(r.log).not.toMatch(/gantry bug/)
}

const run = (inputs: Record<string, string>): Promise<ActionRun> =>
  runAction('image', { inputs: { artifacts: path.join(dist, 'artifacts.json'), ...inputs } })

describe('actions/image bad input', () => {
  test('an image name with upper-case letters', async () => {
    expectUserError(
      await run({ images: '127.0.0.1:5000/Org/Hello', push: 'true' }),
      /^images: "127.0.0.1:5000\/Org\/Hello" is not a valid image name: repository names must be lower-case.*Fix: write 127.0.0.1:5000\/org\/hello/
    )
  })

  test('a tag with illegal characters', async () => {
    expectUserError(
      await run({ images: 'ghcr.io/org/app', tags: 'v1.0+build.7' }),
      /^tags: "v1.0\+build.7" is not a valid tag/
    )
  })

  test('a tag over 128 characters', async () => {
    expectUserError(
      await run({ images: 'ghcr.io/org/app', tags: 'v' + '1'.repeat(128) }),
      /^tags: tag "v1+…" is 129 characters long; tags have at most 128/
    )
  })

  test('push: true with no tags', async () => {
    expectUserError(
      await run({ push: 'true' }),
      /^tags: push: true with no tags: there is nothing to push to/
    )
  })

  test('merge digests of different repositories', async () => {
    const d = (c: string): string => 'sha256:' + c.repeat(64)
    expectUserError(
      await run({
        images: 'ghcr.io/org/app',
        merge: `ghcr.io/org/app@${d('a')}\nghcr.io/org/other@${d('b')}`
      }),
      /^merge: the digests come from different repositories: ghcr.io\/org\/app and ghcr.io\/org\/other/
    )
  })

  test('a missing artifacts file', async () => {
    expectUserError(
      await run({ artifacts: path.join(dist, 'nope/artifacts.json') }),
      /^artifacts: .*nope\/artifacts.json does not exist.*Fix: run the go-build stage first/
    )
  })

  test('a platform with no binary lists the platforms that have one', async () => {
    expectUserError(
      await run({ platforms: 'linux/amd64,linux/arm/v7' }),
      /^platforms: no binary for linux\/arm\/v7 in .*; it has linux\/amd64, linux\/arm64\./
    )
  })

  test('engine: oci with inputs only buildx takes', async () => {
    expectUserError(
      await run({ engine: 'oci', 'build-args': 'A=1' }),
      /^build-args: the oci engine does not take build-args/
    )
  })

  test('oci engine: a base that is not one image reference, a binary that is not what artifacts.json says', async () => {
    expectUserError(
      await run({ base: 'scratch\nRUN id' }),
      /^base: "scratch\?RUN\?id" is not one image reference/
    )
    expectUserError(
      await run({ platforms: 'linux/amd64' }),
      /^artifacts: .*hello does not match the sha256 in .*artifacts.json\. Fix: /
    )
  })

  test('the CLI gives the same errors', async () => {
    const r = await runCli([
      'image',
      '--images',
      'ghcr.io/Org/app',
      '--artifacts',
      path.join(dist, 'artifacts.json')
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/error: images: .*must be lower-case/)
    expect(r.stdout).toBe('')
  })
})
