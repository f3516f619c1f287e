// Every stage's options, by stage name. The action.yml files, the CLI flags, gantry.yml and its JSON Schema
// all follow these specs; __tests__/config/stages.test.ts checks the action.yml files agree.

import type { StageSpec } from '../options.js'
import { planSpec } from './plan.js'
import { buildSpec } from './build.js'
import { tagSpec } from './tag.js'

export interface StageInfo {
  /** The CLI command (`gantry plan`) and the gantry.yml section. */
  name: string
  /** The action folder under actions/. */
  action: string
  spec: StageSpec
}

export const STAGES: readonly StageInfo[] = [
  { name: 'plan', action: 'plan', spec: planSpec },
  { name: 'build', action: 'go-build', spec: buildSpec },
  { name: 'tag', action: 'tag', spec: tagSpec }
]

export function stageByName(name: string): StageInfo | undefined {
  return STAGES.find(s => s.name === name)
}
