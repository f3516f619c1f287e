// Command-line parsing for `gantry <command>`: a stage's inputs become flags with the same names
// (`--working-directory`, `--targets`). Lists may be given once or repeated; any other flag given twice
// takes the last value. Booleans take `--push`, `--no-push` or `--push=false`.

import { parseArgs } from 'node:util'
import { UserError } from '../util/errors.js'
import type { InputSpecs, RawInputs } from '../runtime/inputs.js'

export interface ParsedArgs {
  options: RawInputs
  config?: string
  verbose: boolean
  help: boolean
}

const REPEATABLE = new Set(['list', 'keyvalues'])

export function parseCommandArgs(spec: InputSpecs, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    config: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' }
  }
  const booleans = new Set<string>()
  for (const [name, opt] of Object.entries(spec)) {
    if (opt.actionOnly) continue
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
    const v = values[name] as string[] | undefined
    if (v?.length) out[name] = REPEATABLE.has(opt.kind) ? v.join('\n') : v[v.length - 1]
  }
  return {
    options: out,
    config: values.config as string | undefined,
    verbose: Boolean(values.verbose),
    help: Boolean(values.help)
  }
}

export function usage(command: string, spec: InputSpecs, summary: string): string {
  const lines = [`gantry ${command} [options]`, '', summary, '', 'Options:']
  for (const [name, opt] of Object.entries(spec)) {
    if (opt.actionOnly) continue
    const flag = opt.kind === 'bool' ? `--${name}[=true|false]` : `--${name} <value>`
    lines.push(`  ${flag}`)
    lines.push(`      ${opt.description}${opt.default ? ` (default: ${opt.default})` : ''}`)
  }
  lines.push('  --config <file>', '      gantry.yml to read (default: ./gantry.yml if present)')
  lines.push('  --verbose, -v', '      debug output')
  return lines.join('\n')
}
