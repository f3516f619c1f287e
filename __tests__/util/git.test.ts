// The one git runner (src/util/git.ts), hermetic: no real git. A stand-in `git` (a Node script on a PATH of
// its own) answers with its argv and exit code; an empty PATH is a machine without git. Both callers, the tag
// stage's repository facts and go-build's source facts, go through it.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { git, gitOk, gitOutput } from '../../src/util/git.js'
import { readHead } from '../../src/release/git.js'
import { sourceInfo } from '../../src/go/version.js'
import { ExecError } from '../../src/util/exec.js'
import { UserError } from '../../src/util/errors.js'
import { testHost } from '../helpers/host.js'

let root: string
let fakeBin: string
let emptyBin: string
let work: string
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'gantry-git-'))
  fakeBin = path.join(root, 'fake-bin')
  emptyBin = path.join(root, 'empty-bin')
  work = path.join(root, 'work')
  await Promise.all([mkdir(fakeBin), mkdir(emptyBin), mkdir(work)])
  // Prints its argv and cwd as JSON; `fail` as the first argument exits 3 with a message on stderr.
  const script = [
    `#!${process.execPath}`,
    'const a = process.argv.slice(2)',
    "if (a[0] === 'fail') { process.stderr.write('fatal: no\\n'); process.exit(3) }",
    "process.stdout.write('  ' + JSON.stringify({ a, cwd: process.cwd() }) + '  \\n')",
    ''
  ].join('\n')
  await writeFile(path.join(fakeBin, 'git'), script)
  await chmod(path.join(fakeBin, 'git'), 0o755)
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const withGit = () => testHost({ PATH: fakeBin })
const withoutGit = () => testHost({ PATH: emptyBin })

test('argv is passed as an array in the given folder; git returns stdout, gitOutput trims it', async () => {
  const args = ['log', '-1', '--format=%H %s', 'HEAD', '--', 'a b; rm -rf /']
  const raw = await git(withGit(), work, args)
  expect(raw.startsWith('  {')).toBe(true)
  expect(JSON.parse(raw)).toEqual({ a: args, cwd: work })
  expect(await gitOutput(withGit(), work, args)).toBe(raw.trim())
})

test('a failing git: git throws an ExecError, gitOk returns the code, gitOutput says nothing', async () => {
  await expect(git(withGit(), work, ['fail'])).rejects.toBeInstanceOf(ExecError)
  const r = await gitOk(withGit(), work, ['fail'])
  expect([r.code, r.stderr]).toEqual([3, 'fatal: no\n'])
  expect(await gitOutput(withGit(), work, ['fail'])).toBeUndefined()
})

test('no git on PATH: a UserError naming git for callers that need it, nothing for those that do not', async () => {
  // one call at a time: the second call's rejection would otherwise wait unhandled while the first is awaited
  for (const call of [
    () => gitOk(withoutGit(), work, ['status']),
    () => git(withoutGit(), work, ['status'])
  ]) {
    const err = await call().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).input).toBe('git')
    expect((err as UserError).message).toMatch(/git command was not found on PATH/)
  }
  expect(await gitOutput(withoutGit(), work, ['status'])).toBeUndefined()
})

test('a missing folder is not reported as a missing git', async () => {
  const err = await gitOk(withoutGit(), path.join(root, 'gone'), ['status']).catch((e: unknown) => e)
  expect(err).not.toBeInstanceOf(UserError)
  expect((err as { code?: string }).code).toBe('ENOENT')
})

describe('both callers go through it', () => {
  test('the tag stage without git: a UserError naming git (it was a bug report)', async () => {
    const err = await readHead(withoutGit(), work).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).input).toBe('git')
  })

  test('go-build without git: no commit from git, the CI sha and the fixed date instead', async () => {
    const s = await sourceInfo(withoutGit(), work, { sha: 'a'.repeat(40) })
    expect(s).toEqual({
      commit: 'a'.repeat(40),
      date: '1980-01-01T00:00:00Z',
      dateSource: 'fixed',
      dirty: false,
      goInputsClean: false,
      headTags: []
    })
  })
})
