// `gantry generate [--check]`, for gantry's own development: write the files generated from the code
// (actions/<name>/action.yml, the root action.yml and schema/gantry.schema.json from the stages, schema/artifacts.schema.json,
// src/util/validators.generated.ts from the warm path's schemas)
// in the repository at the current directory; with --check, change nothing and fail when one is stale.

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../util/logger.js'
import { UserError } from '../util/errors.js'
import { actionYmlPath, renderActionYml } from '../runtime/action-yml.js'
import { buildSchema } from '../config/file.js'
import { ARTIFACTS_SCHEMA } from '../model/artifacts.js'
import { STAGES } from '../stages/index.js'
import { HOT_PATH_SCHEMAS } from '../stages/hot-schemas.js'
import { VALIDATORS_FILE, precompiledModule } from './precompile.js'

export function generatedFiles(): { file: string; text: string }[] {
  return [
    ...STAGES.map(s => ({ file: actionYmlPath(s), text: renderActionYml(s) })),
    { file: 'schema/gantry.schema.json', text: JSON.stringify(buildSchema(), null, 2) + '\n' },
    { file: 'schema/artifacts.schema.json', text: JSON.stringify(ARTIFACTS_SCHEMA, null, 2) + '\n' },
    { file: VALIDATORS_FILE, text: precompiledModule(HOT_PATH_SCHEMAS) }
  ]
}

/** A file under `dir`, or ''. (A parameter, so the bundler does not make the file a bundled asset.) */
async function readText(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), 'utf8').catch(() => '')
}

export async function generate(args: string[], logger: Logger): Promise<number> {
  const check = args.includes('--check')
  const root = process.cwd()
  if (!(await readText(root, 'package.json')).includes('"name": "gantry"'))
    throw new UserError('run it from the root of the gantry repository.', {
      input: 'command line',
      fix: 'cd to the repository root first.'
    })
  const stale: string[] = []
  for (const g of generatedFiles()) {
    const target = path.join(root, g.file)
    const now = await readFile(target, 'utf8').catch(() => undefined)
    if (now === g.text) continue
    if (check) stale.push(g.file)
    else {
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, g.text)
      logger.info(`wrote ${g.file}`)
    }
  }
  if (stale.length) {
    logger.error(`out of date: ${stale.join(', ')}; run \`node dist/cli/index.js generate\` and commit them.`)
    return 1
  }
  return 0
}
