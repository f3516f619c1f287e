// The validators of a warm rebuild's schemas come precompiled (src/util/validators.generated.ts, written by
// `gantry generate`): the file is what the generator writes from today's schemas, validator() takes each
// schema's precompiled function, and that function judges documents as ajv's compiled one does.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv } from 'ajv'
import { PRECOMPILED } from '../../src/util/validators.generated.js'
import { AJV_OPTIONS, describeErrors, validator } from '../../src/util/json.js'
import { VALIDATORS_FILE, precompiledModule } from '../../src/cli/precompile.js'
import { HOT_PATH_SCHEMAS } from '../../src/stages/hot-schemas.js'
import { GO_ENV_SCHEMA } from '../../src/go/toolchain.js'
import { LISTED_MAINS_SCHEMA } from '../../src/go/main-package.js'
import { ARTIFACTS_SCHEMA } from '../../src/model/artifacts.js'

const root = path.resolve(import.meta.dirname, '../..')

test('the generated file is current (run `node dist/cli/index.js generate` when this fails)', async () => {
  expect(await readFile(path.join(root, VALIDATORS_FILE), 'utf8')).toBe(precompiledModule(HOT_PATH_SCHEMAS))
})

test('every warm-path schema is served precompiled', () => {
  for (const s of HOT_PATH_SCHEMAS) {
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
    [LISTED_MAINS_SCHEMA, []],
    [ARTIFACTS_SCHEMA, artifactsDoc({})],
    // lengths count code points: 500 astral characters are 1,000 UTF-16 units and still fit
    [ARTIFACTS_SCHEMA, artifactsDoc({ module: '\u{1F600}'.repeat(500) })],
    [ARTIFACTS_SCHEMA, artifactsDoc({ module: '\u{1F600}'.repeat(501) })],
    [ARTIFACTS_SCHEMA, artifactsDoc({ module: '' })],
    [ARTIFACTS_SCHEMA, artifactsDoc({ path: '' })],
    [ARTIFACTS_SCHEMA, { ...artifactsDoc({}), schemaVersion: 2, extra: true }]
  ]
  for (const [schema, doc] of cases) {
    const pre = validator(schema)
    const fresh = ajv.compile(schema)
    expect(pre(doc)).toBe(fresh(doc))
    expect(describeErrors(pre.errors)).toEqual(describeErrors(fresh.errors))
  }
  const artifacts = validator(ARTIFACTS_SCHEMA)
  expect(artifacts(artifactsDoc({}))).toBe(true)
  expect(artifacts(artifactsDoc({ module: '\u{1F600}'.repeat(500) }))).toBe(true)
  expect(artifacts(artifactsDoc({ module: '\u{1F600}'.repeat(501) }))).toBe(false)
})

function artifactsDoc(o: { module?: string; path?: string }): Record<string, unknown> {
  return {
    schemaVersion: 1,
    project: {
      module: o.module ?? 'example.com/hello',
      version: '1.2.3',
      commit: 'a'.repeat(40),
      date: '2026-03-04T05:06:07Z',
      goVersion: 'go1.26.8'
    },
    artifacts: [
      {
        kind: 'binary',
        path: o.path ?? 'hello_linux_amd64/hello',
        sha256: 'b'.repeat(64),
        size: 10,
        target: { goos: 'linux', goarch: 'amd64' }
      }
    ]
  }
}
