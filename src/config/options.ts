// Options as every front end supplies them: a map of kebab-case names to strings, exactly as GitHub passes
// action inputs. The action reads them with core.getInput, the CLI from flags and gantry.yml; both then call
// the same typed parsers below, so a bad value gets the same UserError, naming the option, everywhere.

import { UserError } from '../util/errors.js'

export type RawOptions = Readonly<Record<string, string | undefined>>

export type OptionKind = 'string' | 'boolean' | 'list' | 'number'

export interface OptionSpec {
  description: string
  /** The default as the action.yml writes it; the parsers apply it when the value is missing or empty. */
  default?: string
  kind?: OptionKind
  required?: boolean
  /** Masked in logs (passwords, tokens). */
  secret?: boolean
  /** Not offered by the CLI (e.g. `github-token`, which the CLI takes from GITHUB_TOKEN). */
  actionOnly?: boolean
}

/** A stage's options by input name, in the order the action.yml lists them. */
export type StageSpec = Readonly<Record<string, OptionSpec>>

/** The value of an option, or its spec default, trimmed; '' when neither is set. */
export function getString(raw: RawOptions, spec: StageSpec, name: string): string {
  if (!(name in spec)) throw new Error(`bug: option ${name} is not in the stage spec`)
  const value = raw[name]?.trim()
  if (value) return value
  const fallback = spec[name].default ?? ''
  if (!fallback && spec[name].required)
    throw new UserError('is required.', { input: name, fix: `set the ${name} input.` })
  return fallback
}

/** Like getString, but undefined when the option is unset and has no default. */
export function getOptional(raw: RawOptions, spec: StageSpec, name: string): string | undefined {
  return getString(raw, spec, name) || undefined
}

export function parseBoolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new UserError(`"${value}" is not a boolean.`, { input: name, fix: 'write true or false.' })
}

export function getBoolean(raw: RawOptions, spec: StageSpec, name: string): boolean {
  return parseBoolean(getString(raw, spec, name) || 'false', name)
}

/**
 * A list as the docker actions accept them: one item per line or comma-separated, blank items and
 * `#` comment lines dropped. Set `commas: false` for values that may contain commas (ldflags, rules).
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

export function getList(
  raw: RawOptions,
  spec: StageSpec,
  name: string,
  opts: { commas?: boolean } = {}
): string[] {
  return parseList(getString(raw, spec, name), opts)
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

/** `KEY=value` lines (env, build-args, labels): a map, keeping order; bad lines are UserErrors. */
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
