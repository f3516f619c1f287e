// A fault-injecting HTTP proxy in front of a registry, for the registry-fault tests: it forwards requests
// (keeping the Host header, so the registry's upload locations point back at the proxy) unless a rule
// matches, and then answers 500 or 429 (with Retry-After), resets the connection, accepts and never
// answers, or serves the body with one byte changed. Rules match by method and path and may apply a
// limited number of times.

import http from 'node:http'
import net from 'node:net'

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'corrupt' }

export interface FaultRule {
  method?: string
  path: RegExp
  fault: Fault
  /** Apply this many times, then pass through (default: always). */
  times?: number
}

export interface FaultProxy {
  host: string
  rules: FaultRule[]
  /** Requests seen: `METHOD /path` and what was done. */
  log: string[]
  stop(): Promise<void>
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const [uHost, uPort] = upstream.split(':')
  const sockets = new Set<net.Socket>()
  const state: { rules: FaultRule[]; log: string[] } = { rules: [], log: [] }
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0]
    const rule = state.rules.find(
      r => (!r.method || r.method === req.method) && r.path.test(p) && (r.times === undefined || r.times > 0)
    )
    if (rule && rule.times !== undefined) rule.times--
    const fault = rule?.fault
    state.log.push(
      `${req.method} ${p} ${fault ? fault.kind + (fault.kind === 'status' ? ` ${fault.status}` : '') : 'pass'}`
    )
    if (fault?.kind === 'status') {
      req.resume()
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) })
      res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'injected fault' }] }))
      return
    }
    if (fault?.kind === 'reset') {
      req.socket.resetAndDestroy()
      return
    }
    if (fault?.kind === 'hang') {
      req.resume()
      return
    }
    const up = http.request(
      { host: uHost, port: Number(uPort), method: req.method, path: req.url, headers: req.headers },
      upRes => {
        if (fault?.kind === 'corrupt' && upRes.statusCode === 200) {
          const chunks: Buffer[] = []
          upRes.on('data', (c: Buffer) => chunks.push(c))
          upRes.on('end', () => {
            const body = Buffer.concat(chunks)
            if (body.length) body[Math.floor(body.length / 2)] ^= 0xff
            res.writeHead(200, upRes.headers)
            res.end(body)
          })
          return
        }
        res.writeHead(upRes.statusCode ?? 502, upRes.headers)
        upRes.pipe(res)
      }
    )
    up.on('error', () => res.destroy())
    req.pipe(up)
  })
  server.on('connection', s => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return Object.assign(state, {
    host: `127.0.0.1:${port}`,
    stop: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  })
}
