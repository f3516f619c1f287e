// Image references: parse and validate `[registry/]repository[:tag][@digest]` with the grammar of the
// distribution spec, so a bad name fails before anything is built, with the input named.

import { UserError } from '../util/errors.js'

export const DOCKER_HUB = 'docker.io'

/** One path component of a repository: lower-case alphanumerics joined by `.`, `_`, `__` or dashes. */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/
const HOST_PART = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/

export interface Repository {
  /** `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  /** `library/alpine`, `org/app`. */
  path: string
}

export interface ImageRef extends Repository {
  tag?: string
  digest?: string
}

function isHost(s: string): boolean {
  if (s === 'localhost') return true
  if (!s.includes('.') && !s.includes(':')) return false
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(s)
  if (!m) return false
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535)) return false
  if (m[1].startsWith('[')) return true
  return m[1].split('.').every(p => HOST_PART.test(p))
}

/** Does the first path element name a registry (it has a dot, a port, or is localhost)? */
function looksLikeHost(s: string): boolean {
  return s === 'localhost' || s.includes('.') || s.includes(':')
}

/** Parse a repository name (no tag, no digest); `input` is named in errors. */
export function parseRepository(name: string, input = 'images'): Repository {
  const s = name.trim()
  const fail = (why: string, fix: string): never => {
    throw new UserError(`"${s}" is not a valid image name: ${why}.`, { input, fix })
  }
  if (!s) fail('it is empty', 'write a repository such as ghcr.io/org/app.')
  if (s.includes('@')) fail('it has a digest', 'write the repository only.')
  const parts = s.split('/')
  let registry = DOCKER_HUB
  if (parts.length > 1 && looksLikeHost(parts[0])) {
    const host = parts.shift()!
    if (!isHost(host))
      fail(
        `"${host}" is not a registry host (a bad registry host name or port)`,
        'write a host name or IP with an optional :port, e.g. ghcr.io.'
      )
    registry = host.toLowerCase() === 'index.docker.io' ? DOCKER_HUB : host
  }
  for (const p of parts) {
    if (p.includes(':')) fail('it has a tag', 'write the repository only; put tags in the tags input.')
    if (p !== p.toLowerCase())
      fail(
        `repository names must be lower-case ("${p}" has upper-case letters)`,
        `write ${[registry === DOCKER_HUB ? '' : registry, ...parts].filter(Boolean).join('/').toLowerCase()}.`
      )
    if (!COMPONENT.test(p))
      fail(
        `"${p}" is not a valid path component`,
        'use lower-case letters, digits and single separators (., _, __, -) between them.'
      )
  }
  let path = parts.join('/')
  if (registry === DOCKER_HUB && parts.length === 1) path = `library/${path}`
  if (path.length > 255) fail('it is longer than 255 characters', 'use a shorter name.')
  return { registry, path }
}

/** Check one image name (`ghcr.io/octo/hello`, no tag or digest) and return it as written. */
export function validateImage(image: string, input = 'images'): string {
  parseRepository(image, input)
  return image
}

export function validateTag(tag: string, input = 'tags'): string {
  if (!TAG.test(tag))
    throw new UserError(
      tag.length > 128
        ? `tag "${tag.slice(0, 40)}…" is ${tag.length} characters long; tags have at most 128.`
        : `"${tag}" is not a valid tag.`,
      {
        input,
        fix: 'a tag is 1 to 128 characters of letters, digits, _, . and -, and does not start with . or -.'
      }
    )
  return tag
}

export function validateDigest(digest: string, input: string): string {
  if (!DIGEST.test(digest))
    throw new UserError(`"${digest}" is not a sha256 digest.`, {
      input,
      fix: 'write it as sha256: followed by 64 lower-case hex digits.'
    })
  return digest
}

/** Parse a full reference: `registry/path[:tag][@sha256:...]`. */
export function parseRef(ref: string, input = 'tags'): ImageRef {
  let rest = ref.trim()
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = validateDigest(rest.slice(at + 1), input)
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const slash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > slash) {
    tag = validateTag(rest.slice(colon + 1), input)
    rest = rest.slice(0, colon)
  }
  return { ...parseRepository(rest, input), tag, digest }
}

/** `registry/path` as people write it (`docker.io/library/x` stays explicit, so tools agree). */
export function repositoryName(r: Repository): string {
  return `${r.registry}/${r.path}`
}

export function formatRef(r: ImageRef): string {
  return `${repositoryName(r)}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`
}

export function sameRepository(a: Repository, b: Repository): boolean {
  return a.registry === b.registry && a.path === b.path
}
