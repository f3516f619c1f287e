// A client for the OCI distribution API: ping and authenticate (anonymous, Basic, bearer tokens), read
// manifests and blobs (streamed, each verified against the digest asked for), push blobs (HEAD first, then
// a cross-repository mount, else a monolithic or chunked upload) and manifests, list tags. Every request has
// connect, header and idle timeouts (src/oci/http.ts); transient failures (5xx, 429 with Retry-After,
// resets, timeouts) go through the shared retry helper; everything the client does is bounded by one
// operation deadline. Plain HTTP is used for loopback registries only (as Docker treats 127.0.0.0/8).

import type { Readable } from 'node:stream'
import { DigestMismatchError, sha256Digest } from '../util/digest.js'
import { UserError, isErrorLike } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import {
  DEFAULT_RETRY,
  RetryableError,
  isTransient,
  parseRetryAfter,
  retry,
  type RetryPolicy
} from '../util/retry.js'
import { DOCKER_HUB, type Repository, repositoryName, sameRepository } from '../model/image-ref.js'
import { verified, type BlobRef } from './blob.js'
import type { Credentials } from './docker-config.js'
import { basicAuth, fetchToken, parseChallenge, type Challenge } from './auth.js'
import {
  DEFAULT_TIMEOUTS,
  discard,
  header,
  httpRequest,
  readBody,
  type HttpBody,
  type HttpResponse,
  type HttpTimeouts
} from './http.js'
import { MEDIA } from './types.js'

export interface FetchedManifest {
  mediaType: string
  digest: string
  bytes: Buffer
}

export type CredentialSource = (registry: string) => Promise<Credentials | undefined>

/** Manifests and indexes larger than this are refused (the limit registries themselves apply). */
export const MAX_MANIFEST_BYTES = 4 << 20

/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks of this size. */
export const DEFAULT_CHUNK_SIZE = 64 << 20

/** The whole registry part of a stage fails within this long by default (the stages' registry-timeout). */
export const DEFAULT_OPERATION_TIMEOUT_MS = 90_000

const ACCEPT = [MEDIA.ociIndex, MEDIA.dockerList, MEDIA.ociManifest, MEDIA.dockerManifest].join(', ')

export interface RegistryClientOptions {
  credentials: CredentialSource
  timeouts?: Partial<HttpTimeouts>
  /** Attempts and backoff; the deadline comes from operationTimeoutMs. */
  retry?: Partial<Omit<RetryPolicy, 'deadlineMs'>>
  /**
   * Bound on everything this client does, counted from its creation (a stage passes its registry-timeout,
   * DEFAULT_OPERATION_TIMEOUT_MS by default). Without it, each call is bounded by the retry policy alone.
   */
  operationTimeoutMs?: number
  chunkSize?: number
  logger?: Logger
}

export function registryBaseUrl(registry: string): string {
  const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry
  const name = host.replace(/:\d+$/, '')
  const insecure = name === 'localhost' || /^127\./.test(name) || name === '[::1]'
  return `${insecure ? 'http' : 'https'}://${host}`
}

/** An HTTP failure from a registry, with the registry's own error codes and what was being done. */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly codes: string[],
    message: string,
    readonly registry = '',
    readonly operation = ''
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}

interface Exchange {
  method: string
  /** A path under the registry (`/v2/...`) or an absolute URL (an upload location). */
  path: string
  headers?: Record<string, string>
  body?: HttpBody
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Whether a blob held in `from` can be mounted into `repo`: another repository of the same registry. */
export function canMount(from: Repository | undefined, repo: Repository): from is Repository {
  return !!from && from.registry === repo.registry && !sameRepository(from, repo)
}

export class RegistryClient {
  private readonly credentials: CredentialSource
  private readonly timeouts: HttpTimeouts
  private readonly retryPolicy: RetryPolicy
  private readonly deadline?: number
  private readonly chunkSize: number
  private readonly logger?: Logger
  private readonly challenges = new Map<string, Promise<Challenge | undefined>>()
  private readonly tokens = new Map<string, { auth: string; expiresAt: number }>()
  private readonly fetching = new Map<string, Promise<string>>()
  private readonly creds = new Map<string, Promise<Credentials | undefined>>()

  constructor(opts: RegistryClientOptions | CredentialSource) {
    const o: RegistryClientOptions = typeof opts === 'function' ? { credentials: opts } : opts
    this.credentials = o.credentials
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...(o.timeouts ?? {}) }
    this.retryPolicy = { ...DEFAULT_RETRY, ...(o.retry ?? {}) }
    if (o.operationTimeoutMs !== undefined) this.deadline = Date.now() + o.operationTimeoutMs
    this.chunkSize = o.chunkSize ?? DEFAULT_CHUNK_SIZE
    this.logger = o.logger
  }

  /** The retry policy for one call, bounded by what is left of the operation. */
  private policy(attemptTimeout = true): RetryPolicy {
    return {
      ...this.retryPolicy,
      attemptTimeoutMs: attemptTimeout ? this.retryPolicy.attemptTimeoutMs : undefined,
      // Without an operation bound (a long scan reading layers), each call has the policy's own deadline.
      deadlineMs:
        this.deadline === undefined ? this.retryPolicy.deadlineMs : Math.max(1, this.deadline - Date.now())
    }
  }

  private credentialsFor(registry: string): Promise<Credentials | undefined> {
    let c = this.creds.get(registry)
    if (!c) {
      c = this.credentials(registry)
      this.creds.set(registry, c)
    }
    return c
  }

  /** The registry's challenge from GET /v2/ (once per registry): undefined when it needs no auth. */
  private challenge(registry: string): Promise<Challenge | undefined> {
    let c = this.challenges.get(registry)
    if (!c) {
      c = retry(
        `ping ${registry}`,
        async (_attempt, signal) => {
          const res = await this.http(registry, { method: 'GET', path: '/v2/' }, undefined, signal)
          await discard(res)
          if (res.status === 401) return parseChallenge(header(res.headers, 'www-authenticate'))
          if (res.status === 429 || res.status >= 500) throw retryable(res)
          // 200, or a 404 from a server that is not a registry: the real request will say what is wrong.
          return undefined
        },
        this.policy()
      )
      c.catch(() => this.challenges.delete(registry))
      this.challenges.set(registry, c)
    }
    return c
  }

  /** The Authorization header for `scopes`, fetching a token when the registry wants bearer tokens. */
  private async authorization(
    registry: string,
    scopes: string[],
    signal?: AbortSignal,
    refresh = false
  ): Promise<string | undefined> {
    const ch = await this.challenge(registry)
    if (!ch) return undefined
    const creds = await this.credentialsFor(registry)
    if (ch.scheme === 'basic') return creds && !creds.identityToken ? basicAuth(creds) : undefined
    if (ch.scheme !== 'bearer') return undefined
    const wanted = [...new Set([...scopes, ...(ch.params.scope ? ch.params.scope.split(' ') : [])])]
      .filter(Boolean)
      .sort()
    const key = `${registry} ${wanted.join(' ')}`
    const cached = this.tokens.get(key)
    if (cached && !refresh && cached.expiresAt > Date.now()) return cached.auth
    // Blobs pushed side by side ask for the same token: one request to the token server serves them all.
    let pending = this.fetching.get(key)
    if (!pending) {
      pending = fetchToken({
        registry,
        challenge: ch,
        scopes: wanted,
        credentials: creds,
        timeouts: this.timeouts,
        signal
      })
        .then(t => {
          this.logger?.mask(t.token)
          const auth = `Bearer ${t.token}`
          this.tokens.set(key, { auth, expiresAt: t.expiresAt })
          return auth
        })
        .finally(() => this.fetching.delete(key))
      this.fetching.set(key, pending)
    }
    return pending
  }

  /** One HTTP exchange, following redirects for GET and HEAD (without credentials to another origin). */
  private async http(
    registry: string,
    x: Exchange,
    auth: string | undefined,
    signal?: AbortSignal
  ): Promise<HttpResponse> {
    let url = new URL(x.path, registryBaseUrl(registry))
    const origin = url.origin
    for (let hop = 0; ; hop++) {
      const headers = { ...(x.headers ?? {}) }
      if (auth && url.origin === origin) headers.authorization = auth
      const res = await httpRequest({
        method: x.method,
        url,
        headers,
        body: x.body,
        timeouts: this.timeouts,
        signal
      })
      const location = header(res.headers, 'location')
      if (!REDIRECTS.has(res.status) || !location || (x.method !== 'GET' && x.method !== 'HEAD') || hop >= 5)
        return res
      await discard(res)
      url = new URL(location, url)
    }
  }

  /** One exchange with authentication: on a 401 the token is refreshed once and the request repeated. */
  private async exchange(
    registry: string,
    scopes: string[],
    x: Exchange,
    signal?: AbortSignal
  ): Promise<HttpResponse> {
    const auth = await this.authorization(registry, scopes, signal)
    const res = await this.http(registry, x, auth, signal)
    if (res.status !== 401) return res
    const ch = parseChallenge(header(res.headers, 'www-authenticate'))
    if (!ch || (ch.scheme === 'basic' && auth)) return res
    if (ch.scheme !== 'bearer' && ch.scheme !== 'basic') return res
    // The registry may have changed its mind (a token expired, or it asks for another scope).
    this.challenges.set(registry, Promise.resolve(ch))
    const fresh = await this.authorization(registry, scopes, signal, true)
    if (!fresh || fresh === auth) return res
    await discard(res)
    return this.http(registry, x, fresh, signal)
  }

  /** An exchange through the retry helper: 5xx and 429 (with its Retry-After) and network failures retry. */
  private request(
    registry: string,
    scopes: string[],
    what: string,
    x: Exchange,
    attemptTimeout = true
  ): Promise<HttpResponse> {
    return retry(
      `${what} (${registry})`,
      async (_attempt, signal) => {
        const res = await this.exchange(registry, scopes, x, attemptTimeout ? signal : undefined)
        if (res.status === 429 || res.status >= 500) {
          await discard(res)
          throw retryable(res)
        }
        return res
      },
      this.policy(attemptTimeout)
    )
  }

  private async fail(res: HttpResponse, registry: string, what: string): Promise<never> {
    let codes: string[] = []
    let detail = ''
    try {
      const body = JSON.parse((await readBody(res, 64 << 10)).toString('utf8')) as {
        errors?: { code: string; message: string }[]
      }
      codes = (body.errors ?? []).map(e => String(e.code))
      detail = (body.errors ?? [])
        .map(e => `${e.code}: ${String(e.message).replace(/[\r\n]+/g, ' ')}`)
        .join('; ')
    } catch {
      /* not JSON */
    }
    throw new RegistryError(
      res.status,
      codes,
      `${what}: HTTP ${res.status}${detail ? ` (${detail.slice(0, 300)})` : ''}`,
      registry,
      what
    )
  }

  /**
   * Check that the registry accepts these credentials (GET /v2/ with the auth dance). Throws a UserError
   * naming `input` when it refuses them, `registryInput` when it cannot be reached; the password is never
   * part of the message.
   */
  async checkLogin(registry: string, input: string, registryInput = input): Promise<void> {
    let res: HttpResponse
    try {
      res = await this.request(registry, [], 'log in', { method: 'GET', path: '/v2/' })
    } catch (err) {
      if (isErrorLike(err) && err.name === 'TokenError') throw this.loginError(registry, input)
      throw new UserError(`cannot reach ${registry}: ${(err as Error).message}.`, {
        input: registryInput,
        fix: 'check the registry host and port.'
      })
    }
    if (res.status === 401 || res.status === 403) {
      await discard(res)
      throw this.loginError(registry, input)
    }
    if (res.status !== 200) await this.fail(res, registry, `GET ${registryBaseUrl(registry)}/v2/`)
    await discard(res)
  }

  private loginError(registry: string, input: string): UserError {
    return new UserError(`${registry} refused the username and password (login failed).`, {
      input,
      fix: 'check the username and the password or token (and that the token may push to this registry).'
    })
  }

  /** A manifest or index by tag or digest, verified: by digest against the digest, by tag against the registry's. */
  async getManifest(repo: Repository, reference: string): Promise<FetchedManifest> {
    const what = `GET manifest ${repositoryName(repo)}${reference.includes(':') ? '@' : ':'}${reference}`
    return retry(
      `${what} (${repo.registry})`,
      async (_attempt, signal) => {
        const res = await this.exchange(
          repo.registry,
          [`repository:${repo.path}:pull`],
          { method: 'GET', path: `/v2/${repo.path}/manifests/${reference}`, headers: { accept: ACCEPT } },
          signal
        )
        if (res.status === 429 || res.status >= 500) {
          await discard(res)
          throw retryable(res)
        }
        if (res.status !== 200) return this.fail(res, repo.registry, what)
        const bytes = await readBody(res, MAX_MANIFEST_BYTES)
        const digest = sha256Digest(bytes)
        const expected = reference.startsWith('sha256:')
          ? reference
          : header(res.headers, 'docker-content-digest')
        if (expected?.startsWith('sha256:') && expected !== digest)
          throw new DigestMismatchError(
            expected,
            digest,
            `${repo.registry} served a manifest for ${what.slice(13)}`
          )
        let mediaType: string | undefined
        try {
          mediaType = (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType
        } catch {
          throw new RegistryError(
            200,
            [],
            `${what}: the registry answered something that is not JSON`,
            repo.registry,
            what
          )
        }
        mediaType ??= header(res.headers, 'content-type')?.split(';')[0] ?? MEDIA.ociManifest
        return { mediaType, digest, bytes }
      },
      this.policy()
    )
  }

  /** The digest, type and size of a manifest, or undefined when there is none. */
  async headManifest(
    repo: Repository,
    reference: string
  ): Promise<{ digest?: string; mediaType?: string; size?: number } | undefined> {
    const what = `HEAD manifest ${repositoryName(repo)}:${reference}`
    const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, {
      method: 'HEAD',
      path: `/v2/${repo.path}/manifests/${reference}`,
      headers: { accept: ACCEPT }
    })
    await discard(res)
    if (res.status === 404) return undefined
    if (res.status !== 200) return this.fail(res, repo.registry, what)
    const size = Number(header(res.headers, 'content-length'))
    return {
      digest: header(res.headers, 'docker-content-digest'),
      mediaType: header(res.headers, 'content-type')?.split(';')[0],
      size: Number.isFinite(size) ? size : undefined
    }
  }

  /**
   * A blob as a stream verified against `digest` (and `size` when known). The request is retried until the
   * response starts; the body is bounded by the idle timeout, not by the operation deadline.
   */
  async openBlob(repo: Repository, digest: string, size?: number): Promise<Readable> {
    const what = `GET blob ${repositoryName(repo)}@${digest}`
    const res = await this.request(
      repo.registry,
      [`repository:${repo.path}:pull`],
      what,
      { method: 'GET', path: `/v2/${repo.path}/blobs/${digest}` },
      false
    )
    if (res.status !== 200) return this.fail(res, repo.registry, what)
    return verified(res.body, digest, size, `${repo.registry} served ${what.slice(4)}, which`)
  }

  /** A small blob (a config) into memory, verified; the whole read is retried. */
  async getBlob(repo: Repository, digest: string, limit = 16 << 20): Promise<Buffer> {
    return retry(
      `GET blob ${repositoryName(repo)}@${digest} (${repo.registry})`,
      async () => {
        const chunks: Buffer[] = []
        let n = 0
        for await (const c of await this.openBlob(repo, digest)) {
          n += (c as Buffer).length
          if (n > limit) throw new Error(`${repositoryName(repo)}@${digest} is larger than ${limit} bytes`)
          chunks.push(c as Buffer)
        }
        return Buffer.concat(chunks)
      },
      this.policy(false),
      err => isTransient(err) && !(err instanceof RegistryError)
    )
  }

  async blobExists(repo: Repository, digest: string): Promise<boolean> {
    const what = `HEAD blob ${repositoryName(repo)}@${digest}`
    const res = await this.request(repo.registry, [`repository:${repo.path}:pull,push`], what, {
      method: 'HEAD',
      path: `/v2/${repo.path}/blobs/${digest}`
    })
    await discard(res)
    if (res.status === 200) return true
    if (res.status === 404) return false
    return this.fail(res, repo.registry, what)
  }

  /**
   * Start an upload, or mount `digest` from `from` (same registry): 'mounted', or the upload's location
   * (a registry that cannot mount starts an upload instead).
   */
  private async startUpload(
    repo: Repository,
    signal: AbortSignal | undefined,
    mount?: { from: Repository; digest: string }
  ): Promise<'mounted' | URL> {
    const scopes = [`repository:${repo.path}:pull,push`]
    let path = `/v2/${repo.path}/blobs/uploads/`
    if (mount) {
      scopes.push(`repository:${mount.from.path}:pull`)
      path += `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from.path)}`
    }
    const what = mount
      ? `mount ${mount.digest} into ${repositoryName(repo)}`
      : `start upload to ${repositoryName(repo)}`
    const res = await this.exchange(repo.registry, scopes, { method: 'POST', path }, signal)
    if (res.status === 429 || res.status >= 500) {
      await discard(res)
      throw retryable(res)
    }
    if (mount && res.status === 201) {
      await discard(res)
      return 'mounted'
    }
    if (res.status !== 202) return this.fail(res, repo.registry, what)
    await discard(res)
    const location = header(res.headers, 'location')
    if (!location)
      throw new RegistryError(202, [], `${what}: the registry gave no upload location`, repo.registry, what)
    return new URL(location, registryBaseUrl(repo.registry))
  }

  /** Upload a blob at `location`: one PUT, or PATCH chunks then a PUT; retried as a whole. */
  private async upload(repo: Repository, blob: BlobRef, location: URL, signal?: AbortSignal): Promise<void> {
    const scopes = [`repository:${repo.path}:pull,push`]
    const what = `upload ${blob.digest} to ${repositoryName(repo)}`
    const check = async (res: HttpResponse, ok: number): Promise<void> => {
      if (res.status === 429 || res.status >= 500) {
        await discard(res)
        throw retryable(res)
      }
      if (res.status !== ok) await this.fail(res, repo.registry, what)
      await discard(res)
    }
    const withDigest = (u: URL): string => {
      const url = new URL(u)
      url.searchParams.set('digest', blob.digest)
      return url.toString()
    }
    if (blob.size <= this.chunkSize) {
      const res = await this.exchange(
        repo.registry,
        scopes,
        {
          method: 'PUT',
          path: withDigest(location),
          headers: { 'content-type': 'application/octet-stream' },
          body: { size: blob.size, open: () => blob.open() }
        },
        signal
      )
      return check(res, 201)
    }
    let at = location
    let offset = 0
    for await (const chunk of chunks(await blob.open(), this.chunkSize)) {
      const res = await this.exchange(
        repo.registry,
        scopes,
        {
          method: 'PATCH',
          path: at.toString(),
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `${offset}-${offset + chunk.length - 1}`
          },
          body: chunk
        },
        signal
      )
      const next = header(res.headers, 'location')
      await check(res, 202)
      if (next) at = new URL(next, at)
      offset += chunk.length
    }
    const res = await this.exchange(repo.registry, scopes, { method: 'PUT', path: withDigest(at) }, signal)
    await check(res, 201)
  }

  /**
   * Make `blob` present in `repo`: nothing when it is there (HEAD), a cross-repository mount when the blob's
   * origin is another repository of the same registry, else an upload. The digest is verified twice: by the
   * stream as it is read, and by the registry against the `digest` parameter.
   */
  async pushBlob(repo: Repository, blob: BlobRef): Promise<'exists' | 'mounted' | 'uploaded'> {
    if (await this.blobExists(repo, blob.digest)) return 'exists'
    const from = blob.origin
    const mount = canMount(from, repo) ? { from, digest: blob.digest } : undefined
    return retry(
      `upload ${blob.digest} to ${repositoryName(repo)} (${repo.registry})`,
      async (attempt, signal) => {
        // A mount is tried once; a repeated attempt starts a plain upload.
        const started = await this.startUpload(repo, signal, attempt === 1 ? mount : undefined)
        if (started === 'mounted') return 'mounted' as const
        await this.upload(repo, blob, started, signal)
        return 'uploaded' as const
      },
      this.policy(false),
      err => isTransient(err) && !(err instanceof DigestMismatchError)
    )
  }

  /** PUT a manifest or index under a digest or tag; returns its digest. */
  async putManifest(repo: Repository, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    return (await this.putManifestResponse(repo, reference, bytes, mediaType)).digest
  }

  /**
   * PUT a manifest that has a `subject`: `subjectAcknowledged` when the registry answered with the
   * OCI-Subject header, i.e. it keeps the referrers list itself (OCI distribution spec 1.1); otherwise the
   * client must maintain the `sha256-<digest>` tag (the referrers tag schema).
   */
  async putReferrer(
    repo: Repository,
    bytes: Buffer,
    mediaType: string
  ): Promise<{ digest: string; subjectAcknowledged: boolean }> {
    const digest = sha256Digest(bytes)
    const r = await this.putManifestResponse(repo, digest, bytes, mediaType)
    return { digest: r.digest, subjectAcknowledged: !!r.subject }
  }

  private async putManifestResponse(
    repo: Repository,
    reference: string,
    bytes: Buffer,
    mediaType: string
  ): Promise<{ digest: string; subject?: string }> {
    const what = `PUT manifest ${repositoryName(repo)}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`
    const res = await this.request(repo.registry, [`repository:${repo.path}:pull,push`], what, {
      method: 'PUT',
      path: `/v2/${repo.path}/manifests/${reference}`,
      headers: { 'content-type': mediaType },
      body: bytes
    })
    if (res.status !== 201 && res.status !== 200) await this.fail(res, repo.registry, what)
    await discard(res)
    const digest = sha256Digest(bytes)
    const theirs = header(res.headers, 'docker-content-digest')
    if (theirs && theirs.startsWith('sha256:') && theirs !== digest)
      throw new DigestMismatchError(
        digest,
        theirs,
        `${repo.registry} stored ${what.slice(13)} under another digest`
      )
    const subject = header(res.headers, 'oci-subject')
    return { digest, ...(subject ? { subject } : {}) }
  }

  /**
   * The referrers API (GET /v2/<name>/referrers/<digest>): the image index listing the manifests whose
   * subject is `digest`, or undefined when the registry does not have the API (it answers 404, which the
   * spec forbids a registry with the API to do).
   */
  async getReferrers(repo: Repository, digest: string): Promise<Buffer | undefined> {
    const what = `GET referrers of ${repositoryName(repo)}@${digest}`
    const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, {
      method: 'GET',
      path: `/v2/${repo.path}/referrers/${digest}`,
      headers: { accept: MEDIA.ociIndex }
    })
    if (res.status === 404) {
      await discard(res)
      return undefined
    }
    if (res.status !== 200) await this.fail(res, repo.registry, what)
    return readBody(res, MAX_MANIFEST_BYTES)
  }

  /** Tags of a repository ([] when it does not exist). */
  async listTags(repo: Repository): Promise<string[]> {
    const what = `GET tags of ${repositoryName(repo)}`
    const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, {
      method: 'GET',
      path: `/v2/${repo.path}/tags/list?n=10000`
    })
    if (res.status === 404) {
      await discard(res)
      return []
    }
    if (res.status !== 200) await this.fail(res, repo.registry, what)
    return (
      (JSON.parse((await readBody(res, 16 << 20)).toString('utf8')) as { tags?: string[] | null }).tags ?? []
    )
  }
}

function retryable(res: HttpResponse): RetryableError {
  return new RetryableError(`HTTP ${res.status}`, parseRetryAfter(header(res.headers, 'retry-after')))
}

/** Re-cut a stream into chunks of exactly `size` bytes (the last may be shorter). */
async function* chunks(source: Readable, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = []
  let n = 0
  for await (const c of source as AsyncIterable<Buffer>) {
    let rest = c
    while (n + rest.length >= size) {
      const take = size - n
      parts.push(rest.subarray(0, take))
      yield Buffer.concat(parts)
      parts = []
      n = 0
      rest = rest.subarray(take)
    }
    if (rest.length) {
      parts.push(rest)
      n += rest.length
    }
  }
  if (n) yield Buffer.concat(parts)
}
