// Every `gantry` command.

import type { Command } from '../command.js'
import { planCommand } from './plan.js'
import { imageCommand } from './image.js'

export const COMMANDS: readonly Command[] = [planCommand, imageCommand]
