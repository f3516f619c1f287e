// The running code's identity: the sha256 of the module's own file, the same on every call.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { codeIdentity } from '../../src/util/code-identity.js'
import { sha256Hex } from '../../src/util/digest.js'

test('the sha256 of the file the code runs from, stable', () => {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/util/code-identity.ts')
  expect(codeIdentity()).toBe(sha256Hex(readFileSync(file)))
  expect(codeIdentity()).toBe(codeIdentity())
})
