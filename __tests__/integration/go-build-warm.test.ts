// A warm rebuild of an unchanged commit starts only git (two calls) and go build: go env, go list and
// go tool dist come from the facts kept for it, and so do the late checks' warnings. Each fact is asked
// again when what proves it unchanged changes: go.mod's text (go env), an untracked Go file (go list, the
// late checks), a go that is a script (a shim may pick another toolchain per folder). Real go and git.
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build, type BuildOptions } from '../../src/go/build.js'
import { cachedModuleGoEnv, goEnv } from '../../src/go/toolchain.js'
import type { Host } from '../../src/util/host.js'
import { testHost } from '../helpers/host.js'

const MAIN = 'package main\n\nvar version = "dev"\n\nfunc main() { println(version) }\n'

async function repo(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-warm-'))
  await mkdir(path.join(dir, 'cmd', 'app'), { recursive: true })
  await writeFile(path.join(dir, 'go.mod'), 'module example.com/warm\n\ngo 1.22\n')
  await writeFile(path.join(dir, 'cmd', 'app', 'main.go'), MAIN)
  await writeFile(path.join(dir, '.gitignore'), '/dist/\n')
  const git = (...a: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], {
      cwd: dir,
      encoding: 'utf8'
    })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'x')
  return dir
}

/** A host that records the programs (and their first argument) it starts. */
function recording(env: Record<string, string>): { host: Host; started: string[] } {
  const base = testHost(env)
  const started: string[] = []
  const host: Host = {
    ...base,
    exec: (file, args, opts) => {
      started.push(`${path.basename(file)} ${args[0]}`)
      return base.exec(file, args, opts)
    }
  }
  return { host, started }
}

function options(dir: string): BuildOptions {
  return {
    workingDirectory: dir,
    workspace: dir,
    main: [],
    targets: ['linux/amd64'],
    version: '1.2.3',
    ldflags: '-s -w -X main.version={{.Version}} -X main.commit={{.Commit}}',
    flags: [],
    tags: [],
    env: [],
    cgo: false,
    dist: path.join(dir, 'dist'),
    archives: false,
    archiveName: '',
    compressionLevel: 6,
    checksums: false,
    verifyModules: true,
    parallelism: 1
  }
}

describe('the warm path of go-build (facts kept per clean commit and per toolchain)', () => {
  let dir: string
  let xdg: string
  beforeAll(async () => {
    dir = await repo()
    xdg = await mkdtemp(path.join(os.tmpdir(), 'gantry-warm-xdg-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    await rm(xdg, { recursive: true, force: true })
  })

  test('the second build of a commit starts only git and go build, with the same warnings', async () => {
    const first = recording({ XDG_CACHE_HOME: xdg })
    await build(options(dir), first.host)
    expect(first.started).toEqual(
      expect.arrayContaining(['go env', 'go list', 'go tool', 'git log', 'git status', 'go build'])
    )
    const warned = (h: Host): string[] =>
      (h.logger as ReturnType<typeof testHost>['logger']).lines
        .filter(l => l.level === 'warn')
        .map(l => l.message)
    // main.commit is not declared: the late check warns, on both runs.
    expect(warned(first.host)).toEqual([expect.stringContaining('-X main.commit')])

    const second = recording({ XDG_CACHE_HOME: xdg })
    await build(options(dir), second.host)
    expect([...second.started].sort()).toEqual(['git log', 'git status', 'go build'])
    expect(warned(second.host)).toEqual(warned(first.host))
  })

  test('an untracked Go file: the main packages and the late checks are asked again', async () => {
    await writeFile(path.join(dir, 'cmd', 'app', 'extra.go'), 'package main\n\nvar commit = "none"\n')
    try {
      const run = recording({ XDG_CACHE_HOME: xdg })
      await build(options(dir), run.host)
      expect(run.started).toContain('go list')
      // The new file declares main.commit: the warning went with it.
      expect(
        (run.host.logger as ReturnType<typeof testHost>['logger']).lines.filter(l => l.level === 'warn')
      ).toEqual([])
    } finally {
      await rm(path.join(dir, 'cmd', 'app', 'extra.go'))
    }
  })

  test('go env is asked again when go.mod, the environment or the go binary changes', async () => {
    const env = { XDG_CACHE_HOME: xdg }
    const names = ['GOVERSION', 'GOMODCACHE']
    const ask = async (e: Record<string, string> = env): Promise<[Record<string, string>, string[]]> => {
      const r = recording(e)
      return [await cachedModuleGoEnv(r.host, dir, names), r.started]
    }
    const truth = await goEnv(testHost(), names, dir)
    expect(await ask()).toEqual([truth, ['go env']])
    expect(await ask()).toEqual([truth, []])
    await writeFile(path.join(dir, 'go.mod'), 'module example.com/warm\n\ngo 1.23\n')
    try {
      expect(await ask()).toEqual([truth, ['go env']])
      expect(await ask()).toEqual([truth, []])
    } finally {
      execFileSync('git', ['checkout', '--', 'go.mod'], { cwd: dir })
    }
    const modcache = path.join(xdg, 'modcache')
    expect(await ask({ ...env, GOMODCACHE: modcache })).toEqual([
      { ...truth, GOMODCACHE: modcache },
      ['go env']
    ])
    // A go that is a script (as asdf's and goenv's shims are) is asked every time.
    const shim = path.join(xdg, 'shims', 'go')
    const go = execFileSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).trim()
    await mkdir(path.dirname(shim))
    await writeFile(shim, `#!/bin/sh\nexec ${go} "$@"\n`)
    await chmod(shim, 0o755)
    for (let i = 0; i < 2; i++) expect(await ask({ ...env, GANTRY_GO: shim })).toEqual([truth, ['go env']])
  })
})
