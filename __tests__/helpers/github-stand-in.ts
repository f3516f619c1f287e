// A local HTTP server that STANDS IN FOR GITHUB'S REST API in tests (GitHub is not reachable here). It
// implements only the endpoints gantry uses: the git database (create a tag object, create a ref — 422 when
// it exists, as GitHub answers —, get a ref, get a tag object) and releases (get by tag, create — 422 when
// one exists for the tag —, update, list, upload and delete assets, with GitHub's sha256 `digest` field).
// Listens on 127.0.0.1 only.

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
  releases: Map<number, StandInRelease>
  /** Answer the next N requests with HTTP 502. */
  fail5xx: number
  /** Answer the next N asset uploads with HTTP 502 (after reading the body). */
  failUploads: number
  /** Called before a ref is created: lets a test play a concurrent run. */
  beforeCreateRef?: (ref: string) => void
  close(): Promise<void>
}

export interface StandInRelease {
  id: number
  tag_name: string
  name: string
  body: string
  prerelease: boolean
  assets: { id: number; name: string; size: number; digest: string; content: Buffer }[]
}

function raw(req: IncomingMessage): Promise<Buffer> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
  })
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
    releases: new Map(),
    requests: [],
    fail5xx: 0,
    failUploads: 0
  }
  let nextId = 1
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
      const handled = await releases(req, url, send)
      if (handled) return
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
  const rbase = `/repos/${repository}/releases`
  const view = (r: StandInRelease): Record<string, unknown> => ({
    id: r.id,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    prerelease: r.prerelease,
    html_url: `https://github.com/${repository}/releases/tag/${r.tag_name}`,
    upload_url: `${standInUrl}/uploads${rbase}/${r.id}/assets{?name,label}`
  })
  let standInUrl = ''
  async function releases(
    req: IncomingMessage,
    url: string,
    send: (status: number, data: unknown) => void
  ): Promise<boolean> {
    const m = req.method
    const u = new URL(url, 'http://x')
    const find = (tag: string) => [...s.releases.values()].find(r => r.tag_name === tag)
    if (m === 'GET' && u.pathname.startsWith(`${rbase}/tags/`)) {
      const r = find(decodeURIComponent(u.pathname.slice(`${rbase}/tags/`.length)))
      send(r ? 200 : 404, r ? view(r) : { message: 'Not Found' })
      return true
    }
    if (m === 'POST' && u.pathname === rbase) {
      const b = (await body(req)) as { tag_name: string; name: string; body: string; prerelease: boolean }
      if (find(b.tag_name)) {
        send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists', field: 'tag_name' }] })
        return true
      }
      const r: StandInRelease = {
        id: nextId++,
        tag_name: b.tag_name,
        name: b.name,
        body: b.body,
        prerelease: b.prerelease,
        assets: []
      }
      s.releases.set(r.id, r)
      send(201, view(r))
      return true
    }
    const one = new RegExp(`^${rbase}/(\\d+)$`).exec(u.pathname)
    if (m === 'PATCH' && one) {
      const r = s.releases.get(Number(one[1]))
      if (!r) return (send(404, { message: 'Not Found' }), true)
      Object.assign(r, await body(req))
      send(200, view(r))
      return true
    }
    const assets = new RegExp(`^${rbase}/(\\d+)/assets$`).exec(u.pathname)
    if (m === 'GET' && assets) {
      const r = s.releases.get(Number(assets[1]))
      const page = Number(u.searchParams.get('page') ?? '1')
      const per = Number(u.searchParams.get('per_page') ?? '30')
      const items = (r?.assets ?? [])
        .slice((page - 1) * per, page * per)
        .map(a => ({ id: a.id, name: a.name, size: a.size, digest: a.digest }))
      send(200, items)
      return true
    }
    const del = new RegExp(`^${rbase}/assets/(\\d+)$`).exec(u.pathname)
    if (m === 'DELETE' && del) {
      for (const r of s.releases.values()) r.assets = r.assets.filter(a => a.id !== Number(del[1]))
      send(204, {})
      return true
    }
    const up = new RegExp(`^/uploads${rbase}/(\\d+)/assets$`).exec(u.pathname)
    if (m === 'POST' && up) {
      const content = await raw(req)
      if (s.failUploads > 0) {
        s.failUploads--
        send(502, { message: 'Bad Gateway' })
        return true
      }
      const r = s.releases.get(Number(up[1]))
      const name = u.searchParams.get('name') ?? ''
      if (!r) return (send(404, { message: 'Not Found' }), true)
      if (r.assets.some(a => a.name === name)) {
        send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists', field: 'name' }] })
        return true
      }
      const asset = {
        id: nextId++,
        name,
        size: content.length,
        digest: `sha256:${createHash('sha256').update(content).digest('hex')}`,
        content
      }
      r.assets.push(asset)
      send(201, { id: asset.id, name, size: asset.size, digest: asset.digest })
      return true
    }
    return false
  }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  standInUrl = `http://127.0.0.1:${port}`
  return Object.assign(s, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }) as StandIn
}
