// The errno -> UserError mapping: each known cause names the input and a fix; unknown ones stay bugs.
import { fsUserError, toolFsUserError, withFsErrors } from '../../src/util/fs-errors.js'
import { UserError } from '../../src/util/errors.js'

const err = (code: string): Error => Object.assign(new Error(`${code}: boom`), { code })
const c = { input: 'dist', path: '/w/dist', doing: 'writing the build' }

test.each([
  [
    'ENOSPC',
    /^dist: no space left on the device holding \/w\/dist while writing the build\. Fix: free disk space/
  ],
  ['EROFS', /^dist: \/w\/dist is on a read-only file system/],
  ['EACCES', /^dist: permission denied on \/w\/dist/],
  ['EISDIR', /^dist: \/w\/dist is a folder, not a file/],
  ['ENOTDIR', /^dist: a part of \/w\/dist is a file where a folder is needed/]
])('%s becomes a UserError naming the input', (code, message) => {
  const e = fsUserError(err(code), c)
  expect(e).toBeInstanceOf(UserError)
  expect(e!.message).toMatch(message)
})

test("a vanished file is the input's fault only when gantry was reading the input", () => {
  expect(fsUserError(err('ENOENT'), c)).toBeUndefined()
  expect(fsUserError(err('ENOENT'), { ...c, reading: true })!.message).toMatch(/does not exist/)
})

test('unknown codes and plain errors stay bugs; withFsErrors maps and rethrows', async () => {
  expect(fsUserError(err('EBADF'), c)).toBeUndefined()
  expect(fsUserError(new Error('x'), c)).toBeUndefined()
  await expect(withFsErrors(c, async () => Promise.reject(err('ENOSPC')))).rejects.toBeInstanceOf(UserError)
  await expect(withFsErrors(c, async () => Promise.reject(new TypeError('bug')))).rejects.toBeInstanceOf(
    TypeError
  )
})

test("a tool's output naming a cause (go build: no space left on device)", () => {
  expect(toolFsUserError('go: copying /tmp/x: write /w/dist/a: no space left on device', c)!.message).toMatch(
    /^dist: no space left/
  )
  expect(toolFsUserError('undefined: foo', c)).toBeUndefined()
})
