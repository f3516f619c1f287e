// Where the snapshot of Go's vulnerability database is: `shared/vulndb` beside the checkout (as CI lays it
// out), or the workplace's copy for worktrees elsewhere; GANTRY_VULNDB overrides both. Missing is a failure.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './run-action.js'

export function vulndbSnapshot(): string {
  const candidates = [
    process.env.GANTRY_VULNDB,
    path.resolve(repoRoot, '..', 'shared', 'vulndb'),
    '/work/shared/vulndb'
  ]
  const found = candidates.find(p => p && existsSync(path.join(p, 'SOURCE-COMMIT')))
  if (!found)
    throw new Error(`the vulndb snapshot is missing (looked in ${candidates.filter(Boolean).join(', ')})`)
  return found
}
