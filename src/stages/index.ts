// Every stage, in pipeline order. The CLI's commands, gantry.yml's sections and schema, and the generated
// action.yml files all come from this list: adding a stage is one stage file and one line here.

import type { AnyStage } from '../runtime/stage.js'
import { planStage } from './plan.js'
import { buildStage } from './go-build.js'
import { tagStage } from './tag.js'
import { imageStage } from './image.js'
import { scanStage } from './scan.js'

export const STAGES: readonly AnyStage[] = [planStage, buildStage, tagStage, imageStage, scanStage]

export function stageByName(name: string): AnyStage | undefined {
  return STAGES.find(s => s.name === name)
}
