// actions/go-build: the build stage (src/stages/go-build.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { buildStage } from '../stages/go-build.js'

await runStage(buildStage)
