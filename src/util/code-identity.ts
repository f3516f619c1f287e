// The identity of the running code, for caches of what the code computed: the sha256 of the file this
// module is bundled into (dist/<entry>/main.js in a release; this source file under tests). Any change to
// the bundle, an analyzer's included, gives other keys, even where the version number stayed the same (an
// action used at a branch or commit).

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sha256Hex } from './digest.js'

let identity: string | undefined

/** The running bundle's sha256 (read once, about 5 ms for 2 MiB), or '' when it cannot be read. */
export function codeIdentity(): string {
  if (identity === undefined) {
    try {
      identity = sha256Hex(readFileSync(fileURLToPath(import.meta.url)))
    } catch {
      identity = ''
    }
  }
  return identity
}
