// Failures of the machine, not of gantry: a full disk, a read-only dist folder, an env input whose PATH hides
// go, a compile error. Each is one ::error:: naming the input (or file) at fault and a fix, never "this is a
// gantry bug". The full and read-only disks are real: tmpfs mounts (this tier runs as root), unmounted after.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../helpers/run-action.js'

let ws: string
const mounts: string[] = []

async function mountTmpfs(dir: string, options: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir])
  mounts.push(dir)
}

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'gantry-gobuild-env-'))
  await cp(path.join(repoRoot, 'examples/hello'), path.join(ws, 'hello'), { recursive: true })
})

afterAll(async () => {
  for (const m of mounts.reverse()) execFileSync('umount', [m])
  await rm(ws, { recursive: true, force: true })
})

function expectUserError(r: ActionRun, input: string, what: RegExp): string {
  expect(r.log).not.toMatch(/gantry bug/)
  expect(r.code).toBe(1)
  const errors = r.annotations.filter(a => a.level === 'error' && !a.properties.file)
  expect(errors).toHaveLength(1)
  expect(errors[0].message.startsWith(`${input}: `)).toBe(true)
  expect(errors[0].message).toMatch(what)
  expect(errors[0].message).toMatch(/ Fix: /)
  expect(r.outputs.artifacts).toBeUndefined()
  return errors[0].message
}

const build = (inputs: Record<string, string>): Promise<ActionRun> =>
  runAction('go-build', {
    cwd: ws,
    inputs: { 'working-directory': 'hello', targets: 'linux/amd64', cache: 'false', ...inputs }
  })

describe('go-build: the machine fails, the user is told which input and what to do', () => {
  test('a full disk under dist blames dist (not working-directory), and leaves dist as it was', async () => {
    const full = path.join(ws, 'full')
    await mountTmpfs(full, 'size=64k')
    const message = expectUserError(await build({ dist: '../full/dist' }), 'dist', /no space left/)
    expect(message).toMatch(/free disk space/)
    expect(existsSync(path.join(full, 'dist'))).toBe(false)
  })

  test('a read-only dist folder blames dist', async () => {
    const ro = path.join(ws, 'ro')
    await mountTmpfs(ro, 'ro,size=64k')
    expectUserError(await build({ dist: '../ro/dist' }), 'dist', /read-only file system/)
  })

  test('an env input whose PATH hides go blames env', async () => {
    const dist = path.join(ws, 'dist-path')
    const message = expectUserError(
      await build({ dist, env: 'PATH=/nonexistent' }),
      'env',
      /PATH set in env.*hides the go command/
    )
    expect(message).toMatch(/leave PATH out of env/)
    expect(existsSync(dist)).toBe(false)
  })

  test('a compile error blames the file, not working-directory', async () => {
    const mod = path.join(ws, 'broken')
    await mkdir(path.join(mod, 'cmd/broken'), { recursive: true })
    await writeFile(path.join(mod, 'go.mod'), 'module example.com/broken\n\ngo 1.24\n')
    await writeFile(
      path.join(mod, 'cmd/broken/main.go'),
      'package main\n\nfunc main() {\n\tundefinedCall()\n}\n'
    )
    const r = await build({ 'working-directory': 'broken', dist: path.join(ws, 'dist-broken') })
    expectUserError(r, 'broken/cmd/broken/main.go', /go build failed for linux\/amd64 with 1 error/)
  })
})
