// The JSON Schemas on the hot paths: what a warm rebuild checks (kept facts, the dist lock) and artifacts.json,
// which every stage after go-build reads. `gantry generate` precompiles them into
// src/util/validators.generated.ts, so those runs compile no validator (ajv's code generation cost 10-30 ms a
// schema, artifacts.json's about 30 ms of a 0.4 s image push).

import { ARTIFACTS_SCHEMA } from '../model/artifacts.js'
import { STRINGS_SCHEMA } from '../go/build-checks.js'
import { LOCK_OWNER_SCHEMA } from '../go/dist.js'
import { LISTED_MAINS_SCHEMA } from '../go/main-package.js'
import { DIST_LIST_SCHEMA, GO_ENV_SCHEMA } from '../go/toolchain.js'

export const HOT_PATH_SCHEMAS: readonly Record<string, unknown>[] = [
  GO_ENV_SCHEMA,
  DIST_LIST_SCHEMA,
  LISTED_MAINS_SCHEMA,
  STRINGS_SCHEMA,
  LOCK_OWNER_SCHEMA,
  ARTIFACTS_SCHEMA
]
