// JSON that crosses a process or job boundary (step state, artifacts.json, records from files) is checked
// against a JSON Schema before it is used: a parsed value is never trusted through a bare cast.

import { createRequire } from 'node:module'
import type { Ajv, ErrorObject, JSONSchemaType, Options, ValidateFunction } from 'ajv'
import { PRECOMPILED } from './validators.generated.js'

// The schemas are gantry's own constants, checked against the JSON Schema meta-schema by the unit tests
// (__tests__/util/json.test.ts): compiling the meta-schema on every run cost a CLI start ~60 ms. Ajv's
// optimising passes over the generated code cost more than they save on documents this small.
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  validateSchema: false,
  code: { optimize: false }
}
let ajv: Ajv | undefined
const compiled = new WeakMap<object, ValidateFunction>()

/**
 * A type guard from a JSON Schema (compiled once per schema object). The schemas of a warm rebuild come
 * precompiled (`gantry generate` writes them with ajv's standalone code, same options), found by their JSON
 * text: a schema changed since is compiled here, as any other.
 */
export function validator<T>(schema: JSONSchemaType<T> | Record<string, unknown>): ValidateFunction<T> {
  let v = compiled.get(schema)
  if (!v) {
    v = (PRECOMPILED.get(JSON.stringify(schema)) as ValidateFunction | undefined) ?? compile(schema)
    compiled.set(schema, v)
  }
  return v as ValidateFunction<T>
}

/**
 * ajv, loaded when a schema needs compiling, not at start-up (a warm rebuild never does). In a bundle,
 * `require` is the bundler's and ajv is in it; run from source (the tests), `require` is made here.
 */
function loadAjv(): typeof import('ajv') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return typeof require === 'function' ? require('ajv') : createRequire(import.meta.url)('ajv')
}

function compile(schema: object): ValidateFunction {
  ajv ??= new (loadAjv().Ajv)(AJV_OPTIONS)
  return ajv.compile(schema)
}

/** ajv's errors as short `path: message` strings. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return [
    ...new Set(
      (errors ?? []).map(e => {
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)'
        if (e.keyword === 'additionalProperties')
          return `${where}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`
        return `${where}: ${e.message ?? 'invalid'}`
      })
    )
  ]
}

/** Parse JSON text and check it; `what` names the text in the error. Throws Error (callers wrap it). */
export function parseJsonAs<T>(
  text: string,
  schema: JSONSchemaType<T> | Record<string, unknown>,
  what: string
): T {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new Error(`${what} is not valid JSON: ${(err as Error).message}`)
  }
  const v = validator<T>(schema)
  if (!v(data))
    throw new Error(`${what} does not have the expected shape: ${describeErrors(v.errors).join('; ')}`)
  return data
}
