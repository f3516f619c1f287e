// Registry authentication as the distribution spec and Docker's token spec describe it: parse the
// `WWW-Authenticate` challenge of a 401, then answer it with Basic credentials or a bearer token fetched
// from the challenge's realm (GET with service and one `scope` per scope, Basic credentials when there are
// any; an identity token from `docker login` is exchanged with an OAuth2 refresh-token POST). Tokens are
// cached per registry and scope until shortly before they expire. Secrets never appear in an error.

import { UserError } from '../util/errors.js'
import type { Credentials } from './docker-config.js'
import { httpRequest, readBody, type HttpTimeouts } from './http.js'

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parse a WWW-Authenticate header (RFC 7235): `Bearer realm="https://x/token",service="x",scope="a b"`.
 * Quoted values may hold commas and escaped quotes. Returns the first challenge.
 */
export function parseChallenge(text: string | undefined): Challenge | undefined {
  if (!text) return undefined
  const m = /^\s*([A-Za-z][A-Za-z0-9._~+/-]*)\s*(.*)$/s.exec(text)
  if (!m) return undefined
  const params: Record<string, string> = {}
  const rest = m[2]
  const re = /\s*([A-Za-z0-9_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/gy
  let p: RegExpExecArray | null
  while (re.lastIndex < rest.length && (p = re.exec(rest)))
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]
  return { scheme: m[1].toLowerCase(), params }
}

export function basicAuth(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
}

/** The token server refused, or answered something that is not a token. */
export class TokenError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'TokenError'
  }
}

/** A bearer token for `scopes` from the challenge's realm. */
export async function fetchToken(opts: {
  registry: string
  challenge: Challenge
  scopes: string[]
  credentials?: Credentials
  timeouts: HttpTimeouts
  signal?: AbortSignal
}): Promise<{ token: string; expiresAt: number }> {
  const { challenge, registry } = opts
  let realm: URL
  try {
    realm = new URL(challenge.params.realm ?? '')
  } catch {
    throw new UserError(`${registry} asked for a bearer token with no usable realm.`, {
      input: 'registry',
      fix: 'check the registry address; its token service is misconfigured or it is not a registry.'
    })
  }
  if (realm.protocol !== 'https:' && realm.protocol !== 'http:')
    throw new UserError(`${registry} names a token realm that is not http(s): ${realm.protocol}`, {
      input: 'registry',
      fix: 'check the registry address.'
    })
  const service = challenge.params.service
  const started = Date.now()
  let res
  if (opts.credentials?.identityToken) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: opts.credentials.identityToken,
      client_id: 'gantry',
      ...(service ? { service } : {}),
      scope: opts.scopes.join(' ')
    })
    res = await httpRequest({
      method: 'POST',
      url: realm,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(form.toString()),
      timeouts: opts.timeouts,
      signal: opts.signal
    })
  } else {
    const url = new URL(realm)
    if (service) url.searchParams.set('service', service)
    for (const s of opts.scopes) url.searchParams.append('scope', s)
    res = await httpRequest({
      method: 'GET',
      url,
      headers: opts.credentials ? { authorization: basicAuth(opts.credentials) } : {},
      timeouts: opts.timeouts,
      signal: opts.signal
    })
  }
  const body = await readBody(res, 1 << 20)
  if (res.status === 401 || res.status === 403)
    throw new TokenError(
      res.status,
      `the token server ${realm.origin} refused ${opts.credentials ? 'the credentials' : 'anonymous access'} for ${registry} (HTTP ${res.status})`
    )
  if (res.status >= 500 || res.status === 429)
    throw new TokenError(res.status, `the token server ${realm.origin} answered HTTP ${res.status}`)
  if (res.status !== 200)
    throw new TokenError(res.status, `the token server ${realm.origin} answered HTTP ${res.status}`)
  let parsed: { token?: string; access_token?: string; expires_in?: number }
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new TokenError(res.status, `the token server ${realm.origin} answered something that is not JSON`)
  }
  const token = parsed.token || parsed.access_token
  if (!token || typeof token !== 'string')
    throw new TokenError(res.status, `the token server ${realm.origin} answered without a token`)
  // The spec's default lifetime is 60 s; refresh 10 s early so a token never expires mid-request.
  const life = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60
  return { token, expiresAt: started + Math.max(5, life - 10) * 1000 }
}
