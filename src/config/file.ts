// gantry.yml: an optional file that holds the same options as the actions, one section per stage plus a
// `defaults` section every stage reads. Validated against a JSON Schema built from the stage specs (the
// same schema is shipped as schema/gantry.schema.json for editors).

import { readFile } from 'node:fs/promises'
import { load as loadYaml } from 'js-yaml'
import { UserError } from '../util/errors.js'
import { describeErrors, validator } from '../util/json.js'
import type { InputSpec, RawInputs } from '../runtime/inputs.js'
import type { AnyStage } from '../runtime/stage.js'
import { STAGES } from '../stages/index.js'

export { CONFIG_FILES } from './config-files.js'

export interface ConfigFile {
  path: string
  defaults: Record<string, unknown>
  stages: Record<string, Record<string, unknown>>
}

const SCHEMA_ID = 'https://gantry.dev/schema/gantry.schema.json'

function optionSchema(spec: InputSpec, description: string): Record<string, unknown> {
  const scalar = { type: ['string', 'number', 'boolean'] }
  switch (spec.kind) {
    case 'bool':
      return { description, type: ['boolean', 'string'], pattern: '^(true|false)$' }
    case 'int':
      return { description, type: ['integer', 'string'] }
    case 'list':
    case 'keyvalues':
      return { description, anyOf: [{ type: 'string' }, { type: 'array', items: scalar }] }
    default:
      return { description, ...scalar }
  }
}

function stageProperties(stage: AnyStage): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries<InputSpec>(stage.inputs)) {
    // Secrets never live in a file that may be committed: the CLI takes them from stdin or the environment.
    if (spec.actionOnly || spec.kind === 'secret') continue
    props[name] = optionSchema(
      spec,
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
      description: `Options of the ${stage.name} stage (${stage.root ? 'the root action' : `actions/${stage.action}`}, gantry ${stage.name}).`,
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
  const validate = validator<Record<string, Record<string, unknown>>>(configSchema())
  if (!validate(data)) {
    throw new UserError(
      `does not match the gantry.yml schema: ${describeErrors(validate.errors).join('; ')}.`,
      {
        input: file,
        fix: 'see schema/gantry.schema.json or docs/cli.md for the keys each section takes.'
      }
    )
  }
  const obj = data
  const stages: Record<string, Record<string, unknown>> = {}
  for (const stage of STAGES) if (obj[stage.name]) stages[stage.name] = obj[stage.name]
  return { path: file, defaults: obj.defaults ?? {}, stages }
}

// Compiled once: the schema object is built from the stage list, which does not change at run time.
let schema: Record<string, unknown> | undefined
function configSchema(): Record<string, unknown> {
  return (schema ??= buildSchema())
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
export function configOptions(config: ConfigFile | undefined, stage: AnyStage): RawInputs {
  const out: Record<string, string> = {}
  if (!config) return out
  for (const source of [config.defaults, config.stages[stage.name] ?? {}])
    for (const [key, value] of Object.entries(source))
      if (key in stage.inputs && value !== null && value !== undefined && stage.inputs[key].kind !== 'secret')
        out[key] = toRaw(value)
  return out
}
