// gantry's JSON Schemas are code: the runtime compiles them without checking them against the meta-schema
// (that cost every CLI start ~60 ms), so this test does, with a strict Ajv.
import { Ajv } from 'ajv'
import { ARTIFACTS_SCHEMA } from '../../src/model/artifacts.js'
import { buildSchema } from '../../src/config/file.js'
import { DIST_LIST_SCHEMA, GO_ENV_SCHEMA } from '../../src/go/toolchain.js'
import { CACHE_STATES, SAVE_STATE } from '../../src/stages/go-build.js'
import { parseJsonAs } from '../../src/util/json.js'

test.each([
  ['artifacts.json', ARTIFACTS_SCHEMA],
  ['gantry.yml', buildSchema()],
  ['go tool dist list', DIST_LIST_SCHEMA],
  ['go env', GO_ENV_SCHEMA],
  ['go-build cache state', CACHE_STATES],
  ['go-build save policy', SAVE_STATE]
])('the %s schema is a valid JSON Schema', (_name, schema) => {
  const strict = new Ajv({ allErrors: true, strict: false, validateSchema: true })
  expect(strict.validateSchema(schema as object)).toBe(true)
  expect(strict.errors ?? null).toBeNull()
})

test('values are still checked against the schema', () => {
  expect(() => parseJsonAs('{"GOOS": 1}', GO_ENV_SCHEMA, 'go env')).toThrow(/GOOS: must be string/)
})
