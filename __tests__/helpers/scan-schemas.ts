// Validators for the scan's report formats against their published schemas: SARIF 2.1.0 (the official
// draft-04 schema, kept in __tests__/scan/schemas), CycloneDX 1.5 (shipped by @cyclonedx/cyclonedx-library)
// and gantry's own json report schema (schema/scan-report.schema.json). Each throws with ajv's errors.

import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Ajv, type AnySchema } from 'ajv'
import draft04 from 'ajv-draft-04'
import formats from 'ajv-formats'
import { repoRoot } from './run-action.js'

// Both are CommonJS: under NodeNext their default import is module.exports, the class and the plugin.
const AjvDraft04 = draft04 as unknown as typeof draft04.default
const addFormats = formats as unknown as typeof formats.default
const require = createRequire(import.meta.url)
const readJson = async (p: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(p, 'utf8'))

export type Check = (x: unknown) => void

function checker(validate: ((x: unknown) => boolean) & { errors?: unknown }, what: string): Check {
  return x => {
    if (!validate(x)) throw new Error(`not valid ${what}: ${JSON.stringify(validate.errors, null, 2)}`)
  }
}

export async function sarifValidator(): Promise<Check> {
  // The official schema's `language` pattern has a stray `]` that is only valid without the `u` flag.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
  addFormats(ajv as unknown as Ajv)
  const v = ajv.compile(
    await readJson(path.join(repoRoot, '__tests__', 'scan', 'schemas', 'sarif-2.1.0-rtm.5.json'))
  )
  return checker(v, 'SARIF 2.1.0')
}

export async function cyclonedxValidator(): Promise<Check> {
  const dir = path.join(
    path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
    'res',
    'schema'
  )
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  // ajv-formats has no IRI or IDN formats; the SBOM writes neither kind of field, so any value passes.
  ajv.addFormat('iri-reference', true).addFormat('idn-email', true)
  // The bom schema refers to its parts by their SNAPSHOT file names.
  for (const part of ['spdx', 'jsf-0.82'])
    ajv.addSchema({
      ...(await readJson(path.join(dir, `${part}.SNAPSHOT.schema.json`))),
      $id: `http://cyclonedx.org/schema/${part}.SNAPSHOT.schema.json`
    } as AnySchema)
  return checker(ajv.compile(await readJson(path.join(dir, 'bom-1.5.SNAPSHOT.schema.json'))), 'CycloneDX 1.5')
}

export async function scanJsonValidator(): Promise<Check> {
  const ajv = new Ajv({ allErrors: true, strict: true })
  addFormats(ajv)
  return checker(
    ajv.compile(await readJson(path.join(repoRoot, 'schema', 'scan-report.schema.json'))),
    'scan json'
  )
}
