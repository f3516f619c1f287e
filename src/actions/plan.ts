// actions/plan: the target matrix. Inputs -> go/plan -> outputs and a summary table.

import * as core from '@actions/core'
import { actionHost, readInputs, run, setOutputs } from './lib/runtime.js'
import { planOptions, planOutputs, planSpec } from '../config/stages/plan.js'
import { plan } from '../go/plan.js'

await run(async () => {
  const host = actionHost()
  const result = await plan(planOptions(readInputs(planSpec), process.cwd()), host)
  setOutputs(planOutputs(result))
  await core.summary
    .addHeading('gantry plan', 3)
    .addTable([
      [
        { data: 'platform', header: true },
        { data: 'id', header: true },
        { data: 'env', header: true }
      ],
      ...result.matrix.include.map(e => [
        e.platform,
        e.id,
        Object.entries(envOf(e))
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      ])
    ])
    .addRaw(result.warnings.map(w => `\n> ⚠️ ${w}\n`).join(''))
    .write()
})

function envOf(e: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { GOOS: e.goos, GOARCH: e.goarch }
  for (const [k, v] of Object.entries(e))
    if (/^go[a-z0-9]+$/.test(k) && k !== 'goos' && k !== 'goarch') out[k.toUpperCase()] = v
  return out
}
