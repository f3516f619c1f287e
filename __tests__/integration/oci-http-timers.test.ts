// A request whose response comes before the request has finished sending (a registry that answers an
// upload early) must not leave its response timer armed: it kept the CLI alive for 30 s after a push.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { discard, httpRequest } from '../../src/oci/http.js'

const timers = (): number => process.getActiveResourcesInfo().filter(r => r === 'Timeout').length

it('an early response leaves no timer behind, and the process could exit', async () => {
  // Answers as soon as the headers arrive, then reads the body it did not wait for.
  const server = http.createServer((req, res) => {
    res.writeHead(201, { 'content-length': '0' })
    res.end()
    req.resume()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  try {
    const before = timers()
    const size = 8 << 20
    for (let i = 0; i < 5; i++) {
      const res = await httpRequest({
        method: 'PUT',
        url: new URL(`http://127.0.0.1:${port}/upload/${i}`),
        // A body slow enough that the answer comes before it is sent.
        body: {
          size,
          open: async () =>
            Readable.from(
              (async function* () {
                for (let n = 0; n < size; n += 1 << 20) {
                  yield Buffer.alloc(1 << 20)
                  await new Promise(resolve => setTimeout(resolve, 5))
                }
              })()
            )
        },
        timeouts: { connectMs: 10_000, headersMs: 60_000, idleMs: 60_000 }
      })
      expect(res.status).toBe(201)
      await discard(res)
    }
    // Many small uploads answered as soon as they are read, side by side: 'finish' and 'response' race.
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await httpRequest({
          method: 'PUT',
          url: new URL(`http://127.0.0.1:${port}/small/${i}`),
          body: { size: 64 << 10, open: async () => Readable.from([Buffer.alloc(64 << 10)]) },
          timeouts: { connectMs: 10_000, headersMs: 60_000, idleMs: 60_000 }
        })
        await discard(res)
      })
    )
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(timers()).toBeLessThanOrEqual(before)
  } finally {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  }
})
