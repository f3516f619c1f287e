// gantry.yml: an optional file that holds the same options as the actions, one section per stage plus a
// `defaults` section every stage reads. Validated against a JSON Schema built from the stage specs (the
// same schema is shipped as schema/gantry.schema.json for editors).

import { readFile } from 'node:fs/promises'
import { Ajv, type ErrorObject } from 'ajv'
import { load as loadYaml } from 'js-yaml'
import { UserError } from '../util/errors.js'
import type { RawOptions } from './options.js'
import { STAGES, type StageInfo } from './stages/index.js'

export const CONFIG_FILES = ['gantry.yml', 'gantry.yaml']

export interface ConfigFile {
  path: string
  defaults: Record<string, unknown>
  stages: Record<string, Record<string, unknown>>
}

const SCHEMA_ID = 'https://gantry.dev/schema/gantry.schema.json'

function optionSchema(kind: string | undefined, description: string): Record<string, unknown> {
  const scalar = { type: ['string', 'number', 'boolean'] }
  switch (kind) {
    case 'boolean':
      return { description, type: ['boolean', 'string'], pattern: '^(true|false)$' }
    case 'number':
      return { description, type: ['integer', 'string'] }
    case 'list':
      return { description, anyOf: [{ type: 'string' }, { type: 'array', items: scalar }] }
    default:
      return { description, ...scalar }
  }
}

function stageProperties(stage: StageInfo): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(stage.spec)) {
    if (spec.actionOnly) continue
    props[name] = optionSchema(
      spec.kind,
      spec.default ? `${spec.description} Default: ${spec.default}` : spec.description
    )
  }
  return props
}

/** The JSON Schema of gantry.yml, built from the stage specs. */
export function buildSchema(): Record<string, unknown> {
  const defaults: Record<string, unknown> = {}
  for (const stage of STAGES) Object.assign(defaults, stageProperties(stage))
  const properties: Record<string, unknown> = {
    defaults: {
      description: 'Options every stage reads unless its own section sets them.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(defaults).sort(([a], [b]) => (a < b ? -1 : 1)))
    }
  }
  for (const stage of STAGES)
    properties[stage.name] = {
      description: `Options of the ${stage.name} stage (actions/${stage.action}, gantry ${stage.name}).`,
      type: 'object',
      additionalProperties: false,
      properties: stageProperties(stage)
    }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'gantry.yml',
    description: 'gantry configuration: the options of the gantry actions, for the gantry CLI.',
    type: 'object',
    additionalProperties: false,
    properties
  }
}

function describeAjvError(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)'
  if (e.keyword === 'additionalProperties')
    return `${where}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`
  return `${where}: ${e.message ?? 'invalid'}`
}

/** Parse and validate a gantry.yml text. `file` names it in errors. */
export function parseConfig(text: string, file: string): ConfigFile {
  let data: unknown = {}
  // An empty file (or one with only comments) is an empty configuration.
  const blank = text.split(/\r?\n/).every(l => !l.trim() || l.trim().startsWith('#'))
  try {
    if (!blank) data = loadYaml(text) ?? {}
  } catch (err) {
    throw new UserError(`is not valid YAML: ${(err as Error).message.split('\n')[0]}`, {
      input: file,
      fix: 'fix the YAML syntax.'
    })
  }
  const ajv = new Ajv({ allErrors: true, strict: false })
  const validate = ajv.compile(buildSchema())
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map(describeAjvError)
    throw new UserError(`does not match the gantry.yml schema: ${[...new Set(errors)].join('; ')}.`, {
      input: file,
      fix: 'see schema/gantry.schema.json or docs/cli.md for the keys each section takes.'
    })
  }
  const obj = data as Record<string, Record<string, unknown>>
  const stages: Record<string, Record<string, unknown>> = {}
  for (const stage of STAGES) if (obj[stage.name]) stages[stage.name] = obj[stage.name]
  return { path: file, defaults: obj.defaults ?? {}, stages }
}

export async function loadConfig(file: string): Promise<ConfigFile> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError('does not exist.', { input: file, fix: 'create it or drop --config.' })
    throw err
  }
  return parseConfig(text, file)
}

function toRaw(value: unknown): string {
  if (Array.isArray(value)) return value.map(v => String(v)).join('\n')
  return String(value)
}

/** The raw options one stage gets from the file: its section over `defaults`, limited to its own options. */
export function configOptions(config: ConfigFile | undefined, stage: StageInfo): RawOptions {
  const out: Record<string, string> = {}
  if (!config) return out
  for (const source of [config.defaults, config.stages[stage.name] ?? {}])
    for (const [key, value] of Object.entries(source))
      if (key in stage.spec && value !== null && value !== undefined) out[key] = toRaw(value)
  return out
}
