// CycloneDX 1.5 JSON of the inventory: the image as metadata.component, the OS and every Go binary as
// components, every package as a library with its purl (also its bom-ref), and the dependency graph
// image → OS → OS packages, image → binaries → modules. Deterministic: no clock (the commit time when
// given), and a serial number derived from the content (a name-based UUID, RFC 4122 version 5).

import { createHash } from 'node:crypto'
import type { GoBinary, Inventory, Package } from '../model.js'
import { ociPurl } from '../purl.js'
import { imageRepository, type ScanReport } from './report.js'

type Json = Record<string, unknown>

export function cyclonedxReport(report: ScanReport): string {
  return `${JSON.stringify(cyclonedxObject(report), null, 2)}\n`
}

export function cyclonedxObject(report: ScanReport): Json {
  const { ref: rootRef, component: root } = rootComponent(report.inventory)
  const { components, dependencies } = graph(report.inventory, rootRef)
  const body: Json = {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      ...(report.time ? { timestamp: report.time } : {}),
      tools: { components: [{ type: 'application', name: report.tool.name, version: report.tool.version }] },
      component: root
    },
    components,
    dependencies: dependencies.map(d => ({ ref: d.ref, dependsOn: [...new Set(d.dependsOn)].sort() }))
  }
  const serialNumber = `urn:uuid:${uuidV5(createHash('sha256').update(JSON.stringify(body)).digest('hex'))}`
  const { $schema, bomFormat, specVersion, ...rest } = body
  return { $schema, bomFormat, specVersion, serialNumber, ...rest }
}

/** What the SBOM describes: the image (a container, with an OCI purl when it is in a registry) or the paths. */
function rootComponent(inv: Inventory): { ref: string; component: Json } {
  const images = inv.targets.filter(t => t.kind === 'image')
  // The index (a target without platform) names the image; else a single platform's manifest does.
  const image = images.find(t => !t.platform) ?? images[0]
  if (!image)
    return {
      ref: 'scan',
      component: {
        type: 'application',
        'bom-ref': 'scan',
        name: inv.targets.map(t => t.name).join(', ') || 'scan'
      }
    }
  const digest = images.find(t => !t.platform)?.digest ?? (images.length === 1 ? images[0].digest : undefined)
  const registry = !/^(oci|oci-archive|docker-archive):/.test(image.name)
  return {
    ref: 'image',
    component: {
      type: 'container',
      'bom-ref': 'image',
      name: imageRepository(image.name),
      ...(digest ? { version: digest } : {}),
      ...(digest && registry ? { purl: ociPurl(imageRepository(image.name), digest) } : {}),
      properties: images.filter(t => t.platform).map(t => prop('gantry:image:platform', t.platform!))
    }
  }
}

/** Components and the dependency graph: root → OS → OS packages, root → binaries → their modules. */
function graph(
  inv: Inventory,
  rootRef: string
): { components: Json[]; dependencies: { ref: string; dependsOn: string[] }[] } {
  const components: Json[] = []
  const dependencies: { ref: string; dependsOn: string[] }[] = []
  const rootDeps: string[] = []
  const osPackages = inv.packages.filter(p => p.kind === 'apk' || p.kind === 'dpkg')
  if (inv.os) {
    const ref = `os:${inv.os.family}@${inv.os.version}`
    components.push({
      type: 'operating-system',
      'bom-ref': ref,
      name: inv.os.family,
      version: inv.os.version,
      ...(inv.os.name ? { description: inv.os.name } : {})
    })
    rootDeps.push(ref)
    dependencies.push({ ref, dependsOn: osPackages.map(p => p.purl) })
  } else rootDeps.push(...osPackages.map(p => p.purl))
  for (const b of inv.binaries) {
    components.push(binaryComponent(b))
    rootDeps.push(binaryRef(b))
    const linked = inv.packages.filter(
      p =>
        p.kind.startsWith('go-') &&
        p.locations.some(l => l.path === b.location.path && l.platform === b.location.platform)
    )
    dependencies.push({ ref: binaryRef(b), dependsOn: linked.map(p => p.purl) })
  }
  for (const p of inv.packages) {
    components.push(library(p))
    dependencies.push({ ref: p.purl, dependsOn: [] })
  }
  dependencies.unshift({ ref: rootRef, dependsOn: rootDeps })
  return { components, dependencies }
}

function binaryComponent(b: GoBinary): Json {
  return {
    type: 'application',
    'bom-ref': binaryRef(b),
    name: b.location.path,
    properties: [
      prop('gantry:go:version', b.goVersion),
      ...(b.location.platform ? [prop('gantry:platform', b.location.platform)] : []),
      ...(b.mainModule ? [prop('gantry:go:main-module', b.mainModule)] : []),
      ...(b.path ? [prop('gantry:go:main-package', b.path)] : []),
      ...(b.location.layer ? [prop('gantry:layer:digest', b.location.layer.digest)] : [])
    ]
  }
}

function library(p: Package): Json {
  const props = [
    prop('gantry:package:kind', p.kind),
    prop('gantry:package:ecosystem', p.ecosystem),
    ...(p.source ? [prop('gantry:package:source', `${p.source.name} ${p.source.version}`)] : []),
    ...(p.main ? [prop('gantry:go:main', 'true')] : []),
    ...(p.replaces ? [prop('gantry:go:replaces', `${p.replaces.path} ${p.replaces.version}`.trim())] : []),
    ...(p.replace && !p.replace.version ? [prop('gantry:go:replace-dir', p.replace.path)] : []),
    ...p.locations.map(l =>
      prop(
        'gantry:location',
        `${l.platform ? `${l.platform} ` : ''}${l.path}${l.layer ? ` (layer ${l.layer.index + 1})` : ''}`
      )
    )
  ]
  return {
    type: 'library',
    'bom-ref': p.purl,
    name: p.name,
    ...(p.version ? { version: p.version } : {}),
    purl: p.purl,
    ...(p.licenses?.length ? { licenses: p.licenses.map(l => ({ license: { name: l } })) } : {}),
    properties: props
  }
}

function binaryRef(b: GoBinary): string {
  return `binary:${b.location.platform ? `${b.location.platform}:` : ''}${b.location.path}`
}

function prop(name: string, value: string): { name: string; value: string } {
  return { name, value }
}

/** RFC 4122 version 5 UUID of `name` in the URL namespace (SHA-1, version and variant bits set). */
export function uuidV5(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex')
  const h = createHash('sha1').update(ns).update(name).digest().subarray(0, 16)
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const x = h.toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}
