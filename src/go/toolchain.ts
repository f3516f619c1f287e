// The Go toolchain on PATH: its version, its environment and the ports it supports (`go tool dist list`).

import type { Host } from '../util/host.js'
import { UserError } from '../util/errors.js'
import { parseJsonAs } from '../util/json.js'

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

const DIST_LIST = {
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
const GO_ENV = { type: 'object', additionalProperties: { type: 'string' } } as const

/** `go tool dist list -json`, parsed. */
export async function distList(host: Host, cwd?: string): Promise<Port[]> {
  const out = await runGo(host, ['tool', 'dist', 'list', '-json'], cwd)
  const raw = parseJsonAs<
    { GOOS: string; GOARCH: string; CgoSupported?: boolean; FirstClass?: boolean; Broken?: boolean }[]
  >(out, DIST_LIST, 'go tool dist list -json')
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
  return parseJsonAs<Record<string, string>>(out, GO_ENV, 'go env -json')
}

/** The toolchain's version, e.g. `go1.26.8`. */
export async function goVersion(host: Host, cwd?: string): Promise<string> {
  const env = await goEnv(host, ['GOVERSION'], cwd)
  return env.GOVERSION
}
