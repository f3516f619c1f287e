// The Go toolchain on PATH: its version, its environment (kept between runs while nothing it depends on
// changes) and the ports it supports (`go tool dist list`, kept per go binary), and go.mod's go and toolchain
// lines checked against it.

import { createHash } from 'node:crypto'
import { open, readFile, realpath, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { ExecError } from '../util/exec.js'
import { parseJsonAs } from '../util/json.js'
import { quoteLines } from '../util/log-safe.js'
import { readCached, writeCached } from '../util/disk-cache.js'

export interface Port {
  goos: string
  goarch: string
  cgoSupported: boolean
  firstClass: boolean
  broken: boolean
}

/** The go command to run: $GO if set (a path to a go binary), else `go` from PATH. */
export function goCommand(host: Host): string {
  return host.env.GANTRY_GO || 'go'
}

async function runGo(host: Host, args: string[], cwd?: string): Promise<string> {
  try {
    const r = await host.exec(goCommand(host), args, { cwd })
    return r.stdout
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT')
      throw new UserError('no Go toolchain found on PATH.', {
        input: 'go',
        fix: 'install Go first (for example with actions/setup-go) or put the go command on PATH.'
      })
    throw err
  }
}

export const DIST_LIST_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['GOOS', 'GOARCH'],
    properties: {
      GOOS: { type: 'string' },
      GOARCH: { type: 'string' },
      CgoSupported: { type: 'boolean' },
      FirstClass: { type: 'boolean' },
      Broken: { type: 'boolean' }
    }
  }
} as const
export const GO_ENV_SCHEMA = { type: 'object', additionalProperties: { type: 'string' } } as const

type RawPort = {
  GOOS: string
  GOARCH: string
  CgoSupported?: boolean
  FirstClass?: boolean
  Broken?: boolean
}

/** Where the go command lives (PATH searched for a bare name), for keying what only the binary decides. */
async function goBinary(host: Host): Promise<string | undefined> {
  const go = goCommand(host)
  if (go.includes('/')) return path.resolve(go)
  for (const dir of (host.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const p = path.join(dir, go)
    if ((await stat(p).catch(() => undefined))?.isFile()) return p
  }
  return undefined
}

/**
 * `go tool dist list -json`, parsed. The list depends only on the toolchain, so it is kept between runs under
 * a key of the go binary's path, size and time (and GOROOT): a warm rebuild starts no `go tool dist`.
 */
export async function distList(host: Host, cwd?: string): Promise<Port[]> {
  const bin = await goBinary(host)
  const st = bin ? await stat(bin).catch(() => undefined) : undefined
  const key = st
    ? createHash('sha256')
        .update(JSON.stringify([bin, st.size, st.mtimeMs, st.ino, host.env.GOROOT ?? '']))
        .digest('hex')
    : undefined
  let raw = key ? await readCached<RawPort[]>(host.env, 'go-dist-list', key, DIST_LIST_SCHEMA) : undefined
  if (!raw) {
    const out = await runGo(host, ['tool', 'dist', 'list', '-json'], cwd)
    raw = parseJsonAs<RawPort[]>(out, DIST_LIST_SCHEMA, 'go tool dist list -json')
    if (key) await writeCached(host.env, 'go-dist-list', key, raw)
  }
  return raw.map(p => ({
    goos: p.GOOS,
    goarch: p.GOARCH,
    cgoSupported: Boolean(p.CgoSupported),
    firstClass: Boolean(p.FirstClass),
    broken: Boolean(p.Broken)
  }))
}

/** `go env -json` for the given variables, run in `cwd` (so go.work / toolchain lines apply). */
export async function goEnv(host: Host, names: string[], cwd?: string): Promise<Record<string, string>> {
  const out = await runGo(host, ['env', '-json', ...names], cwd)
  return parseJsonAs<Record<string, string>>(out, GO_ENV_SCHEMA, 'go env -json')
}

/** The toolchain's version, e.g. `go1.26.8`. */
export async function goVersion(host: Host, cwd?: string): Promise<string> {
  const env = await goEnv(host, ['GOVERSION'], cwd)
  return env.GOVERSION
}

/**
 * `go env -json` in the module folder, where go applies go.mod's go and toolchain lines: when go refuses
 * (go.mod needs a newer Go under GOTOOLCHAIN=local, a broken go.mod), go's own message is the error.
 */
export async function moduleGoEnv(
  host: Host,
  moduleDir: string,
  names: string[]
): Promise<Record<string, string>> {
  try {
    return await goEnv(host, names, moduleDir)
  } catch (err) {
    if (!(err instanceof ExecError)) throw err
    const text = err.result.stderr || err.result.stdout
    const needs = /requires go >= ?([0-9][^\s;)]*)/.exec(text)?.[1]
    throw new UserError(
      `the go command refuses to work in ${moduleDir}:\n${quoteLines(text)}`,
      needs
        ? {
            input: 'working-directory',
            fix: `install Go ${needs} or later first (actions/setup-go with go-version-file: go.mod), or allow go to fetch it with GOTOOLCHAIN=auto in env.`
          }
        : {
            input: 'working-directory',
            fix: 'fix what go reports in go.mod or go.work (go mod tidy shows the same).'
          }
    )
  }
}

interface GoVersionParts {
  major: number
  minor: number
  /** 0: a language version (1.21), 1-3: alpha, beta, rc, 4: a release (1.21.0). */
  kind: number
  /** The patch of a release, the number of a prerelease. */
  n: number
}

function parseGoVersion(v: string): GoVersionParts | undefined {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v.trim())
  if (!m) return undefined
  const kind = m[3] !== undefined ? 4 : m[4] ? ['alpha', 'beta', 'rc'].indexOf(m[4]) + 1 : 0
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), kind, n: Number(m[3] ?? m[5] ?? 0) }
}

/**
 * Compare Go versions as Go does (1.21 < 1.21rc1 < 1.21.0 < 1.21.1); `go` prefixes allowed. Undefined when
 * either is not a Go version (a devel toolchain, `default`).
 */
export function compareGoVersions(a: string, b: string): number | undefined {
  const x = parseGoVersion(a)
  const y = parseGoVersion(b)
  if (!x || !y) return undefined
  return x.major - y.major || x.minor - y.minor || x.kind - y.kind || x.n - y.n
}

/**
 * go.mod's go line is the least Go that may build the module, its toolchain line the one its authors build
 * with. A go line above the toolchain is an error (go would refuse anyway); a toolchain line above it, a
 * warning: the binaries are built with an older Go than the module asks for.
 */
export function checkGoLines(
  mod: { go?: string; toolchain?: string },
  goVersion: string,
  file: string
): string[] {
  if (mod.go && (compareGoVersions(mod.go, goVersion) ?? 0) > 0)
    throw new UserError(`${file} says go ${mod.go}, but the Go toolchain is ${goVersion}.`, {
      input: 'working-directory',
      fix: `install Go ${mod.go} or later first (actions/setup-go with go-version-file: go.mod), or allow go to fetch it with GOTOOLCHAIN=auto in env.`
    })
  if (mod.toolchain && (compareGoVersions(mod.toolchain, goVersion) ?? 0) > 0)
    return [
      `${file} asks for toolchain ${mod.toolchain}, but ${goVersion} builds (GOTOOLCHAIN keeps it): the binaries are built with the older Go. Install ${mod.toolchain} (actions/setup-go with go-version-file: go.mod), or set GOTOOLCHAIN=auto in env to let go fetch it.`
    ]
  return []
}

// The first bytes of an executable the OS runs directly (ELF, Mach-O and its universal form, PE): a go that
// starts otherwise is a script (an asdf or goenv shim) that may pick another toolchain in every folder.
const EXECUTABLE_MAGIC = [
  /^\x7fELF/,
  /^(\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe|\xca\xfe\xba\xbe)/,
  /^MZ/
]

/** The go binary as a key part (real path, size, times, inode), or undefined when it may be a shim. */
async function realGoBinary(host: Host): Promise<unknown[] | undefined> {
  const found = await goBinary(host)
  const real = found ? await realpath(found).catch(() => undefined) : undefined
  // A symlink to a tool that is not go (mise links go to itself) picks the toolchain per folder as well.
  if (!real || !/^go(\.exe)?$/i.test(path.basename(real))) return undefined
  const fh = await open(real, 'r').catch(() => undefined)
  if (!fh) return undefined
  try {
    const head = Buffer.alloc(4)
    await fh.read(head, 0, 4, 0)
    if (!EXECUTABLE_MAGIC.some(m => m.test(head.toString('latin1')))) return undefined
    const st = await fh.stat()
    return [real, st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev]
  } finally {
    await fh.close()
  }
}

/** The user's go env file (`go env -w` writes it), as go finds it: GOENV, else the OS's config folder. */
function userGoEnvFile(env: Host['env']): string | undefined {
  if (env.GOENV) return env.GOENV === 'off' ? undefined : env.GOENV
  const home = env.HOME || os.homedir()
  const platform = os.platform()
  const config =
    platform === 'win32'
      ? env.AppData
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || path.join(home, '.config')
  return config ? path.join(config, 'go', 'env') : undefined
}

/** The go.work that applies in `dir` (GOWORK, else the nearest one above), as go looks for it. */
async function goWorkFile(env: Host['env'], dir: string): Promise<string | undefined> {
  if (env.GOWORK) return env.GOWORK === 'off' ? undefined : env.GOWORK
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const f = path.join(d, 'go.work')
    if ((await stat(f).catch(() => undefined))?.isFile()) return f
    if (path.dirname(d) === d) return undefined
  }
}

const text = (file: string | undefined): Promise<string> =>
  file ? readFile(file, 'utf8').catch(() => '') : Promise.resolve('')

/**
 * A key for `go env` in a module folder: everything its answer depends on. The go binary (a real go, not a
 * shim); GOROOT's go.env and the user's go env file (their text: defaults such as GOTOOLCHAIN, GOPROXY);
 * the environment go reads (GO*, CGO_*, the home and cache folders, PATH); the folder; and the text of
 * go.mod and go.work, whose go and toolchain lines can switch the toolchain or make go refuse.
 */
export async function goEnvKey(host: Host, moduleDir: string): Promise<string | undefined> {
  const bin = await realGoBinary(host)
  if (!bin) return undefined
  const env = host.env
  const goroot = env.GOROOT || path.dirname(path.dirname(String(bin[0])))
  const vars = Object.entries(env)
    .filter(([k]) => /^(GO|CGO_)/.test(k) || ENV_KEYS.includes(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const files = await Promise.all([
    text(path.join(goroot, 'go.env')),
    text(userGoEnvFile(env)),
    text(path.join(moduleDir, 'go.mod')),
    goWorkFile(env, moduleDir).then(f => Promise.all([f ?? '', text(f)]))
  ])
  return createHash('sha256')
    .update(JSON.stringify([bin, path.resolve(moduleDir), vars, files]))
    .digest('hex')
}

const ENV_KEYS = [
  'HOME',
  'XDG_CONFIG_HOME',
  'XDG_CACHE_HOME',
  'PATH',
  'USERPROFILE',
  'AppData',
  'LocalAppData'
]

/**
 * moduleGoEnv, kept between runs under goEnvKey: a warm rebuild starts no `go env` (50 ms of go's start-up
 * before the first build). A refusal is never kept, so a go.mod go would refuse is asked again (its text is
 * in the key). Without a key (a shim, no go found), go is asked every time.
 */
export async function cachedModuleGoEnv(
  host: Host,
  moduleDir: string,
  names: string[]
): Promise<Record<string, string>> {
  const key = await goEnvKey(host, moduleDir)
    .then(
      k =>
        k &&
        createHash('sha256')
          .update(JSON.stringify([k, names]))
          .digest('hex')
    )
    .catch(() => undefined)
  const kept = key
    ? await readCached<Record<string, string>>(host.env, 'go-env', key, GO_ENV_SCHEMA)
    : undefined
  if (kept && names.every(n => typeof kept[n] === 'string')) return kept
  const fresh = await moduleGoEnv(host, moduleDir, names)
  if (key) await writeCached(host.env, 'go-env', key, fresh)
  return fresh
}
