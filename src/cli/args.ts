// Command-line parsing for `gantry <command>`: a stage's inputs become flags with the same names
// (`--working-directory`, `--targets`). Lists may be given once or repeated; any other flag given twice
// takes the last value. Booleans take `--push`, `--no-push` or `--push=false`. A secret (a password) is
// never an argument, where the process list and the shell history would show it: it comes from stdin
// (`--password-stdin`) or the environment (`GANTRY_PASSWORD`).

import { parseArgs } from 'node:util'
import { UserError } from '../util/errors.js'
import type { InputSpecs, RawInputs } from '../runtime/inputs.js'

export interface ParsedArgs {
  options: RawInputs
  config?: string
  verbose: boolean
  help: boolean
  /** The secret input to read from stdin (`--<name>-stdin`), if any. */
  stdinSecret?: string
}

/** The environment variable a secret input is read from: GANTRY_PASSWORD for `password`. */
export function secretEnvVar(name: string): string {
  return `GANTRY_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

/** The secret inputs the CLI takes (from stdin or the environment). */
function cliSecrets(spec: InputSpecs): string[] {
  return Object.entries(spec)
    .filter(([, s]) => s.kind === 'secret' && !s.actionOnly)
    .map(([n]) => n)
}

/** `--password value` or `--password=value`: refused before anything else, without echoing the value. */
function refuseSecretArgs(spec: InputSpecs, argv: readonly string[]): void {
  for (const name of cliSecrets(spec))
    if (argv.some(a => a === `--${name}` || a.startsWith(`--${name}=`)))
      throw new UserError(
        'is never taken from the command line, where the process list and the shell history show it.',
        {
          input: name,
          fix: `pipe it to --${name}-stdin, or set ${secretEnvVar(name)} in the environment.`
        }
      )
}

const REPEATABLE = new Set(['list', 'keyvalues'])

export function parseCommandArgs(spec: InputSpecs, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    config: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' }
  }
  refuseSecretArgs(spec, argv)
  const booleans = new Set<string>()
  for (const name of cliSecrets(spec)) options[`${name}-stdin`] = { type: 'boolean' }
  for (const [name, opt] of Object.entries(spec)) {
    if (opt.actionOnly || opt.kind === 'secret') continue
    // Booleans are parsed as strings too, so `--push=false` works; a bare `--push` is rewritten below.
    options[name] = { type: 'string', multiple: true }
    if (opt.kind === 'bool') booleans.add(name)
  }
  const rewritten: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const m = /^--(no-)?([a-z0-9-]+)$/.exec(a)
    if (m && booleans.has(m[2])) {
      const next = argv[i + 1]
      if (!m[1] && (next === 'true' || next === 'false')) {
        rewritten.push(`--${m[2]}=${next}`)
        i++
      } else rewritten.push(`--${m[2]}=${m[1] ? 'false' : 'true'}`)
    } else rewritten.push(a)
  }
  let values: Record<string, unknown>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: rewritten, options, strict: true, allowPositionals: true }))
  } catch (err) {
    const message = (err as Error).message
    // parseArgs refuses `--ldflags -s` (a value starting with a dash after a space): say how to write it.
    const dash = /argument is ambiguous/.test(message)
    throw new UserError(message.split('\n')[0].replace(/\. To specify.*$/s, '.'), {
      input: 'command line',
      fix: dash
        ? 'write a value that starts with - as --name=value, as in --ldflags="-s -w".'
        : 'run with --help for the options this command takes.'
    })
  }
  if (positionals.length)
    throw new UserError(`unexpected argument "${positionals[0]}".`, {
      input: 'command line',
      fix: 'options are written --name value; run with --help.'
    })
  const out: Record<string, string> = {}
  for (const [name, opt] of Object.entries(spec)) {
    if (opt.kind === 'secret') continue
    const v = values[name] as string[] | undefined
    if (v?.length) out[name] = REPEATABLE.has(opt.kind) ? v.join('\n') : v[v.length - 1]
  }
  const fromStdin = cliSecrets(spec).filter(n => values[`${n}-stdin`])
  if (fromStdin.length > 1)
    throw new UserError(
      `only one secret can come from stdin; ${fromStdin.map(n => `--${n}-stdin`).join(' and ')} were given.`,
      {
        input: 'command line',
        fix: `give the others in the environment (${fromStdin.slice(1).map(secretEnvVar).join(', ')}).`
      }
    )
  return {
    options: out,
    config: values.config as string | undefined,
    verbose: Boolean(values.verbose),
    help: Boolean(values.help),
    stdinSecret: fromStdin[0]
  }
}

/**
 * The secret inputs' values: the one named by `--<name>-stdin` from stdin (one trailing newline dropped, as
 * docker login --password-stdin does), the others from GANTRY_<NAME>.
 */
export async function readSecrets(
  spec: InputSpecs,
  args: ParsedArgs,
  env: Readonly<Record<string, string | undefined>>,
  readStdin: () => Promise<string>
): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of cliSecrets(spec)) {
    if (args.stdinSecret === name) {
      const value = (await readStdin()).replace(/\r?\n$/, '')
      if (!value)
        throw new UserError('--' + name + '-stdin was given but stdin was empty.', {
          input: name,
          fix: `pipe the value in: printf %s "$TOKEN" | gantry ... --${name}-stdin.`
        })
      out[name] = value
    } else if (env[secretEnvVar(name)]) out[name] = env[secretEnvVar(name)]!
  }
  return out
}

export function usage(command: string, spec: InputSpecs, summary: string): string {
  const lines = [`gantry ${command} [options]`, '', summary, '', 'Options:']
  for (const [name, opt] of Object.entries(spec)) {
    if (opt.actionOnly) continue
    const flag =
      opt.kind === 'bool'
        ? `--${name}[=true|false]`
        : opt.kind === 'secret'
          ? `--${name}-stdin (or ${secretEnvVar(name)} in the environment)`
          : `--${name} <value>`
    lines.push(`  ${flag}`)
    lines.push(`      ${opt.description}${opt.default ? ` (default: ${opt.default})` : ''}`)
  }
  lines.push('  --config <file>', '      gantry.yml to read (default: ./gantry.yml if present)')
  lines.push('  --verbose, -v', '      debug output')
  return lines.join('\n')
}
