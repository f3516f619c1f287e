// Options of the plan stage (actions/plan, `gantry plan`).

import path from 'node:path'
import { getList, getString, type RawOptions, type StageSpec } from '../options.js'
import type { PlanOptions, PlanResult } from '../../go/plan.js'

export const planSpec: StageSpec = {
  targets: {
    description:
      'Targets, one per line or comma-separated: os/arch[/variant] in OCI form (linux/arm/v7), the words default, first-class or all, and !os/arch to exclude.',
    default: 'default',
    kind: 'list'
  },
  'working-directory': {
    description: 'The Go module folder (holds go.mod).',
    default: '.'
  }
}

/** The plan stage's typed options from raw inputs. `cwd` resolves a relative working-directory. */
export function planOptions(raw: RawOptions, cwd: string): PlanOptions {
  return {
    targets: getList(raw, planSpec, 'targets'),
    workingDirectory: path.resolve(cwd, getString(raw, planSpec, 'working-directory'))
  }
}

/** The action's outputs (the CLI prints the same object as JSON). */
export function planOutputs(r: PlanResult): Record<string, unknown> {
  return { matrix: r.matrix, targets: r.platforms, platforms: r.imagePlatforms.join(',') }
}
