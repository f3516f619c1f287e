// Which packages to build and what to call the binaries: the `main` input (one or several packages, each
// optionally `name=./cmd/app`), or the single main package under cmd/* or at the module root. Found with one
// `go list -find` (package clauses only, no dependencies); a failing go list is reported with go's message.

import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { oneLine, quoteLines } from '../util/log-safe.js'
import { goCommand } from './toolchain.js'
import { readGoMod } from '../model/gomod.js'
import { readCached, writeCached } from '../util/disk-cache.js'
import { BINARY_NAME_PATTERN, checkBinaryName } from '../model/binary-name.js'

export interface MainPackage {
  /** The package argument for go build, relative to the module root: `./cmd/hello` or `.`. */
  pkg: string
  /** The binary name, without .exe. */
  binary: string
}

/** A main package with what the linker-variable check reads: its folder and Go files (all build contexts). */
export interface ListedMain extends MainPackage {
  dir: string
  files: string[]
}

/** The module path of go.mod in `dir`; a missing go.mod is a UserError on working-directory. */
export async function readModulePath(dir: string): Promise<string> {
  const mod = await readGoMod(dir)
  if (!mod)
    throw new UserError(`${dir} has no go.mod, so it is not a Go module.`, {
      input: 'working-directory',
      fix: 'point working-directory at the folder that holds go.mod (or run go mod init there).'
    })
  if (!mod.module)
    throw new UserError(`${path.join(dir, 'go.mod')} has no module line.`, {
      input: 'working-directory',
      fix: 'add a module directive (module example.com/app) to go.mod.'
    })
  return mod.module.path
}

/** The default binary name of a root main: the module path's last element, skipping a /vN suffix. */
export function binaryFromModule(modulePath: string): string {
  const parts = modulePath.split('/')
  let last = parts.pop() ?? modulePath
  if (/^v\d+$/.test(last) && parts.length) last = parts.pop()!
  return last
}

export interface ListedPackage {
  Dir: string
  ImportPath: string
  Name: string
  GoFiles?: string[]
  IgnoredGoFiles?: string[]
  Error?: { Err: string }
}

/** `go list -find -e -json` of the patterns; go's own failure (go.mod, toolchain) is a UserError with its text. */
export async function listPackages(
  host: Host,
  moduleDir: string,
  patterns: string[],
  input = 'working-directory'
): Promise<ListedPackage[]> {
  const r = await host.exec(
    goCommand(host),
    ['list', '-find', '-e', '-json=Dir,ImportPath,Name,GoFiles,IgnoredGoFiles,Error', '--', ...patterns],
    { cwd: moduleDir, ignoreReturnCode: true }
  )
  if (r.code !== 0)
    throw new UserError(`go list failed in ${moduleDir}:\n${quoteLines(r.stderr)}`, {
      input,
      fix: 'fix what go reports (go.mod, the go and toolchain lines, a missing package); `go list ./...` in the module shows the same.'
    })
  return r.stdout
    .split(/\n}\n?/)
    .filter(s => s.trim())
    .map(s => JSON.parse(`${s}\n}`) as ListedPackage)
}

function relPkg(moduleDir: string, dir: string): string {
  const rel = path.relative(moduleDir, dir).split(path.sep).join('/')
  return rel ? `./${rel}` : '.'
}

/** A binary name as given (`.exe` dropped), held to the one file-name rule. */
function givenBinary(name: string, input: string): string {
  return checkBinaryName(name.replace(/\.exe$/i, ''), input)
}

/** One `main` item: `./cmd/app` or `name=./cmd/app`, checked to stay inside the module. */
function parseMainItem(moduleDir: string, item: string): { dir: string; name?: string } {
  const eq = item.indexOf('=')
  const name = eq > 0 ? givenBinary(item.slice(0, eq).trim(), 'main') : undefined
  const where = eq > 0 ? item.slice(eq + 1).trim() : item
  const dir = path.resolve(moduleDir, where)
  const rel = path.relative(moduleDir, dir)
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new UserError(`${where} is outside the module folder ${moduleDir}.`, {
      input: 'main',
      fix: 'give main packages relative to working-directory, as in ./cmd/app.'
    })
  return { dir, name }
}

const filesOf = (p: ListedPackage): string[] => [...(p.GoFiles ?? []), ...(p.IgnoredGoFiles ?? [])]

/** The packages the `main` input names, each checked to be a main package. */
async function namedMains(host: Host, moduleDir: string, items: readonly string[]): Promise<ListedMain[]> {
  const parsed = items.map(i => parseMainItem(moduleDir, i))
  const listed = await listPackages(
    host,
    moduleDir,
    parsed.map(p => relPkg(moduleDir, p.dir)),
    'main'
  )
  return parsed.map((p, i) => {
    const found = listed.find(l => path.resolve(l.Dir) === p.dir)
    if (found?.Name !== 'main')
      throw new UserError(
        found?.Name
          ? `${items[i]} is not a main package (package ${found.Name}).`
          : `${items[i]} is not a package folder of the module${found?.Error ? ` (${oneLine(found.Error.Err)})` : ''}.`,
        { input: 'main', fix: 'point main at the folder of a package main, as in ./cmd/app.' }
      )
    const pkg = relPkg(moduleDir, p.dir)
    return { pkg, binary: p.name ?? '', dir: p.dir, files: filesOf(found) }
  })
}

/** The single main package at the root or under cmd/*, when `main` is empty. */
async function defaultMain(host: Host, moduleDir: string): Promise<ListedMain> {
  const all = (await listPackages(host, moduleDir, ['./...'])).filter(p => p.Name === 'main')
  const rels = all.map(p => relPkg(moduleDir, p.Dir)).sort()
  const candidates = rels.filter(r => r === '.' || /^\.\/cmd\/[^/]+$/.test(r))
  if (candidates.length === 0)
    throw new UserError(
      rels.length
        ? `no main package at the module root or under cmd/*; main packages elsewhere: ${rels.join(', ')}.`
        : `the module in ${moduleDir} has no main package, so there is nothing to build.`,
      {
        input: 'main',
        fix: rels.length
          ? `set main to the one to build, as in main: ${rels[0]}.`
          : 'add a package main (cmd/<name>/main.go), or point working-directory at the module that has one.'
      }
    )
  if (candidates.length > 1)
    throw new UserError(`found several main packages: ${candidates.join(', ')}.`, {
      input: 'main',
      fix: `list the ones to build in main (main: ${candidates.join(', ')}), each built into every archive; or name one.`
    })
  const found = all.find(p => relPkg(moduleDir, p.Dir) === candidates[0])!
  return { pkg: candidates[0], binary: '', dir: found.Dir, files: filesOf(found) }
}

/**
 * Find (or check) the main packages and their binary names. `binary` names the binary of a single main;
 * with several, each is named `name=./cmd/app` in `main`, or after its folder.
 */
export async function findMainPackages(
  host: Host,
  moduleDir: string,
  modulePath: string,
  opts: { main?: readonly string[]; binary?: string }
): Promise<ListedMain[]> {
  const items = opts.main ?? []
  if (items.length > 1 && opts.binary)
    throw new UserError(`binary names one binary, but main lists ${items.length} packages.`, {
      input: 'binary',
      fix: 'name each binary in main instead (main: age=./cmd/age, keygen=./cmd/age-keygen), or drop binary.'
    })
  const mains = items.length ? await namedMains(host, moduleDir, items) : [await defaultMain(host, moduleDir)]
  const given = opts.binary !== undefined ? givenBinary(opts.binary, 'binary') : undefined
  // A name from the package folder or the module path follows the same rule: set binary (or name=) if not.
  for (const m of mains)
    m.binary = checkBinaryName(
      m.binary || (given ?? (m.pkg === '.' ? binaryFromModule(modulePath) : m.pkg.split('/').pop()!)),
      items.length > 1 ? 'main' : 'binary'
    )
  const names = mains.map(m => m.binary.toLowerCase())
  const twice = names.find((n, i) => names.indexOf(n) !== i)
  if (twice)
    throw new UserError(`two main packages would make a binary named ${twice}.`, {
      input: 'main',
      fix: 'name them apart: main: name=./cmd/app for one of them.'
    })
  const pkgs = mains.map(m => m.pkg)
  if (new Set(pkgs).size !== pkgs.length)
    throw new UserError('main lists one package twice.', { input: 'main', fix: 'list each package once.' })
  return mains
}

/** One main package (the `main` input as a single path), for callers with one binary. */
export async function findMainPackage(
  host: Host,
  moduleDir: string,
  modulePath: string,
  opts: { main?: string; binary?: string }
): Promise<MainPackage> {
  const [m] = await findMainPackages(host, moduleDir, modulePath, {
    main: opts.main ? [opts.main] : [],
    binary: opts.binary
  })
  return { pkg: m.pkg, binary: m.binary }
}

export const LISTED_MAINS_SCHEMA = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    required: ['pkg', 'binary', 'rel', 'files'],
    properties: {
      pkg: { type: 'string', pattern: '^\\.(/[^/].*)?$' },
      binary: { type: 'string', pattern: BINARY_NAME_PATTERN },
      rel: { type: 'string' },
      files: { type: 'array', items: { type: 'string', pattern: '^[^/\\\\]+\\.go$' } }
    }
  }
} as const

/**
 * findMainPackages, kept between runs for a commit whose Go inputs are all committed (`key` then names the
 * commit and the inputs; undefined: always ask go). A warm rebuild then starts no `go list`.
 */
export async function cachedMainPackages(
  host: Host,
  moduleDir: string,
  modulePath: string,
  opts: { main?: readonly string[]; binary?: string },
  key: string | undefined
): Promise<ListedMain[]> {
  type Kept = { pkg: string; binary: string; rel: string; files: string[] }
  const kept = key ? await readCached<Kept[]>(host.env, 'go-mains', key, LISTED_MAINS_SCHEMA) : undefined
  const inside = kept?.every(k => {
    const rel = path.relative(moduleDir, path.resolve(moduleDir, k.rel))
    return !rel.startsWith('..') && !path.isAbsolute(rel)
  })
  if (kept && inside)
    return kept.map(k => ({
      pkg: k.pkg,
      binary: k.binary,
      dir: path.resolve(moduleDir, k.rel),
      files: k.files
    }))
  const mains = await findMainPackages(host, moduleDir, modulePath, opts)
  if (key)
    await writeCached(
      host.env,
      'go-mains',
      key,
      mains.map(m => ({ pkg: m.pkg, binary: m.binary, rel: path.relative(moduleDir, m.dir), files: m.files }))
    )
  return mains
}
