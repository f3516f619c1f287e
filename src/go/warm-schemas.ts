// The JSON Schemas a warm rebuild checks (kept facts, the dist lock): `gantry generate` precompiles them into
// src/util/validators.generated.ts, so a warm `gantry build` compiles no validator (ajv's code generation
// cost it 10-30 ms a run, longer than the facts save on some).

import { STRINGS_SCHEMA } from './build-checks.js'
import { LOCK_OWNER_SCHEMA } from './dist.js'
import { LISTED_MAINS_SCHEMA } from './main-package.js'
import { DIST_LIST_SCHEMA, GO_ENV_SCHEMA } from './toolchain.js'

export const WARM_PATH_SCHEMAS: readonly Record<string, unknown>[] = [
  GO_ENV_SCHEMA,
  DIST_LIST_SCHEMA,
  LISTED_MAINS_SCHEMA,
  STRINGS_SCHEMA,
  LOCK_OWNER_SCHEMA
]
