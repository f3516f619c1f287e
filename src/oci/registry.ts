// A small client for the OCI distribution API: enough to check a login, read manifests and indexes, copy
// blobs between repositories, and write manifests by digest and then by tag. Both engines publish through
// it, so tags are always written last: a failure part-way leaves no tag pointing at a partial image.
// Plain HTTP is used for loopback registries only (as Docker treats 127.0.0.0/8 as insecure).

import { sha256Digest } from '../util/digest.js'
import { UserError } from '../util/errors.js'
import type { Credentials } from './docker-config.js'
import { DOCKER_HUB, type Repository, repositoryName } from '../model/image-ref.js'
import { INDEX_TYPES, MANIFEST_TYPES, MEDIA } from './types.js'

export interface FetchedManifest {
  mediaType: string
  digest: string
  bytes: Buffer
}

export type CredentialSource = (registry: string) => Promise<Credentials | undefined>

const RETRIES = 3

const ACCEPT = [MEDIA.ociIndex, MEDIA.dockerList, MEDIA.ociManifest, MEDIA.dockerManifest].join(', ')

export function registryBaseUrl(registry: string): string {
  const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry
  const name = host.replace(/:\d+$/, '')
  const insecure = name === 'localhost' || /^127\./.test(name) || name === '[::1]'
  return `${insecure ? 'http' : 'https'}://${host}`
}

/** An HTTP failure from a registry, with the registry's own error codes. */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly codes: string[],
    message: string
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}

interface Challenge {
  scheme: string
  params: Record<string, string>
}

function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined
  const m = /^(\w+)\s*(.*)$/.exec(header.trim())
  if (!m) return undefined
  const params: Record<string, string> = {}
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1]] = p[2]
  return { scheme: m[1].toLowerCase(), params }
}

export class RegistryClient {
  private readonly tokens = new Map<string, string>()

  constructor(private readonly credentials: CredentialSource) {}

  private async authorize(
    registry: string,
    challenge: Challenge | undefined,
    scope: string
  ): Promise<string | undefined> {
    const creds = await this.credentials(registry)
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') {
      if (!creds) return undefined
      return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
    }
    if (challenge.scheme !== 'bearer' || !challenge.params.realm) return undefined
    const url = new URL(challenge.params.realm)
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
    // One `scope` parameter per scope, as Docker Hub's and GHCR's token servers expect.
    for (const sc of scope.split(' ').filter(Boolean)) url.searchParams.append('scope', sc)
    const headers: Record<string, string> = {}
    if (creds)
      headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
    const res = await fetch(url, { headers })
    if (res.status === 401 || res.status === 403)
      throw new RegistryError(res.status, ['UNAUTHORIZED'], `${registry} refused the credentials`)
    if (!res.ok)
      throw new RegistryError(res.status, [], `token request to ${url.origin} failed: ${res.status}`)
    const body = (await res.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    return token ? `Bearer ${token}` : undefined
  }

  /** One request with the auth dance: try with a cached authorization, on 401 authorize and retry once. */
  private async request(
    registry: string,
    scope: string,
    pathAndQuery: string,
    init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}
  ): Promise<Response> {
    const url = pathAndQuery.startsWith('http') ? pathAndQuery : `${registryBaseUrl(registry)}${pathAndQuery}`
    const key = `${registry} ${scope}`
    // Transient failures (connection errors, 429, 5xx) are retried twice with a short backoff.
    const send = async (auth?: string): Promise<Response> => {
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await fetch(url, {
            method: init.method ?? 'GET',
            headers: { ...(init.headers ?? {}), ...(auth ? { authorization: auth } : {}) },
            body: init.body,
            redirect: 'follow'
          })
          if ((res.status !== 429 && res.status < 500) || attempt === RETRIES) return res
          await res.arrayBuffer().catch(() => undefined)
        } catch (err) {
          if (attempt === RETRIES) throw err
        }
        await new Promise(resolve => setTimeout(resolve, 500 * attempt))
      }
    }
    let res = await send(this.tokens.get(key))
    if (res.status === 401) {
      await res.arrayBuffer().catch(() => undefined)
      const auth = await this.authorize(registry, parseChallenge(res.headers.get('www-authenticate')), scope)
      if (auth) {
        this.tokens.set(key, auth)
        res = await send(auth)
      }
    }
    return res
  }

  private async fail(res: Response, what: string): Promise<never> {
    let codes: string[] = []
    let detail = ''
    try {
      const body = (await res.json()) as { errors?: { code: string; message: string }[] }
      codes = (body.errors ?? []).map(e => e.code)
      detail = (body.errors ?? []).map(e => `${e.code}: ${e.message}`).join('; ')
    } catch {
      /* not JSON */
    }
    throw new RegistryError(res.status, codes, `${what}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`)
  }

  /**
   * Check that the registry accepts these credentials (GET /v2/ with the auth dance). Throws a UserError
   * naming `input` when it refuses them, `registryInput` when it cannot be reached; the password is never
   * part of the message.
   */
  async checkLogin(registry: string, input: string, registryInput = input): Promise<void> {
    let res: Response
    try {
      res = await this.request(registry, '', '/v2/')
    } catch (err) {
      if (err instanceof RegistryError && (err.status === 401 || err.status === 403))
        throw this.loginError(registry, input)
      throw new UserError(`cannot reach ${registry}: ${(err as Error).message}.`, {
        input: registryInput,
        fix: 'check the registry host and port.'
      })
    }
    if (res.status === 401 || res.status === 403) throw this.loginError(registry, input)
    if (!res.ok) await this.fail(res, `GET ${registryBaseUrl(registry)}/v2/`)
    await res.arrayBuffer()
  }

  private loginError(registry: string, input: string): UserError {
    return new UserError(`${registry} refused the username and password (login failed).`, {
      input,
      fix: 'check the username and the password or token (and that the token may push to this registry).'
    })
  }

  async getManifest(repo: Repository, reference: string): Promise<FetchedManifest> {
    const res = await this.request(
      repo.registry,
      `repository:${repo.path}:pull`,
      `/v2/${repo.path}/manifests/${reference}`,
      { headers: { accept: ACCEPT } }
    )
    if (!res.ok) await this.fail(res, `GET manifest ${repositoryName(repo)}:${reference}`)
    const bytes = Buffer.from(await res.arrayBuffer())
    const mediaType =
      (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ??
      res.headers.get('content-type') ??
      MEDIA.ociManifest
    return { mediaType, digest: sha256Digest(bytes), bytes }
  }

  async getBlob(repo: Repository, digest: string): Promise<Buffer> {
    const res = await this.request(
      repo.registry,
      `repository:${repo.path}:pull`,
      `/v2/${repo.path}/blobs/${digest}`
    )
    if (!res.ok) await this.fail(res, `GET blob ${repositoryName(repo)}@${digest}`)
    return Buffer.from(await res.arrayBuffer())
  }

  async blobExists(repo: Repository, digest: string): Promise<boolean> {
    const res = await this.request(
      repo.registry,
      `repository:${repo.path}:pull`,
      `/v2/${repo.path}/blobs/${digest}`,
      { method: 'HEAD' }
    )
    return res.ok
  }

  /** Make a blob of `from` available in `to`: nothing if present, a cross-repository mount, else a copy. */
  async copyBlob(from: Repository, to: Repository, digest: string): Promise<void> {
    if (await this.blobExists(to, digest)) return
    const scope = `repository:${to.path}:pull,push`
    if (from.registry === to.registry) {
      const res = await this.request(
        to.registry,
        `${scope} repository:${from.path}:pull`,
        `/v2/${to.path}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.path)}`,
        { method: 'POST' }
      )
      await res.arrayBuffer()
      if (res.status === 201) return
    }
    const bytes = await this.getBlob(from, digest)
    const start = await this.request(to.registry, scope, `/v2/${to.path}/blobs/uploads/`, { method: 'POST' })
    await start.arrayBuffer()
    if (start.status !== 202) await this.fail(start, `start upload to ${repositoryName(to)}`)
    const location = new URL(start.headers.get('location') ?? '', registryBaseUrl(to.registry))
    location.searchParams.set('digest', digest)
    const put = await this.request(to.registry, scope, location.toString(), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes
    })
    if (put.status !== 201) await this.fail(put, `upload ${digest} to ${repositoryName(to)}`)
    await put.arrayBuffer()
  }

  /** PUT a manifest or index under a digest or tag; returns its digest. */
  async putManifest(repo: Repository, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const res = await this.request(
      repo.registry,
      `repository:${repo.path}:pull,push`,
      `/v2/${repo.path}/manifests/${reference}`,
      { method: 'PUT', headers: { 'content-type': mediaType }, body: bytes }
    )
    if (res.status !== 201 && res.status !== 200)
      await this.fail(res, `PUT manifest ${repositoryName(repo)}:${reference}`)
    await res.arrayBuffer()
    return sha256Digest(bytes)
  }

  /** Copy a manifest (and, for an index, its child manifests and all blobs) from one repository to another. */
  async copyManifest(from: Repository, to: Repository, digest: string): Promise<void> {
    const m = await this.getManifest(from, digest)
    const body = JSON.parse(m.bytes.toString('utf8')) as {
      manifests?: { digest: string }[]
      config?: { digest: string }
      layers?: { digest: string }[]
    }
    if (INDEX_TYPES.includes(m.mediaType))
      for (const child of body.manifests ?? []) await this.copyManifest(from, to, child.digest)
    else if (MANIFEST_TYPES.includes(m.mediaType))
      for (const b of [body.config, ...(body.layers ?? [])]) if (b) await this.copyBlob(from, to, b.digest)
    await this.putManifest(to, digest, m.bytes, m.mediaType)
  }

  /** Tags of a repository ([] when it does not exist). */
  async listTags(repo: Repository): Promise<string[]> {
    const res = await this.request(
      repo.registry,
      `repository:${repo.path}:pull`,
      `/v2/${repo.path}/tags/list`
    )
    if (res.status === 404) {
      await res.arrayBuffer()
      return []
    }
    if (!res.ok) await this.fail(res, `GET tags of ${repositoryName(repo)}`)
    return ((await res.json()) as { tags?: string[] | null }).tags ?? []
  }
}
