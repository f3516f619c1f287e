// actions/github-release: the GitHub release stage (src/stages/github-release.ts) run as a GitHub Action.

import { runStage } from './lib/runtime.js'
import { githubReleaseStage } from '../stages/github-release.js'

await runStage(githubReleaseStage)
