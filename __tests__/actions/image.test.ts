// Bad inputs of the image action, run as a runner runs it. Each fails before anything is built or pushed:
// exit 1, one ::error:: naming the input, no stack, no outputs. (Wrong credentials and a registry that
// refuses the push need real registries: __tests__/integration/image.test.ts.)
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runAction, runCli, type ActionRun } from '../helpers/run-action.js'

/** The workspace (GITHUB_WORKSPACE and the step's folder) and the dist folder in it. */
let ws: string
let dist: string

afterAll(async () => {
  await rm(ws, { recursive: true, force: true })
})

beforeAll(async () => {
  // A hand-written artifacts.json with two linux binaries (the files are never read before the error).
  ws = await mkdtemp(path.join(os.tmpdir(), 'gantry-image-bad-'))
  dist = path.join(ws, 'dist')
  await mkdir(dist)
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
  runAction('image', { cwd: ws, inputs: { artifacts: path.join(dist, 'artifacts.json'), ...inputs } })

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
    const r = await runCli(['image', '--images', 'ghcr.io/Org/app', '--artifacts', 'dist/artifacts.json'], {
      cwd: ws
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/error: images: .*must be lower-case/)
    expect(r.stdout).toBe('')
  })
})

describe('actions/image hostile or mistaken input (issue 9)', () => {
  test('a dockerfile outside the workspace is refused, and never quoted', async () => {
    const r = await run({ dockerfile: '../../../../../../../../etc/passwd' })
    expectUserError(
      r,
      /^dockerfile: \/etc\/passwd is outside the workspace .*Fix: .*allow-outside-workspace: true/
    )
    expect(r.log).not.toMatch(/root:x:0:0/)
  })

  test('artifacts outside the workspace is refused', async () => {
    expectUserError(
      await run({ artifacts: '/tmp/elsewhere/artifacts.json' }),
      /^artifacts: .* is outside the workspace/
    )
  })

  test('artifacts: / (allowed outside the workspace) is a folder, not a gantry bug', async () => {
    expectUserError(
      await run({ artifacts: '/', 'allow-outside-workspace': 'true' }),
      /^artifacts: \/ is a folder, not a file\. Fix: point artifacts at the file itself/
    )
  })

  test('a base with a newline is one bad input; no line of it reaches the log as a workflow command', async () => {
    const r = await run({ base: 'scratch\n::warning::injected\nRUN touch /pwned' })
    expectUserError(
      r,
      /^base: "scratch\?::warning::injected\?RUN\?touch\?\/pwned" is not one image reference/
    )
    expect(r.stdout.split('\n').some(l => l.startsWith('::warning::injected'))).toBe(false)
  })

  test('a binary name that is a path is refused as binary', async () => {
    expectUserError(
      await run({ binary: '../../etc/x' }),
      /^binary: "..\/..\/etc\/x" is not a usable file name/
    )
  })

  test('the CLI never takes a password from its arguments', async () => {
    const r = await runCli(
      ['image', '--registry', 'ghcr.io', '--username', 'u', '--password', 'S3cret-value'],
      {
        cwd: ws
      }
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /error: password: is never taken from the command line.*Fix: pipe it to --password-stdin, or set GANTRY_PASSWORD/
    )
    expect(r.stderr).not.toContain('S3cret-value')
  })
})
