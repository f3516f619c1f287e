// The blob pushes' two lanes: big uploads a few at a time, configs and mounts beside them, so an image's
// config is not queued behind its layers (bench/image-oci.sh). Pure scheduling: no registry needed.
import { Readable } from 'node:stream'
import type { BlobRef } from '../../src/oci/blob.js'
import { isLightPush, LIGHT_BLOB_MAX } from '../../src/oci/publish.js'
import { Limiter } from '../../src/util/concurrency.js'

const repo = { registry: 'r.example', path: 'team/app' }
const blob = (size: number, origin?: { registry: string; path: string }): BlobRef => ({
  mediaType: 'application/octet-stream',
  digest: `sha256:${'a'.repeat(64)}`,
  size,
  open: async () => Readable.from([]),
  ...(origin ? { origin } : {})
})

describe('isLightPush', () => {
  it('a small blob, or one the same registry can mount from another repository, is light', () => {
    expect(isLightPush(blob(2000), repo)).toBe(true)
    expect(isLightPush(blob(LIGHT_BLOB_MAX), repo)).toBe(true)
    expect(isLightPush(blob(LIGHT_BLOB_MAX + 1), repo)).toBe(false)
    expect(isLightPush(blob(50 << 20, { registry: 'r.example', path: 'base/busybox' }), repo)).toBe(true)
    // Not mountable: another registry, or the repository itself.
    expect(isLightPush(blob(50 << 20, { registry: 'other.example', path: 'base/busybox' }), repo)).toBe(false)
    expect(isLightPush(blob(50 << 20, { ...repo }), repo)).toBe(false)
  })
})

describe('Limiter', () => {
  it('runs at most its limit at once, the rest in order as slots free', async () => {
    const lane = new Limiter(2)
    const started: number[] = []
    let running = 0
    let most = 0
    const release: (() => void)[] = []
    const runs = [0, 1, 2, 3, 4].map(i =>
      lane.run(async () => {
        started.push(i)
        running++
        most = Math.max(most, running)
        await new Promise<void>(resolve => release.push(resolve))
        running--
        return i * 10
      })
    )
    await new Promise(resolve => setImmediate(resolve))
    expect(started).toEqual([0, 1])
    release.shift()!()
    await new Promise(resolve => setImmediate(resolve))
    expect(started).toEqual([0, 1, 2])
    while (started.length < 5 || release.length) {
      release.shift()?.()
      await new Promise(resolve => setImmediate(resolve))
    }
    expect(await Promise.all(runs)).toEqual([0, 10, 20, 30, 40])
    expect(started).toEqual([0, 1, 2, 3, 4])
    expect(most).toBe(2)
  })

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new Limiter(0)).toThrow(/positive integer/)
    expect(() => new Limiter(1.5)).toThrow(/positive integer/)
  })

  it('a failure frees its slot and reaches its caller only', async () => {
    const lane = new Limiter(1)
    const failed = lane.run(async () => {
      throw new Error('boom')
    })
    const next = lane.run(async () => 'ok')
    await expect(failed).rejects.toThrow('boom')
    await expect(next).resolves.toBe('ok')
  })
})
