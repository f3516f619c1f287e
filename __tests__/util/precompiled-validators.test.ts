// The validators of a warm rebuild's schemas come precompiled (src/util/validators.generated.ts, written by
// `gantry generate`): the file is what the generator writes from today's schemas, validator() takes each
// schema's precompiled function, and that function judges documents as ajv's compiled one does.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv } from 'ajv'
import { PRECOMPILED } from '../../src/util/validators.generated.js'
import { AJV_OPTIONS, describeErrors, validator } from '../../src/util/json.js'
import { VALIDATORS_FILE, precompiledModule } from '../../src/cli/precompile.js'
import { WARM_PATH_SCHEMAS } from '../../src/go/warm-schemas.js'
import { GO_ENV_SCHEMA } from '../../src/go/toolchain.js'
import { LISTED_MAINS_SCHEMA } from '../../src/go/main-package.js'

const root = path.resolve(import.meta.dirname, '../..')

test('the generated file is current (run `node dist/cli/index.js generate` when this fails)', async () => {
  expect(await readFile(path.join(root, VALIDATORS_FILE), 'utf8')).toBe(precompiledModule(WARM_PATH_SCHEMAS))
})

test('every warm-path schema is served precompiled', () => {
  for (const s of WARM_PATH_SCHEMAS) {
    const pre = PRECOMPILED.get(JSON.stringify(s))
    expect(pre).toBeDefined()
    expect(validator(s)).toBe(pre)
  }
})

test('a precompiled validator and ajv agree, errors included', () => {
  const ajv = new Ajv(AJV_OPTIONS)
  const cases: [Record<string, unknown>, unknown][] = [
    [GO_ENV_SCHEMA, { GOVERSION: 'go1.26.8', GOCACHE: '/c' }],
    [GO_ENV_SCHEMA, { GOVERSION: 1 }],
    [LISTED_MAINS_SCHEMA, [{ pkg: './cmd/app', binary: 'app', rel: 'cmd/app', files: ['main.go'] }]],
    [LISTED_MAINS_SCHEMA, [{ pkg: '../x', binary: 'a/b', rel: 'x', files: ['../main.go'] }]],
    [LISTED_MAINS_SCHEMA, []]
  ]
  for (const [schema, doc] of cases) {
    const pre = validator(schema)
    const fresh = ajv.compile(schema)
    expect(pre(doc)).toBe(fresh(doc))
    expect(describeErrors(pre.errors)).toEqual(describeErrors(fresh.errors))
  }
})
