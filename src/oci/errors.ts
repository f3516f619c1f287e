// Registry and image-reading failures as users should read them: a UserError naming the registry, what was
// being done, the likely cause and (while publishing) that nothing was tagged. Refusals (401, 403, 404) say
// what to fix; infrastructure failures (5xx, 429, resets, timeouts) say to retry. Never "a gantry bug".

import { DigestMismatchError } from '../util/digest.js'
import { UserError, isErrorLike } from '../util/errors.js'
import { RetryExhaustedError } from '../util/retry.js'
import { TokenError } from './auth.js'
import { RegistryError } from './registry.js'

export interface FailureContext {
  /** What was being done: `push ghcr.io/org/app`, `read the base image`. */
  operation: string
  /** The input a user would change. */
  input: string
  /** True while publishing: the message then says that no tag was written. */
  publishing?: boolean
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed while sending',
  ETIMEDOUT: 'it timed out',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed'
}

function networkCause(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; isErrorLike(e) && depth < 6; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code
    if (code && NETWORK_CODES[code]) return NETWORK_CODES[code]
    if (e.name === 'TimeoutError')
      return e.message.includes(':')
        ? `it timed out (${e.message.split(': ').slice(1).join(': ')})`
        : 'it timed out'
    if (e.name === 'AbortError') return 'it was cut off at the time limit'
  }
  return undefined
}

function registryOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; isErrorLike(e) && depth < 6; e = e.cause, depth++)
    if (e instanceof RegistryError && e.registry) return e.registry
  return undefined
}

/** Map a failure to a UserError when it is the user's or the infrastructure's; return anything else as is. */
export function registryFailure(err: unknown, ctx: FailureContext, registry?: string): unknown {
  if (err instanceof UserError) return err
  const where = registry ?? registryOf(err) ?? 'the registry'
  const tail = ctx.publishing ? ' Nothing was tagged.' : ''
  if (err instanceof TokenError)
    return new UserError(`${ctx.operation}: ${err.message}.${tail}`, {
      input: ctx.input,
      fix:
        err.status === 401 || err.status === 403
          ? 'check the credentials for this registry (registry/username/password inputs or the Docker config) and that they may use this repository.'
          : 'the token service failed; retry later.'
    })
  if (err instanceof RegistryError) {
    const codes = err.codes.join(', ')
    if (err.status === 401)
      return new UserError(
        `${ctx.operation}: ${where} refused access (HTTP 401${codes ? ` ${codes}` : ''}).${tail}`,
        {
          input: ctx.input,
          fix: 'log in to this registry (registry, username, password inputs, or docker/login-action) with credentials for this repository.'
        }
      )
    if (err.status === 403 || err.codes.includes('DENIED'))
      return new UserError(
        `${ctx.operation}: ${where} denied it (HTTP ${err.status}${codes ? ` ${codes}` : ''}).${tail}`,
        {
          input: ctx.input,
          fix: 'the credentials are valid but may not do this: give the token write (push) permission on this repository.'
        }
      )
    if (err.status === 404)
      return new UserError(
        `${ctx.operation}: ${where} has no such ${err.codes.includes('NAME_UNKNOWN') ? 'repository' : err.codes.includes('BLOB_UNKNOWN') ? 'blob' : 'image'} (${err.message}).${tail}`,
        {
          input: ctx.input,
          fix: 'check the name and tag (and that the repository exists, on registries that do not create it on push).'
        }
      )
    if (err.status === 405 || err.codes.includes('UNSUPPORTED'))
      return new UserError(`${ctx.operation}: ${where} refused the request (${err.message}).${tail}`, {
        input: ctx.input,
        fix: 'check that this registry accepts pushes to this repository.'
      })
    return new UserError(`${ctx.operation}: ${where} answered ${err.message}.${tail}`, {
      input: ctx.input,
      fix: 'check the registry and the image name.'
    })
  }
  if (err instanceof DigestMismatchError)
    return new UserError(`${ctx.operation}: ${err.message}; the content was refused.${tail}`, {
      input: ctx.input,
      fix: 'the content is corrupt or was tampered with on its way; check the source (registry or layout) and retry.'
    })
  if (err instanceof RetryExhaustedError) {
    const last = err.last
    const cause =
      isErrorLike(last) && /^HTTP \d+/.test(last.message)
        ? `it answered ${last.message}`
        : (networkCause(last) ?? (isErrorLike(last) ? last.message : String(last)))
    const outer = err.what.replace(/ \(([^()]*)\)$/, '')
    const reg = /\(([^()]*)\)$/.exec(err.what)?.[1] ?? where
    const how = err.timedOut
      ? `gave up after ${Math.round(err.elapsedMs / 1000)} s and ${err.attempts} attempt${err.attempts === 1 ? '' : 's'}`
      : `${err.attempts} attempts`
    return new UserError(
      `${ctx.operation}: registry ${reg} failed: ${outer}: ${how}, last: ${cause}.${tail}`,
      {
        input: ctx.input,
        fix: 'the registry is down, overloaded or unreachable: retry later (a re-run reuses what was uploaded), or raise registry-timeout.'
      }
    )
  }
  const net = networkCause(err)
  if (net)
    return new UserError(`${ctx.operation}: ${where}: ${net}.${tail}`, {
      input: ctx.input,
      fix: 'check the registry address and that it is reachable from this runner.'
    })
  return err
}
