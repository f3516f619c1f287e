// The running code's identity: the sha256 of the module's own file, the same on every call.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { codeIdentity, codeIdentityOf } from '../../src/util/code-identity.js'
import { sha256Hex } from '../../src/util/digest.js'

test('the sha256 of the file the code runs from, stable', () => {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/util/code-identity.ts')
  expect(codeIdentity()).toBe(sha256Hex(readFileSync(file)))
  expect(codeIdentity()).toBe(codeIdentity())
})

test('in a bundle, every chunk is part of the identity (the CLI loads each stage as a chunk)', async () => {
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises')
  const os = await import('node:os')
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gantry-identity-'))
  try {
    await writeFile(path.join(dir, 'main.js'), 'main')
    await writeFile(path.join(dir, '12.index.js'), 'analyzer v1')
    await writeFile(path.join(dir, 'licenses.txt'), 'not code')
    const before = codeIdentityOf(path.join(dir, 'main.js'))
    expect(codeIdentityOf(path.join(dir, '12.index.js'))).toBe(before)
    await writeFile(path.join(dir, 'licenses.txt'), 'still not code')
    expect(codeIdentityOf(path.join(dir, 'main.js'))).toBe(before)
    await writeFile(path.join(dir, '12.index.js'), 'analyzer v2')
    expect(codeIdentityOf(path.join(dir, 'main.js'))).not.toBe(before)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
