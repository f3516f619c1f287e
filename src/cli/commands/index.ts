// Every `gantry` command.

import type { Command } from '../command.js'
import { planCommand } from './plan.js'
import { buildCommand } from './build.js'
import { tagCommand } from './tag.js'

export const COMMANDS: readonly Command[] = [planCommand, buildCommand, tagCommand]
