// actions/scan: the scan stage (src/stages/scan.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { scanStage } from '../stages/scan.js'

await runStage(scanStage)
