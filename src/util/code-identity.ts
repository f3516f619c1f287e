// The identity of the running code, for caches of what the code computed: the sha256 of the bundle this
// module is in (dist/<entry>/main.js with the chunks beside it, since the CLI loads each stage as a chunk;
// this source file under tests). Any change to the bundle, an analyzer's included, gives other keys, even
// where the version number stayed the same (an action used at a branch or commit).

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHash } from 'node:crypto'
import { sha256Hex } from './digest.js'

let identity: string | undefined

// A bundle's files: main.js and the chunks ncc writes beside it (`<id>.index.js`).
const BUNDLE_FILE = /^(main|\d+\.index)\.js$/

/**
 * The sha256 of the running code: of every .js file of the bundle (names and bytes), or of this file
 * outside one (the tests, run from source).
 */
export function codeIdentityOf(self: string): string {
  if (!BUNDLE_FILE.test(path.basename(self))) return sha256Hex(readFileSync(self))
  const dir = path.dirname(self)
  const h = createHash('sha256')
  for (const f of readdirSync(dir)
    .filter(n => BUNDLE_FILE.test(n))
    .sort())
    h.update(`${f}\0`).update(readFileSync(path.join(dir, f)))
  return h.digest('hex')
}

/** The running bundle's sha256 (read once, about 5 ms for 2 MiB), or '' when it cannot be read. */
export function codeIdentity(): string {
  if (identity === undefined) {
    try {
      identity = codeIdentityOf(fileURLToPath(import.meta.url))
    } catch {
      identity = ''
    }
  }
  return identity
}
