// cgo: which C compiler each foreign target needs when cgo is on, found on PATH by the Debian/Ubuntu
// cross-gcc names, or taken from CC in the env input (a missing one fails before any build); and, when cgo
// is off, which dependencies lose their C code.

import path from 'node:path'
import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { exists } from '../util/fs.js'
import { toPlatform, type Target } from '../model/target.js'
import { goCommand, type Port } from './toolchain.js'

const CROSS_GCC: Record<string, string> = {
  'linux/amd64': 'x86_64-linux-gnu-gcc',
  'linux/arm64': 'aarch64-linux-gnu-gcc',
  'linux/386': 'i686-linux-gnu-gcc',
  'linux/arm': 'arm-linux-gnueabihf-gcc',
  'linux/riscv64': 'riscv64-linux-gnu-gcc',
  'linux/ppc64le': 'powerpc64le-linux-gnu-gcc',
  'linux/s390x': 's390x-linux-gnu-gcc',
  'windows/amd64': 'x86_64-w64-mingw32-gcc',
  'windows/386': 'i686-w64-mingw32-gcc'
}

async function onPath(host: Host, name: string): Promise<string | undefined> {
  const dirs = (host.env.PATH ?? host.env.Path ?? '').split(path.delimiter).filter(Boolean)
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name]
  for (const d of dirs) for (const n of names) if (await exists(path.join(d, n))) return path.join(d, n)
  return undefined
}

/**
 * The CC of each foreign target (by platform string) for a cgo build. UserErrors on `cgo` when Go has no cgo
 * for a target, or no cross compiler is found and the env input sets no CC.
 */
export async function crossCompilers(
  host: Host,
  targets: readonly Target[],
  ports: readonly Port[],
  hostTarget: { goos: string; goarch: string },
  userCC: string | undefined
): Promise<Record<string, string>> {
  const noCgo = targets.filter(
    t => !ports.find(p => p.goos === t.goos && p.goarch === t.goarch)?.cgoSupported
  )
  if (noCgo.length)
    throw new UserError(`cgo is not supported by Go for ${noCgo.map(toPlatform).join(', ')}.`, {
      input: 'cgo',
      fix: 'set cgo: false, or drop these targets.'
    })
  const found: Record<string, string> = {}
  const missing: string[] = []
  for (const t of targets) {
    if ((t.goos === hostTarget.goos && t.goarch === hostTarget.goarch) || userCC) continue
    const want = CROSS_GCC[`${t.goos}/${t.goarch}`]
    const cc = want ? await onPath(host, want) : undefined
    if (cc) found[toPlatform(t)] = cc
    else missing.push(`${toPlatform(t)}${want ? ` (looked for ${want})` : ''}`)
  }
  if (missing.length)
    throw new UserError(
      `cgo is on, but there is no C cross compiler for ${missing.join(', ')} on this ${hostTarget.goos}/${hostTarget.goarch} runner.`,
      {
        input: 'cgo',
        fix: 'set cgo: false (pure Go cross-compiles without a C toolchain), or install the cross gcc (apt-get install gcc-aarch64-linux-gnu, ...) or set CC in the env input, or build those targets on a native runner.'
      }
    )
  return found
}

/**
 * The dependencies (not the standard library) that have cgo files, listed with cgo on: with CGO_ENABLED=0
 * those files are left out, and a package such as github.com/mattn/go-sqlite3 then compiles to a stub that
 * fails only at run time. Undefined when go list fails (the build reports that itself).
 */
export async function cgoDependencies(
  host: Host,
  moduleDir: string,
  pkgs: readonly string[],
  opts: { tags: readonly string[]; env: Record<string, string | undefined> }
): Promise<string[] | undefined> {
  const args = ['list', '-deps', '-e', '-f', '{{if and (not .Standard) .CgoFiles}}{{.ImportPath}}{{end}}']
  if (opts.tags.length) args.push(`-tags=${opts.tags.join(',')}`)
  const r = await host.exec(goCommand(host), [...args, '--', ...pkgs], {
    cwd: moduleDir,
    env: { ...opts.env, CGO_ENABLED: '1' },
    ignoreReturnCode: true
  })
  if (r.code !== 0) return undefined
  return [...new Set(r.stdout.split('\n').filter(Boolean))].sort()
}

/** The warning for cgo dependencies built without cgo. */
export function cgoOffWarning(deps: readonly string[]): string {
  const list = deps.slice(0, 5).join(', ') + (deps.length > 5 ? ` and ${deps.length - 5} more` : '')
  return `cgo is off, so ${list} ${deps.length === 1 ? 'is' : 'are'} built without ${deps.length === 1 ? 'its' : 'their'} C code: such a package builds its non-cgo fallback, or a stub that fails only at run time (github.com/mattn/go-sqlite3 does). Set cgo: true (with a C cross compiler for each foreign target), or use a pure-Go alternative.`
}
