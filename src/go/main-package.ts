// Which package to build and what to call the binary: the `main` input, or the single main package under
// cmd/* or at the module root (found with `go list -find`, which reads package clauses without loading deps).

import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { goCommand } from './toolchain.js'
import { readGoMod } from '../model/gomod.js'
import { checkBinaryName } from '../model/binary-name.js'

export interface MainPackage {
  /** The package argument for go build, relative to the module root: `./cmd/hello` or `.`. */
  pkg: string
  /** The binary name, without .exe. */
  binary: string
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

interface ListedPackage {
  dir: string
  name: string
}

async function listPackages(host: Host, moduleDir: string, pattern: string): Promise<ListedPackage[]> {
  const r = await host.exec(goCommand(host), ['list', '-find', '-e', '-f', '{{.Name}}\t{{.Dir}}', pattern], {
    cwd: moduleDir,
    ignoreReturnCode: true
  })
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map(l => {
      const [name, dir] = l.split('\t')
      return { name, dir }
    })
}

function relPkg(moduleDir: string, dir: string): string {
  const rel = path.relative(moduleDir, dir).split(path.sep).join('/')
  return rel ? `./${rel}` : '.'
}

/** Find (or check) the main package and the binary name. */
export async function findMainPackage(
  host: Host,
  moduleDir: string,
  modulePath: string,
  opts: { main?: string; binary?: string }
): Promise<MainPackage> {
  let pkg: string
  if (opts.main) {
    const dir = path.resolve(moduleDir, opts.main)
    const rel = path.relative(moduleDir, dir)
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new UserError(`${opts.main} is outside the module folder ${moduleDir}.`, {
        input: 'main',
        fix: 'give the main package relative to working-directory, as in ./cmd/app.'
      })
    const st = await stat(dir).catch(() => undefined)
    const listed = st?.isDirectory() ? await listPackages(host, moduleDir, relPkg(moduleDir, dir)) : []
    if (listed[0]?.name !== 'main')
      throw new UserError(
        st?.isDirectory()
          ? `${opts.main} is not a main package (package ${listed[0]?.name || 'none'}).`
          : `${opts.main} is not a folder of the module.`,
        { input: 'main', fix: 'point main at the folder of a package main, as in ./cmd/app.' }
      )
    pkg = relPkg(moduleDir, dir)
  } else {
    const all = (await listPackages(host, moduleDir, './...')).filter(p => p.name === 'main')
    const rels = all.map(p => relPkg(moduleDir, p.dir)).sort()
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
        fix: `set main to the one to build (main: ${candidates[0]}), and use one go-build step per binary.`
      })
    pkg = candidates[0]
  }
  let binary = opts.binary?.replace(/\.exe$/i, '')
  // A name from the package folder or the module path follows the same rule: set binary if it does not.
  binary ??= pkg === '.' ? binaryFromModule(modulePath) : pkg.split('/').pop()!
  return { pkg, binary: checkBinaryName(binary, 'binary') }
}
