// Real git repositories built in temp folders for the tag tests: commits with fixed dates (so tag objects
// and labels are reproducible), branches, merges, annotated and lightweight tags, bare remotes, clones.

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const BASE_TIME = 1_700_000_000
const made: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gantry-git-'))
  made.push(dir)
  return dir
}

/** Remove every repository this module made (call from afterAll). */
export function cleanupRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export class Repo {
  private clock = 0
  constructor(readonly dir: string) {}

  static init(name = 'repo', opts: { bare?: boolean } = {}): Repo {
    const dir = path.join(tempDir(), name)
    mkdirSync(dir, { recursive: true })
    const r = new Repo(dir)
    r.git('init', '-q', ...(opts.bare ? ['--bare'] : []), '-b', 'main')
    return r
  }

  /** Clone `url` (a path or file:// URL) into a new temp folder. */
  static clone(url: string, args: string[] = []): Repo {
    const dir = path.join(tempDir(), 'clone')
    execFileSync('git', ['clone', '-q', ...args, url, dir], { env: Repo.env(BASE_TIME) })
    return new Repo(dir)
  }

  static env(time: number): NodeJS.ProcessEnv {
    return {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: `${time} +0000`,
      GIT_COMMITTER_DATE: `${time} +0000`,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null'
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: Repo.env(BASE_TIME + this.clock),
      encoding: 'utf8'
    }).trim()
  }

  /** A commit; `files` are written (relative paths) first, otherwise the commit is empty. */
  commit(message: string, files: Record<string, string> = {}): string {
    this.clock += 60
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(this.dir, f)), { recursive: true })
      writeFileSync(path.join(this.dir, f), text)
      this.git('add', '--', f)
    }
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.head()
  }

  tag(name: string, opts: { annotated?: boolean; at?: string } = {}): void {
    if (opts.annotated) this.git('tag', '-a', '-m', name, name, opts.at ?? 'HEAD')
    else this.git('tag', name, opts.at ?? 'HEAD')
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }

  /** The commit a tag points at, or '' when absent. */
  tagCommit(name: string): string {
    try {
      return this.git('rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`)
    } catch {
      return ''
    }
  }
}

/** A Go module repository: go.mod at the root with `module`. */
export function goRepo(module = 'example.com/hello'): Repo {
  const r = Repo.init()
  r.commit('chore: init', {
    'go.mod': `module ${module}\n\ngo 1.24\n`,
    'main.go': 'package main\n\nfunc main() {}\n'
  })
  return r
}

/**
 * Two release lines: main has v1.0.0, v1.1.0, v2.0.0 (annotated), v2.1.0 and one feat since; the branch
 * release-1.x starts at v1.1.0 and has a fix. Prereleases v3.0.0-rc.2 and v3.0.0-rc.10 sit on branch next.
 */
export function twoLines(): Repo {
  const r = goRepo('example.com/hello')
  r.tag('v1.0.0')
  r.commit('feat: greet by name')
  r.tag('v1.1.0', { annotated: true })
  const v11 = r.head()
  r.commit('feat!: new config format', { 'go.mod': 'module example.com/hello/v2\n\ngo 1.24\n' })
  r.tag('v2.0.0', { annotated: true })
  r.commit('feat: colours (#7)')
  r.tag('v2.1.0')
  r.commit('fix: typo in help', { 'README.md': 'hi\n' })
  r.git('branch', 'release-1.x', v11)
  r.git('checkout', '-q', 'release-1.x')
  r.commit('fix: backport crash fix')
  r.git('checkout', '-q', '-b', 'next', 'main')
  r.commit('feat!: drop v2 API', { 'go.mod': 'module example.com/hello/v3\n\ngo 1.24\n' })
  r.tag('v3.0.0-rc.2', { annotated: true })
  r.commit('fix: rc feedback')
  r.tag('v3.0.0-rc.10')
  r.commit('feat: more')
  r.git('checkout', '-q', 'main')
  return r
}
