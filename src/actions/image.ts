// actions/image: the image stage (src/stages/image.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { imageStage } from '../stages/image.js'

await runStage(imageStage)
