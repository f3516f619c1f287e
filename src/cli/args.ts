// Command-line parsing for `gantry <command>`: the stage's options become flags with the same names
// (`--working-directory`, `--targets`), given once or repeated for lists; booleans take `--push`,
// `--no-push` or `--push=false`.

import { parseArgs } from 'node:util'
import { UserError } from '../util/errors.js'
import type { RawOptions, StageSpec } from '../config/options.js'

export interface ParsedArgs {
  options: RawOptions
  config?: string
  verbose: boolean
  help: boolean
}

export function parseCommandArgs(spec: StageSpec, argv: readonly string[]): ParsedArgs {
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
    if (opt.kind === 'boolean') booleans.add(name)
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
    throw new UserError((err as Error).message.replace(/\. To specify.*$/s, '.'), {
      input: 'command line',
      fix: 'run with --help for the options this command takes.'
    })
  }
  if (positionals.length)
    throw new UserError(`unexpected argument "${positionals[0]}".`, {
      input: 'command line',
      fix: 'options are written --name value; run with --help.'
    })
  const out: Record<string, string> = {}
  for (const name of Object.keys(spec)) {
    const v = values[name] as string[] | undefined
    if (v?.length) out[name] = v.join('\n')
  }
  return {
    options: out,
    config: values.config as string | undefined,
    verbose: Boolean(values.verbose),
    help: Boolean(values.help)
  }
}

export function usage(command: string, spec: StageSpec, summary: string): string {
  const lines = [`gantry ${command} [options]`, '', summary, '', 'Options:']
  for (const [name, opt] of Object.entries(spec)) {
    if (opt.actionOnly) continue
    const flag = opt.kind === 'boolean' ? `--${name}[=true|false]` : `--${name} <value>`
    lines.push(`  ${flag}`)
    lines.push(`      ${opt.description}${opt.default ? ` (default: ${opt.default})` : ''}`)
  }
  lines.push('  --config <file>', '      gantry.yml to read (default: ./gantry.yml if present)')
  lines.push('  --verbose, -v', '      debug output')
  return lines.join('\n')
}
