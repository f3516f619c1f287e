// Package URLs (the purl spec) for what the scanner inventories, built with packageurl-js so encoding and
// qualifier order follow the spec: Go modules, Alpine and Debian packages, and OCI images.

import { PackageURL } from 'packageurl-js'

/** `pkg:golang/golang.org/x/text@v0.3.5`; the module path splits into namespace and name at its last `/`. */
export function goPurl(modulePath: string, version: string): string {
  const slash = modulePath.lastIndexOf('/')
  const namespace = slash > 0 ? modulePath.slice(0, slash) : undefined
  const name = slash > 0 ? modulePath.slice(slash + 1) : modulePath
  return new PackageURL('golang', namespace, name, version || undefined, undefined, undefined).toString()
}

/** `pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3` (distro is the full VERSION_ID, as Trivy writes it). */
export function apkPurl(name: string, version: string, arch?: string, distro?: string): string {
  return new PackageURL('apk', 'alpine', name, version, qualifiers({ arch, distro }), undefined).toString()
}

/** `pkg:deb/debian/libc6@2.36-9+deb12u7?arch=amd64&distro=debian-12`. */
export function debPurl(
  vendor: string,
  name: string,
  version: string,
  arch?: string,
  distro?: string
): string {
  return new PackageURL('deb', vendor, name, version, qualifiers({ arch, distro }), undefined).toString()
}

/** `pkg:oci/app@sha256%3A...?repository_url=registry.example%2Fteam%2Fapp` for an image with a digest. */
export function ociPurl(repository: string, digest: string): string {
  const name = repository.slice(repository.lastIndexOf('/') + 1).toLowerCase()
  return new PackageURL('oci', undefined, name, digest, { repository_url: repository }, undefined).toString()
}

/** Parse a purl; undefined when it is not one. */
export function parsePurl(
  text: string
):
  | { type: string; namespace?: string; name: string; version?: string; qualifiers: Record<string, string> }
  | undefined {
  try {
    const p = PackageURL.fromString(text)
    return {
      type: p.type,
      ...(p.namespace ? { namespace: p.namespace } : {}),
      name: p.name,
      ...(p.version ? { version: p.version } : {}),
      qualifiers: { ...(p.qualifiers ?? {}) }
    }
  } catch {
    return undefined
  }
}

function qualifiers(q: Record<string, string | undefined>): Record<string, string> | undefined {
  const out = Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => !!e[1]))
  return Object.keys(out).length ? out : undefined
}
