// HTTP for the registry client, on node:http/https rather than fetch: every request has a connect timeout,
// a timeout for the response headers and an idle timeout on the socket (no byte in or out), upload bodies
// stream with a known Content-Length, and response bodies stream (nothing is buffered unless asked, and
// then with a limit). A timeout or an abort destroys the socket, so nothing hangs on a silent server.

import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'

export interface HttpTimeouts {
  /** TCP (and TLS) connection set-up. */
  connectMs: number
  /** From the end of the request body to the response headers. */
  headersMs: number
  /** No byte sent or received on the socket for this long, at any point. */
  idleMs: number
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { connectMs: 10_000, headersMs: 30_000, idleMs: 30_000 }

/** A body sent with a known length; `open` may be called again when a request is repeated. */
export type HttpBody = Buffer | { size: number; open(): Promise<Readable> }

export interface HttpRequest {
  method: string
  url: URL
  headers?: Record<string, string>
  body?: HttpBody
  timeouts: HttpTimeouts
  signal?: AbortSignal
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  url: URL
  /** The body stream; errors with a TimeoutError when the socket goes idle. Read it or call discard(). */
  body: IncomingMessage
}

/** A request that did not finish in time: transient for the retry helper (its name is TimeoutError). */
export class HttpTimeoutError extends Error {
  readonly code = 'ETIMEDOUT'
  constructor(message: string) {
    super(message)
    this.name = 'TimeoutError'
  }
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 16 })
}

export function header(h: IncomingHttpHeaders, name: string): string | undefined {
  const v = h[name.toLowerCase()]
  return Array.isArray(v) ? v[0] : v
}

export async function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const secure = req.url.protocol === 'https:'
  const lib = secure ? https : http
  const headers: Record<string, string | number> = { ...(req.headers ?? {}) }
  const body = req.body
  if (body !== undefined) headers['content-length'] = Buffer.isBuffer(body) ? body.length : body.size
  else if (req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH')
    headers['content-length'] = 0
  const source = body !== undefined && !Buffer.isBuffer(body) ? await body.open() : undefined
  const where = `${req.method} ${req.url.origin}${req.url.pathname}`

  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false
    const timers: NodeJS.Timeout[] = []
    const clear = (): void => timers.splice(0).forEach(clearTimeout)
    const fail = (err: Error): void => {
      clear()
      if (!settled) {
        settled = true
        reject(err)
      }
      source?.destroy()
      r.destroy(err)
    }
    const r = lib.request(req.url, {
      method: req.method,
      headers,
      agent: secure ? agents.https : agents.http,
      signal: req.signal
    })
    r.on('error', err => fail(err))
    r.on('socket', socket => {
      socket.setTimeout(req.timeouts.idleMs)
      const onTimeout = (): void =>
        fail(new HttpTimeoutError(`${where}: no data for ${Math.round(req.timeouts.idleMs / 1000)} s`))
      socket.on('timeout', onTimeout)
      r.once('close', () => {
        socket.off('timeout', onTimeout)
        socket.setTimeout(0)
      })
      if (socket.connecting) {
        // unref: the connecting socket keeps the process alive while it matters; the timer alone must not.
        const t = setTimeout(
          () => fail(new HttpTimeoutError(`${where}: no connection within ${req.timeouts.connectMs} ms`)),
          req.timeouts.connectMs
        ).unref()
        timers.push(t)
        socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(t))
      }
    })
    r.on('finish', () => {
      // The response may come before the request's 'finish' (a server that answers as the last bytes
      // arrive): a timer armed then would never be cleared and would hold the process open for headersMs.
      if (settled) return
      timers.push(
        setTimeout(
          () =>
            fail(
              new HttpTimeoutError(
                `${where}: no response within ${Math.round(req.timeouts.headersMs / 1000)} s`
              )
            ),
          req.timeouts.headersMs
        ).unref()
      )
    })
    r.on('response', res => {
      clear()
      settled = true
      // A server may answer before it has read the whole body (an early 401 or 413): stop sending.
      source?.unpipe(r)
      source?.destroy()
      resolve({ status: res.statusCode ?? 0, headers: res.headers, url: req.url, body: res })
    })
    if (source) {
      source.on('error', err => fail(err))
      source.pipe(r)
    } else r.end(body)
  })
}

/** Read a response body into memory, failing past `limit` bytes (registries' documents are small). */
export async function readBody(res: HttpResponse, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let n = 0
  for await (const c of res.body as AsyncIterable<Buffer>) {
    n += c.length
    if (n > limit) {
      res.body.destroy()
      throw new Error(`${res.url.origin}${res.url.pathname}: response larger than ${limit} bytes`)
    }
    chunks.push(c)
  }
  return Buffer.concat(chunks)
}

/** Drop a response body we do not need (so the socket goes back to the pool). */
export async function discard(res: HttpResponse): Promise<void> {
  try {
    for await (const _ of res.body as AsyncIterable<Buffer>) {
      /* drain */
    }
  } catch {
    /* the request is over either way */
  }
}
