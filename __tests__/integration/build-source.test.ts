// The commit, date and main package as go-build finds them, with real git and go on real folders.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { FIXED_DATE, sourceInfo } from '../../src/go/version.js'
import { findMainPackage, readModulePath } from '../../src/go/main-package.js'
import { testHost } from '../helpers/host.js'

const MAIN = 'package main\n\nfunc main() {}\n'

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-src-'))
  for (const [f, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true })
    await writeFile(path.join(dir, f), text)
  }
  return dir
}

describe('sourceInfo: commit and date', () => {
  const host = testHost()
  test('in git: HEAD and its commit time in UTC; a modified file marks it dirty', async () => {
    const dir = await tree({ 'go.mod': 'module example.com/x\n', 'main.go': MAIN })
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_COMMITTER_DATE: '2024-05-01T14:00:00+02:00'
    }
    const git = (...a: string[]): string => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8' }).trim()
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'x')
    const info = await sourceInfo(host, dir)
    expect(info).toEqual({
      commit: git('rev-parse', 'HEAD'),
      date: '2024-05-01T12:00:00Z',
      dateSource: 'commit',
      dirty: false,
      goInputsClean: true,
      headTags: []
    })
    // An untracked Go file changes what go builds (so nothing is kept for the commit), not the tracked tree.
    await writeFile(path.join(dir, 'extra.go'), 'package main\n')
    expect(await sourceInfo(host, dir)).toMatchObject({ dirty: false, goInputsClean: false })
    await rm(path.join(dir, 'extra.go'))
    await writeFile(path.join(dir, 'main.go'), MAIN + '// changed\n')
    expect(await sourceInfo(host, dir)).toMatchObject({ dirty: true, goInputsClean: false })
    expect(await sourceInfo(host, dir, { sourceDateEpoch: '1700000000' })).toMatchObject({
      date: '2023-11-14T22:13:20Z',
      dateSource: 'SOURCE_DATE_EPOCH'
    })
  })
  test('outside git: the CI SHA if any, and the fixed 1980 date', async () => {
    const dir = await tree({ 'go.mod': 'module example.com/x\n' })
    expect(await sourceInfo(host, dir, { sha: 'a'.repeat(40) })).toEqual({
      commit: 'a'.repeat(40),
      date: FIXED_DATE,
      dateSource: 'fixed',
      dirty: false,
      goInputsClean: false,
      headTags: []
    })
    await expect(sourceInfo(host, dir, { sourceDateEpoch: 'yesterday' })).rejects.toThrow(
      /SOURCE_DATE_EPOCH: "yesterday" is not a number of seconds/
    )
  })
})

describe('findMainPackage (real go list)', () => {
  const host = testHost()
  test('a root main is named after the module path', async () => {
    const dir = await tree({
      'go.mod': 'module github.com/acme/tool/v2\n\ngo 1.24\n',
      'main.go': MAIN,
      'internal/x/x.go': 'package x\n'
    })
    const mod = await readModulePath(dir)
    expect(await findMainPackage(host, dir, mod, {})).toEqual({ pkg: '.', binary: 'tool' })
    expect(await findMainPackage(host, dir, mod, { binary: 'acme.exe' })).toEqual({
      pkg: '.',
      binary: 'acme'
    })
  })
  test('cmd/* and the root together are several; main picks one; mains elsewhere are listed', async () => {
    const dir = await tree({
      'go.mod': 'module example.com/m\n\ngo 1.24\n',
      'main.go': MAIN,
      'cmd/srv/main.go': MAIN,
      'tools/gen/main.go': MAIN
    })
    const mod = await readModulePath(dir)
    await expect(findMainPackage(host, dir, mod, {})).rejects.toThrow(
      /main: found several main packages: \., \.\/cmd\/srv\./
    )
    expect(await findMainPackage(host, dir, mod, { main: 'cmd/srv' })).toEqual({
      pkg: './cmd/srv',
      binary: 'srv'
    })
    await expect(findMainPackage(host, dir, mod, { main: '../elsewhere' })).rejects.toThrow(
      /main: .* is outside the module folder/
    )
    await expect(findMainPackage(host, dir, mod, { main: 'cmd/srv', binary: '../x' })).rejects.toThrow(
      /binary: "..\/x" is not a usable file name/
    )
    const only = await tree({ 'go.mod': 'module example.com/o\n\ngo 1.24\n', 'tools/gen/main.go': MAIN })
    await expect(findMainPackage(host, only, 'example.com/o', {})).rejects.toThrow(
      /main packages elsewhere: \.\/tools\/gen\..*main: \.\/tools\/gen/
    )
  })
})
