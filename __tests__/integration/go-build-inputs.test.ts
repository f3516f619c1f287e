// Inputs that go-build once refused but Go and the tag stage accept: a go.mod module line with a comment,
// and versions with build metadata (the tag stage's output, and go-build's own dev version form).
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, runCli } from '../helpers/run-action.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-build-inputs-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function helloCopy(name: string, edit?: (gomod: string) => string): Promise<string> {
  const dir = path.join(tmp, name)
  await cp(path.join(repoRoot, 'examples/hello'), dir, { recursive: true, filter: s => !s.includes('/dist') })
  if (edit) {
    const file = path.join(dir, 'go.mod')
    await writeFile(file, edit(await readFile(file, 'utf8')))
  }
  return dir
}

async function build(cwd: string, args: string[]): Promise<{ version: string; binary: string }> {
  const r = await runCli(
    ['build', '--targets', 'linux/amd64', '--archives=false', '--checksums=false', ...args],
    {
      cwd
    }
  )
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)])
  const out = JSON.parse(r.stdout) as {
    version: string
    dist: string
    artifacts: { artifacts: { path: string }[] }
  }
  return { version: out.version, binary: path.join(out.dist, out.artifacts.artifacts[0].path) }
}

test('a module line with a trailing comment builds, as Go accepts it', async () => {
  const dir = await helloCopy('comment', t => t.replace(/^module (\S+)$/m, 'module $1 // the hello example'))
  expect(await readFile(path.join(dir, 'go.mod'), 'utf8')).toMatch(/^module \S+ \/\/ the hello example$/m)
  const b = await build(dir, ['--version', '1.0.0'])
  expect(b.version).toBe('1.0.0')
})

test.each(['1.2.3+build.5', 'v1.2.3+build.5', '0.0.0-dev+abc1234'])(
  'version %s keeps its build metadata, in the output and in the binary',
  async version => {
    const dir = await helloCopy(`v-${version.replace(/[^a-z0-9]/gi, '_')}`)
    const b = await build(dir, ['--version', version])
    const want = version.replace(/^v/, '')
    expect(b.version).toBe(want)
    expect(execFileSync(b.binary, { encoding: 'utf8' })).toContain(`hello ${want} `)
  }
)
