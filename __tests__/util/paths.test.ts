// Path confinement on real folders and symlinks: lexical checks, real paths, and the refusal message.
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { confinePath, isInside, isInsideReal, realPathOf } from '../../src/util/paths.js'

let root: string
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'gantry-paths-'))
  await mkdir(path.join(root, 'ws/sub'), { recursive: true })
  await mkdir(path.join(root, 'outside'))
  await symlink(path.join(root, 'outside'), path.join(root, 'ws/out-link'))
  await symlink(path.join(root, 'ws/sub'), path.join(root, 'in-link'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

test('isInside is lexical: the folder itself and below, not a sibling with the same prefix', () => {
  expect(isInside('/a/b', '/a/b')).toBe(true)
  expect(isInside('/a/b', '/a/b/c/../d')).toBe(true)
  expect(isInside('/a/b', '/a/bc')).toBe(false)
  expect(isInside('/a/b', '/a/b/../c')).toBe(false)
  expect(isInside('/a/b', '/a/b/..foo')).toBe(true)
})

test('real paths follow symlinks, also for paths that do not exist yet', async () => {
  const ws = path.join(root, 'ws')
  expect(await realPathOf(path.join(ws, 'out-link/new/file'))).toBe(
    path.join(await realPathOf(root), 'outside/new/file')
  )
  expect(await isInsideReal(ws, path.join(ws, 'out-link/x'))).toBe(false)
  expect(await isInsideReal(ws, path.join(root, 'in-link/x'))).toBe(true)
  expect(await isInsideReal(ws, path.join(ws, 'sub/not-yet/x'))).toBe(true)
})

test('confinePath refuses a way out (written, or through a symlink) unless allowed', async () => {
  const c = { workspace: path.join(root, 'ws'), allowOutside: false }
  await expect(confinePath(path.join(root, 'ws/sub/Dockerfile'), 'dockerfile', c)).resolves.toBeUndefined()
  await expect(confinePath('/etc/passwd', 'dockerfile', c)).rejects.toThrow(
    /^dockerfile: \/etc\/passwd is outside the workspace .* Fix: .*allow-outside-workspace: true/
  )
  await expect(confinePath(path.join(root, 'ws/out-link/x'), 'context', c)).rejects.toThrow(/^context: /)
  await expect(
    confinePath('/etc/passwd', 'dockerfile', { ...c, allowOutside: true })
  ).resolves.toBeUndefined()
})
