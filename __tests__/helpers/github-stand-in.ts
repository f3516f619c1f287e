// A local HTTP server that STANDS IN FOR GITHUB'S REST API in tests (GitHub is not reachable here). It
// implements only the git database endpoints the tag stage uses: create a tag object, create a ref (422 when
// it exists, as GitHub answers), get a ref, get a tag object. Listens on 127.0.0.1 only.

import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StandIn {
  url: string
  refs: Map<string, { type: 'tag' | 'commit'; sha: string }>
  tagObjects: Map<
    string,
    { tag: string; message: string; object: string; tagger: { name: string; email: string; date: string } }
  >
  requests: { method: string; path: string; auth?: string }[]
  /** Answer the next N requests with HTTP 502. */
  fail5xx: number
  /** Called before a ref is created: lets a test play a concurrent run. */
  beforeCreateRef?: (ref: string) => void
  close(): Promise<void>
}

function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise(resolve => {
    let text = ''
    req.on('data', (c: Buffer) => (text += c.toString()))
    req.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {}))
  })
}

export async function startStandIn(repository = 'octo/hello'): Promise<StandIn> {
  const s: Omit<StandIn, 'url' | 'close'> = {
    refs: new Map(),
    tagObjects: new Map(),
    requests: [],
    fail5xx: 0
  }
  const base = `/repos/${repository}/git`
  const server: Server = createServer((req, res) => {
    void (async () => {
      const send = (status: number, data: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const url = req.url ?? ''
      s.requests.push({ method: req.method ?? '', path: url, auth: req.headers.authorization })
      if (s.fail5xx > 0) {
        s.fail5xx--
        return send(502, { message: 'Bad Gateway' })
      }
      if (!req.headers.authorization?.startsWith('Bearer '))
        return send(401, { message: 'Requires authentication' })
      if (req.method === 'GET' && url.startsWith(`${base}/ref/tags/`)) {
        const ref = `refs/tags/${decodeURIComponent(url.slice(`${base}/ref/tags/`.length))}`
        const obj = s.refs.get(ref)
        return obj ? send(200, { ref, object: obj }) : send(404, { message: 'Not Found' })
      }
      if (req.method === 'GET' && url.startsWith(`${base}/tags/`)) {
        const sha = url.slice(`${base}/tags/`.length)
        const t = s.tagObjects.get(sha)
        return t
          ? send(200, { sha, tag: t.tag, object: { type: 'commit', sha: t.object } })
          : send(404, { message: 'Not Found' })
      }
      if (req.method === 'POST' && url === `${base}/tags`) {
        const b = (await body(req)) as unknown as StandIn['tagObjects'] extends Map<string, infer V>
          ? V
          : never
        const sha = createHash('sha1').update(JSON.stringify(b)).digest('hex')
        s.tagObjects.set(sha, b)
        return send(201, { sha, tag: b.tag, object: { type: 'commit', sha: b.object } })
      }
      if (req.method === 'POST' && url === `${base}/refs`) {
        const b = (await body(req)) as { ref: string; sha: string }
        ;(s as StandIn).beforeCreateRef?.(b.ref)
        if (s.refs.has(b.ref)) return send(422, { message: 'Reference already exists' })
        s.refs.set(b.ref, { type: s.tagObjects.has(b.sha) ? 'tag' : 'commit', sha: b.sha })
        return send(201, { ref: b.ref, object: s.refs.get(b.ref) })
      }
      send(404, { message: 'Not Found' })
    })()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(s, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }) as StandIn
}
