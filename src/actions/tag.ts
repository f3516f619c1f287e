// actions/tag: the tag stage (src/stages/tag.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { tagStage } from '../stages/tag.js'

await runStage(tagStage)
