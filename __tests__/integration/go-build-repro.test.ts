// Reproducibility: the same commit, cloned into two folders, built by the bundled action with a fresh GOCACHE
// each, gives byte-identical binaries, archives, checksums and artifacts.json. Two targets (one tar.gz, one
// zip) keep it fast; the example with a third-party module is used so module paths are covered too.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, runAction } from '../helpers/run-action.js'

async function files(dir: string, base = dir): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await files(p, base)))
    else out.push(path.relative(base, p))
  }
  return out.sort()
}

test('two clones of one commit, fresh caches, two folders: byte-identical outputs', async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gantry-repro-'))
  const origin = path.join(tmp, 'origin')
  await cp(path.join(repoRoot, 'examples/idgen'), origin, {
    recursive: true,
    filter: src => !src.includes(`${path.sep}dist`)
  })
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z'
  }
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'idgen')
  const sha = git(origin, 'rev-parse', 'HEAD')

  const outs: string[] = []
  for (const name of ['a', 'deeper/folder/b']) {
    const clone = path.join(tmp, name)
    execFileSync('git', ['clone', '-q', origin, clone])
    const r = await runAction('go-build', {
      inputs: { targets: 'linux/arm64\nwindows/amd64' },
      cwd: clone,
      sha,
      env: { GOCACHE: path.join(tmp, `gocache-${path.basename(name)}`), SOURCE_DATE_EPOCH: undefined }
    })
    if (r.code !== 0) throw new Error(r.log)
    expect(r.outputs.version).toBe(`0.0.0-dev+${sha.slice(0, 7)}`)
    outs.push(r.outputs.dist)
  }
  const [a, b] = outs
  expect(a).not.toBe(b)
  const list = await files(a)
  expect(list).toEqual(await files(b))
  expect(list).toEqual([
    'artifacts.json',
    `idgen_0.0.0-dev+${sha.slice(0, 7)}_checksums.txt`,
    `idgen_0.0.0-dev+${sha.slice(0, 7)}_linux_arm64_v8.0.tar.gz`,
    `idgen_0.0.0-dev+${sha.slice(0, 7)}_windows_amd64_v1.zip`,
    path.join('idgen_linux_arm64_v8.0', 'idgen'),
    path.join('idgen_windows_amd64_v1', 'idgen.exe')
  ])
  for (const f of list) {
    const [x, y] = await Promise.all([readFile(path.join(a, f)), readFile(path.join(b, f))])
    expect([f, x.equals(y)]).toEqual([f, true])
  }
  const manifest = JSON.parse(await readFile(path.join(a, 'artifacts.json'), 'utf8'))
  expect(manifest.project).toMatchObject({ commit: sha, date: '2024-05-01T12:00:00Z' })
})
