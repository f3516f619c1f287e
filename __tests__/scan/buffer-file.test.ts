// BufferFile over the chunks a layer stream delivered: reads inside a chunk, across chunk boundaries and
// at the ends give the bytes of the file as one buffer would; reads past the end are the usual error.

import { BufferFile, NotExecutableError } from '../../src/scan/executable.js'

const whole = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 251))
const chunked = (sizes: number[]): Buffer[] => {
  const out: Buffer[] = []
  let at = 0
  for (const s of sizes) {
    out.push(whole.subarray(at, at + s))
    at += s
  }
  return out
}

test('every read of a chunked file equals the same read of the whole file', async () => {
  const sizes = [1, 0, 99, 300, 0, 250, 349, 1]
  const f = new BufferFile('app', chunked(sizes))
  expect(f.size).toBe(whole.length)
  for (const [offset, length] of [
    [0, 0],
    [0, 1],
    [0, 1000],
    [1, 99],
    [99, 2],
    [100, 300],
    [399, 2],
    [50, 700],
    [999, 1],
    [1000, 0]
  ])
    expect(await f.readAt(offset, length, 'bytes')).toEqual(whole.subarray(offset, offset + length))
  // A read inside one chunk is a view, not a copy.
  const view = await f.readAt(110, 10, 'bytes')
  expect(view.buffer).toBe(whole.buffer)
})

test('reads beyond the end or at bad offsets fail as for one buffer', async () => {
  for (const f of [new BufferFile('app', chunked([500, 500])), new BufferFile('app', whole)])
    for (const [offset, length] of [
      [990, 11],
      [-1, 1],
      [1.5, 1],
      [1001, 0]
    ])
      await expect(f.readAt(offset, length, 'section')).rejects.toBeInstanceOf(NotExecutableError)
  const empty = new BufferFile('empty', [])
  expect(empty.size).toBe(0)
  expect(await empty.readAt(0, 0, 'x')).toEqual(Buffer.alloc(0))
})
