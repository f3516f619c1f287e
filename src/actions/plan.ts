// actions/plan: the plan stage (src/stages/plan.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { planStage } from '../stages/plan.js'

await runStage(planStage)
