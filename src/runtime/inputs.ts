// A stage's inputs as declared values: each input's `kind` chooses its parser, and the parsed type of every
// input follows from the declaration (`as const satisfies InputSpecs`), so option names and value types are
// checked at compile time. Every front end hands over raw strings exactly as GitHub passes action inputs
// (the CLI from flags and gantry.yml); the same parsers then give the same UserError, naming the input,
// everywhere.

import { UserError } from '../util/errors.js'

export type RawInputs = Readonly<Record<string, string | undefined>>

interface InputBase {
  description: string
  /** The default as action.yml writes it; applied when the value is missing or blank. */
  default?: string
  required?: boolean
  /** Only in action.yml (e.g. `github-token`, which the CLI takes from GITHUB_TOKEN). */
  actionOnly?: boolean
}

export type InputSpec =
  | (InputBase & { kind: 'string' })
  /** A password or token: masked before anything else runs. */
  | (InputBase & { kind: 'secret' })
  | (InputBase & { kind: 'bool' })
  /** One item per line or comma-separated; `commas: false` for items that may hold commas. */
  | (InputBase & { kind: 'list'; commas?: boolean })
  /** One of `values` (case-insensitive); `aliases` maps other spellings onto them. */
  | (InputBase & { kind: 'enum'; values: readonly string[]; aliases?: Readonly<Record<string, string>> })
  /** A whole number in [min, max]; with `auto: true` the word auto too. */
  | (InputBase & { kind: 'int'; min?: number; max?: number; auto?: boolean })
  /** KEY=value lines (env, labels, build-args). */
  | (InputBase & { kind: 'keyvalues' })

export type InputSpecs = Readonly<Record<string, InputSpec>>

type ValueOf<I> = I extends { kind: 'bool' }
  ? boolean
  : I extends { kind: 'list' }
    ? string[]
    : I extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : I extends { kind: 'int'; auto: true }
        ? number | 'auto'
        : I extends { kind: 'int' }
          ? number
          : I extends { kind: 'keyvalues' }
            ? [string, string][]
            : string

/** The parsed inputs of a spec: strings are '' when unset and without a default. */
export type Inputs<S extends InputSpecs> = { -readonly [K in keyof S]: ValueOf<S[K]> }

export function parseBoolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new UserError(`"${value}" is not a boolean.`, { input: name, fix: 'write true or false.' })
}

/**
 * A list as the docker actions accept them: one item per line or comma-separated, blank items and `#`
 * comment lines dropped. `commas: false` for values that may contain commas (ldflags, rules).
 */
export function parseList(value: string, opts: { commas?: boolean } = {}): string[] {
  const out: string[] = []
  for (const line of value.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const items = opts.commas === false ? [trimmed] : trimmed.split(',')
    for (const item of items) if (item.trim()) out.push(item.trim())
  }
  return out
}

export function parseInteger(
  value: string,
  name: string,
  range: { min?: number; max?: number } = {}
): number {
  const v = value.trim()
  const n = Number(v)
  const bad =
    !/^-?\d+$/.test(v) ||
    (range.min !== undefined && n < range.min) ||
    (range.max !== undefined && n > range.max)
  if (bad) {
    const bounds =
      range.min !== undefined && range.max !== undefined
        ? ` from ${range.min} to ${range.max}`
        : range.min !== undefined
          ? ` of at least ${range.min}`
          : ''
    throw new UserError(`"${value}" is not a whole number${bounds}.`, {
      input: name,
      fix: `write a whole number${bounds}.`
    })
  }
  return n
}

/** `KEY=value` lines (env, build-args, labels): pairs in order; a line without `=` is a UserError. */
export function parseKeyValues(value: string, name: string): [string, string][] {
  const out: [string, string][] = []
  for (const line of parseList(value, { commas: false })) {
    const eq = line.indexOf('=')
    if (eq <= 0)
      throw new UserError(`"${line}" is not KEY=value.`, {
        input: name,
        fix: 'write one KEY=value per line.'
      })
    out.push([line.slice(0, eq).trim(), line.slice(eq + 1)])
  }
  return out
}

export function parseEnum(value: string, name: string, values: readonly string[], aliases = {}): string {
  const v = value.trim().toLowerCase()
  const a = (aliases as Record<string, string>)[v]
  if (a !== undefined) return a
  const found = values.find(x => x.toLowerCase() === v)
  if (found === undefined)
    throw new UserError(`"${value}" is not one of ${values.join(', ')}.`, {
      input: name,
      fix: `write one of ${values.join(', ')}.`
    })
  return found
}

/** The raw text of one input after the default: trimmed; a required input without a value is a UserError. */
export function rawValue(raw: RawInputs, name: string, spec: InputSpec): string {
  const value = raw[name]?.trim()
  if (value) return value
  const fallback = spec.default ?? ''
  if (!fallback && spec.required)
    throw new UserError('is required.', { input: name, fix: `set the ${name} input.` })
  return fallback
}

function parseOne(raw: RawInputs, name: string, spec: InputSpec): unknown {
  const text = rawValue(raw, name, spec)
  switch (spec.kind) {
    case 'bool':
      return parseBoolean(text || 'false', name)
    case 'list':
      return parseList(text, { commas: spec.commas })
    case 'enum':
      return parseEnum(text, name, spec.values, spec.aliases)
    case 'int':
      if (spec.auto && text.toLowerCase() === 'auto') return 'auto'
      return parseInteger(text, name, spec)
    case 'keyvalues':
      return parseKeyValues(text, name)
    default:
      return text
  }
}

/** Parse every input of a spec from raw strings. Fails on the first bad input, in declaration order. */
export function parseInputs<S extends InputSpecs>(spec: S, raw: RawInputs): Inputs<S> {
  const out: Record<string, unknown> = {}
  for (const [name, s] of Object.entries(spec)) out[name] = parseOne(raw, name, s)
  return out as Inputs<S>
}
