// The root action (action.yml): the one-step release (src/stages/release.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { releaseStage } from '../stages/release.js'

await runStage(releaseStage)
