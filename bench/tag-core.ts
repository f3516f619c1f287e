// Benchmark driver for the tag core (bundled by bench/tag.mjs): decide the version and image tags for the
// repository in argv[2] `runs` times in one process, and print the durations in ms as JSON. No node start-up.

import { tag } from '../src/release/tag.js'
import { tagOptions } from '../src/stages/tag.js'
import { ciContextFromEnv } from '../src/model/ci-context.js'
import { createHost } from '../src/util/host.js'
import { MemoryLogger } from '../src/util/logger.js'

const [dir, runsText] = process.argv.slice(2)
const host = createHost({ logger: new MemoryLogger(), env: process.env })
const ci = ciContextFromEnv({}, dir)
const times: number[] = []
let last = {}
for (let i = 0; i < Number(runsText ?? 5); i++) {
  const start = performance.now()
  const r = await tag(tagOptions({ 'working-directory': dir, images: 'ghcr.io/octo/hello' }, dir), ci, host)
  times.push(performance.now() - start)
  last = { version: r.version, previous: r.previousVersion, tags: r.tagNames }
}
process.stdout.write(JSON.stringify({ times, last }) + '\n')
