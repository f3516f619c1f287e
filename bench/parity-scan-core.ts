// Parity driver for the vulnerability scan (bundled by bench/parity-scan.mjs). Two commands:
//   prepare <work> <bins> <fixtures> <go-osv>   write the images (docker-archive tars in images/) and the
//                    databases: db/gantry (the OS records), db/osv-scanner/osv-scalibr/<Ecosystem>/all.zip,
//                    trivy-src/ (the inputs trivy-db build reads: govulndb, Alpine secdb, Debian tracker)
//   compare <work> <md-out> <image>...          compare gantry's reports with Trivy's and osv-scanner's;
//                    print the tables, write them to md-out; exit 1 on a difference without a reason
// Images are single-platform linux/amd64 docker-archive tars in the Docker 25+ layout (an OCI image layout
// with manifest.json beside index.json), layers stored uncompressed as `docker save` stores them.

import { cpSync, mkdirSync, readdirSync, readFileSync, lstatSync, readlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import tar from 'tar-stream'
import yazl from 'yazl'
import { sha256Hex } from '../src/util/digest.js'
import { OS_RECORDS, osvRecord } from './parity-scan-records.js'
import { compare, IMAGE_FACTS } from './parity-scan-compare.js'

const [command, ...rest] = process.argv.slice(2)

// --- images -----------------------------------------------------------------------------------------------

type Entry =
  | { name: string; type: 'file'; data: Buffer; mode: number }
  | { name: string; type: 'symlink' | 'link'; linkname: string }
  | { name: string; type: 'directory' }

/** Every file, link and folder under a host folder, as layer entries under the image root. */
function treeEntries(dir: string, base = ''): Entry[] {
  const out: Entry[] = []
  for (const name of readdirSync(path.join(dir, base)).sort()) {
    const rel = base ? `${base}/${name}` : name
    const full = path.join(dir, rel)
    const st = lstatSync(full)
    if (st.isSymbolicLink()) out.push({ name: rel, type: 'symlink', linkname: readlinkSync(full) })
    else if (st.isDirectory()) out.push({ name: rel, type: 'directory' }, ...treeEntries(dir, rel))
    else out.push({ name: rel, type: 'file', data: readFileSync(full), mode: 0o644 })
  }
  return out
}

const file = (name: string, data: Buffer | string, mode = 0o644): Entry => ({
  name,
  type: 'file',
  data: Buffer.from(data),
  mode
})
const whiteout = (p: string): Entry =>
  file(path.posix.join(path.posix.dirname(p), `.wh.${path.posix.basename(p)}`), '')

/** An uncompressed layer tar; parent folders are added before their entries. */
async function layerTar(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => chunks.push(c as Buffer))
  const done = new Promise<void>(resolve => pack.on('end', () => resolve()))
  const dirs = new Set<string>()
  const mtime = new Date(0)
  for (const e of entries) {
    const parts = e.name.split('/').slice(0, -1)
    for (let i = 1; i <= parts.length; i++) {
      const d = parts.slice(0, i).join('/')
      if (dirs.has(d)) continue
      dirs.add(d)
      pack.entry({ name: `${d}/`, type: 'directory', mode: 0o755, mtime })
    }
    if (e.type === 'directory') {
      if (!dirs.has(e.name)) pack.entry({ name: `${e.name}/`, type: 'directory', mode: 0o755, mtime })
      dirs.add(e.name)
    } else if (e.type === 'file')
      pack.entry({ name: e.name, mode: e.mode, mtime, size: e.data.length }, e.data)
    else pack.entry({ name: e.name, type: e.type, linkname: e.linkname, mode: 0o777, mtime })
  }
  pack.finalize()
  await done
  return Buffer.concat(chunks)
}

/** A docker-archive tar (Docker 25+ layout) of one linux/amd64 image. */
async function dockerArchive(out: string, tag: string, layers: Entry[][]): Promise<void> {
  const tars = await Promise.all(layers.map(layerTar))
  const diffIds = tars.map(t => `sha256:${sha256Hex(t)}`)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Entrypoint: ['/app'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: layers.map((_, i) => ({ created: '2026-01-01T00:00:00Z', created_by: `layer ${i}` }))
    })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${sha256Hex(config)}`,
        size: config.length
      },
      layers: tars.map(t => ({
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
        digest: `sha256:${sha256Hex(t)}`,
        size: t.length
      }))
    })
  )
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: `sha256:${sha256Hex(manifest)}`,
          size: manifest.length,
          annotations: { 'io.containerd.image.name': tag, 'org.opencontainers.image.ref.name': 'latest' }
        }
      ]
    })
  )
  const blob = (b: Buffer): string => `blobs/sha256/${sha256Hex(b)}`
  const dockerManifest = Buffer.from(
    JSON.stringify([{ Config: blob(config), RepoTags: [tag], Layers: tars.map(blob) }])
  )
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => chunks.push(c as Buffer))
  const done = new Promise<void>(resolve => pack.on('end', () => resolve()))
  const mtime = new Date(0)
  for (const b of [config, manifest, ...tars]) pack.entry({ name: blob(b), mtime }, b)
  pack.entry({ name: 'index.json', mtime }, index)
  pack.entry({ name: 'oci-layout', mtime }, Buffer.from('{"imageLayoutVersion":"1.0.0"}'))
  pack.entry({ name: 'manifest.json', mtime }, dockerManifest)
  pack.finalize()
  await done
  writeFileSync(out, Buffer.concat(chunks))
}

async function images(work: string, bins: string, fixtures: string): Promise<void> {
  const dir = path.join(work, 'images')
  mkdirSync(dir, { recursive: true })
  const bin = (name: string): Buffer => readFileSync(path.join(bins, name))
  const exe = (at: string, name: string): Entry => file(at, bin(name), 0o755)
  // Alpine 3.20: the real package database of the fixture, and the program as built (go1.26.8 stdlib).
  await dockerArchive(path.join(dir, 'alpine.tar'), 'gantry-parity/alpine:1', [
    [...treeEntries(path.join(fixtures, 'alpine320')), file('etc/alpine-release', '3.20.3\n')],
    [exe('usr/local/bin/vulnapp', 'vulnapp')]
  ])
  // Debian 12: dpkg status (binNMUs, epochs, packages not installed), and the program claiming go1.21.0.
  await dockerArchive(path.join(dir, 'debian.tar'), 'gantry-parity/debian:1', [
    [...treeEntries(path.join(fixtures, 'debian12')), file('etc/debian_version', '12.11\n')],
    [exe('usr/local/bin/vulnapp', 'vulnapp-go1.21.0')]
  ])
  // distroless: status.d/ (with a .md5sums file), and the program with module replacements, its version
  // set by -X main.version (recorded in the build info).
  await dockerArchive(path.join(dir, 'distroless.tar'), 'gantry-parity/distroless:1', [
    [...treeEntries(path.join(fixtures, 'distroless')), file('etc/debian_version', '12.11\n')],
    [exe('app/server', 'replaced-ldflags')]
  ])
  // scratch: no OS at all; a binary the second layer deletes (not in the image any more), a hard link to
  // another, and the replaced program built with -trimpath (its -X version not in the build info).
  await dockerArchive(path.join(dir, 'scratch.tar'), 'gantry-parity/scratch:1', [
    [
      exe('bin/vulnapp', 'vulnapp'),
      ...IMAGE_FACTS.hardLinks.map((name): Entry => ({ name, type: 'link', linkname: 'bin/vulnapp' })),
      exe('bin/old', 'vulnapp-go1.21.0')
    ],
    [whiteout('bin/old'), ...IMAGE_FACTS.trimpathVersioned.map(p => exe(p, 'replaced-trimpath'))]
  ])
}

// --- databases --------------------------------------------------------------------------------------------

async function zipOf(out: string, files: { name: string; data: Buffer }[]): Promise<void> {
  mkdirSync(path.dirname(out), { recursive: true })
  const zip = new yazl.ZipFile()
  for (const f of files) zip.addBuffer(f.data, f.name, { mtime: new Date(0) })
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream) chunks.push(c as Buffer)
  writeFileSync(out, Buffer.concat(chunks))
}

const json = (v: unknown): Buffer => Buffer.from(`${JSON.stringify(v, null, 2)}\n`)

/** Alpine secdb files (vuln-list/alpine/<release>/<origin>.json): the fixes of each origin. */
function alpineSecdb(out: string): void {
  const byFile = new Map<
    string,
    { name: string; distroversion: string; secfixes: Record<string, string[]> }
  >()
  for (const r of OS_RECORDS) {
    const [family, release] = r.ecosystem.split(':')
    if (family !== 'Alpine' || r.withdrawn || !r.fixed) continue
    const key = `${release}/${r.name}`
    const doc = byFile.get(key) ?? { name: r.name, distroversion: release, secfixes: {} }
    ;(doc.secfixes[r.fixed] ??= []).push(r.cve)
    byFile.set(key, doc)
  }
  for (const [key, doc] of byFile) {
    const f = path.join(out, `${key}.json`)
    mkdirSync(path.dirname(f), { recursive: true })
    writeFileSync(f, json({ ...doc, reponame: 'main', archs: ['x86_64'] }))
  }
}

const CODENAMES: Record<string, string> = { '11': 'bullseye', '12': 'bookworm' }

/** The Debian security tracker's JSON as vuln-list-debian keeps it: one CVE file per record, per release. */
function debianTracker(out: string): void {
  for (const d of ['source', 'updates-source', 'CVE', 'DLA', 'DSA'])
    mkdirSync(path.join(out, d), { recursive: true })
  writeFileSync(
    path.join(out, 'distributions.json'),
    json(Object.fromEntries(Object.entries(CODENAMES).map(([v, c]) => [c, { 'major-version': v }])))
  )
  for (const r of OS_RECORDS) {
    const [family, release] = r.ecosystem.split(':')
    // The tracker has no withdrawn entries and no explicit version lists.
    if (family !== 'Debian' || r.withdrawn || r.versions) continue
    const codename = CODENAMES[release]
    const annotation = r.fixed
      ? { Type: 'package', Release: codename, Package: r.name, Kind: 'fixed', Version: r.fixed }
      : { Type: 'package', Release: codename, Package: r.name, Kind: 'unfixed' }
    writeFileSync(
      path.join(out, 'CVE', `${r.cve}.json`),
      json({ Header: { ID: r.cve, Description: `(${r.why})` }, Annotations: [annotation] })
    )
  }
}

async function databases(work: string, goOsv: string): Promise<void> {
  const gantry = path.join(work, 'db/gantry')
  mkdirSync(gantry, { recursive: true })
  const byFamily: Record<string, { name: string; data: Buffer }[]> = { Alpine: [], Debian: [] }
  for (const r of OS_RECORDS) {
    const data = json(osvRecord(r))
    writeFileSync(path.join(gantry, `${r.id}.json`), data)
    byFamily[r.ecosystem.split(':')[0]].push({ name: `${r.id}.json`, data })
  }
  const scalibr = path.join(work, 'db/osv-scanner/osv-scalibr')
  const goFiles = readdirSync(goOsv)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(name => ({ name, data: readFileSync(path.join(goOsv, name)) }))
  await zipOf(path.join(scalibr, 'Go/all.zip'), goFiles)
  for (const [family, files] of Object.entries(byFamily))
    await zipOf(path.join(scalibr, family, 'all.zip'), files)
  const src = path.join(work, 'trivy-src')
  // trivy-db walks its input folders without following symlinks: a copy.
  cpSync(goOsv, path.join(src, 'govulndb/data/osv'), { recursive: true })
  alpineSecdb(path.join(src, 'vuln-list/alpine'))
  debianTracker(path.join(src, 'vuln-list-debian/tracker'))
}

if (command === 'prepare') {
  const [work, bins, fixtures, goOsv] = rest
  await images(work, bins, fixtures)
  await databases(work, goOsv)
} else if (command === 'compare') {
  const [work, md, ...names] = rest
  process.exitCode = compare(work, md, names, OS_RECORDS)
} else
  throw new Error(
    'usage: parity-scan-core prepare <work> <bins> <fixtures> <go-osv> | compare <work> <md> <image>...'
  )
