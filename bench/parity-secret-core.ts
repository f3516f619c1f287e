// Parity driver for the secret scanner (bundled by bench/parity-secret.mjs). Two commands:
//   corpus <dir> <go-binary> <go-source> [<goroot> <x/crypto module dir>]   write the corpus: folders (secrets/, clean/) and docker-archive images
//                              (image.tar: secrets in a layer, some deleted by a later one; clean-image.tar)
//   time <dir>                 scan a folder once and print how long it took
//   compare <dir> <md-out>     scan the same targets with gantry and compare with Trivy's JSON reports
//                              (<dir>/trivy-*.json): gantry must find at least what Trivy finds for the rule
//                              families gantry has, and nothing on the clean targets. Exit 1 otherwise.
// The image side reads the docker archive's layers itself (a minimal reader for this script: the scan stage
// has its own layer walker) and scans every file of every layer, whiteouts included, as Trivy does.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import tar from 'tar-stream'
import type { Finding } from '../src/scan/model.js'
import { scanSecretPaths } from '../src/scan/secret/paths.js'
import { SECRET_RULES } from '../src/scan/secret/rules.js'
import { scanSecretsStream } from '../src/scan/secret/scan.js'
import { secretSkipReason } from '../src/scan/secret/skip.js'
import { sha256Hex } from '../src/util/digest.js'
import { FakeSecrets, fakeGcpServiceAccount, fakePrivateKey } from '../__tests__/helpers/fake-secrets.js'

const [command, dir, arg, arg2, arg3, arg4] = process.argv.slice(2)

// --- the corpus -------------------------------------------------------------------------------------------

function write(file: string, content: string | Buffer) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

function secretFiles(fake: FakeSecrets): Record<string, string> {
  return {
    'app/config/prod.env': [
      '# production settings',
      `GITHUB_TOKEN=${fake.github('ghp_')}`,
      `GH_OAUTH=${fake.github('gho_')}`,
      `GH_APP_USER=${fake.github('ghu_')}`,
      `GH_APP_INSTALL=${fake.github('ghs_')}`,
      `GH_REFRESH=${fake.github('ghr_')}`,
      `GH_FINE=${fake.github('github_pat_')}`,
      `SLACK_BOT=${fake.slackToken('b')}`,
      `SLACK_USER=${fake.slackToken('p')}`,
      `SLACK_HOOK=${fake.slackWebhook()}`,
      `DB_PASSWORD=${fake.password()}`,
      ''
    ].join('\n'),
    'app/config/aws-credentials': [
      '[default]',
      `aws_access_key_id = ${fake.awsKeyId()}`,
      `aws_secret_access_key = ${fake.awsSecret()}`,
      '',
      '[session]',
      `aws_access_key_id = ${fake.awsKeyId('ASIA')}`,
      `aws_secret_access_key = ${fake.awsSecret()}`,
      ''
    ].join('\n'),
    'app/config/service-account.json': fakeGcpServiceAccount(fake),
    'app/config/settings.yaml': [
      'server:',
      '  listen: ":8080"',
      'database:',
      '  user: app',
      `  password: "${fake.password()}"`,
      `api_key: ${fake.chars('0123456789abcdef', 32)}`,
      ''
    ].join('\n'),
    'app/keys/id_rsa': fakePrivateKey('rsa-pkcs1'),
    'app/keys/server.key': fakePrivateKey('pkcs8'),
    'app/keys/ec.pem': fakePrivateKey('ec-sec1'),
    'app/keys/id_ed25519': fakePrivateKey('openssh', fake),
    'app/keys/encrypted.pem': fakePrivateKey('encrypted-pkcs8'),
    'app/keys/legacy-encrypted.pem': fakePrivateKey('rsa-pkcs1-encrypted'),
    'app/keys/dsa.pem': fakePrivateKey('dsa'),
    'app/keys/signing.asc': fakePrivateKey('pgp', fake),
    'app/src/main.go': [
      'package main',
      '',
      `const deployKey = "${fakePrivateKey('ec-sec1').trimEnd().replace(/\n/g, '\\n')}"`,
      '',
      `var token = "${fake.github('ghp_')}"`,
      '',
      'func main() {}',
      ''
    ].join('\n')
  }
}

function cleanFiles(): Record<string, string> {
  return {
    'app/config/settings.yaml': [
      'server:',
      '  listen: ":8080"',
      'database:',
      '  user: app',
      '  password: ${DB_PASSWORD}',
      '  password_file: /run/secrets/db',
      'token: changeme',
      'api_key: <your-api-key>',
      'secret: "{{ .Values.secret }}"',
      ''
    ].join('\n'),
    'app/README.md': '# app\n\nSet `GITHUB_TOKEN=ghp_...` and `password = "..."` before running.\n',
    'app/keys/id_ed25519.pub':
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEc4iTNqmiYgXXyT35Dhgx8+0nsXf4o6q8u7NPmbVsc3 ci@gantry\n',
    'app/src/auth.go': [
      'package main',
      '',
      'import "os"',
      '',
      'type Config struct {',
      '\tPassword string `json:"password"`',
      '\tToken    string `json:"token"`',
      '}',
      '',
      'func load() Config {',
      '\treturn Config{Password: os.Getenv("DB_PASSWORD"), Token: os.Getenv("API_TOKEN")}',
      '}',
      ''
    ].join('\n')
  }
}

interface LayerSpec {
  files: Record<string, string | Buffer>
  /** Paths this layer deletes (whiteouts). */
  deletes?: string[]
}

async function layerTar(layer: LayerSpec): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => chunks.push(c as Buffer))
  const done = new Promise<void>(resolve => pack.on('end', () => resolve()))
  const dirs = new Set<string>()
  const entries = [
    ...Object.entries(layer.files).map(([p, c]) => ({ p, c })),
    ...(layer.deletes ?? []).map(p => ({
      p: path.posix.join(path.posix.dirname(p), `.wh.${path.posix.basename(p)}`),
      c: ''
    }))
  ].sort((a, b) => (a.p < b.p ? -1 : 1))
  for (const { p, c } of entries) {
    const parts = p.split('/').slice(0, -1)
    for (let i = 1; i <= parts.length; i++) {
      const d = parts.slice(0, i).join('/')
      if (dirs.has(d)) continue
      dirs.add(d)
      pack.entry({ name: `${d}/`, type: 'directory', mode: 0o755, mtime: new Date(0) })
    }
    const data = Buffer.isBuffer(c) ? c : Buffer.from(c)
    pack.entry(
      { name: p, mode: p.endsWith('/app') ? 0o755 : 0o644, mtime: new Date(0), size: data.length },
      data
    )
  }
  pack.finalize()
  await done
  return Buffer.concat(chunks)
}

/** A `docker save` archive (manifest.json, config, one uncompressed tar per layer) that trivy --input reads. */
async function dockerArchive(file: string, tag: string, layers: LayerSpec[]) {
  const tars = await Promise.all(layers.map(layerTar))
  const diffIds = tars.map(t => `sha256:${sha256Hex(t)}`)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Entrypoint: ['/app/app'], User: '65532' },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: layers.map((_, i) => ({ created: '2026-01-01T00:00:00Z', created_by: `layer ${i}` }))
    })
  )
  const configName = `${sha256Hex(config)}.json`
  const layerNames = tars.map(t => `${sha256Hex(t)}/layer.tar`)
  const manifest = Buffer.from(JSON.stringify([{ Config: configName, RepoTags: [tag], Layers: layerNames }]))
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => chunks.push(c as Buffer))
  const done = new Promise<void>(resolve => pack.on('end', () => resolve()))
  pack.entry({ name: configName, mtime: new Date(0) }, config)
  tars.forEach((t, i) => pack.entry({ name: layerNames[i], mtime: new Date(0) }, t))
  pack.entry({ name: 'manifest.json', mtime: new Date(0) }, manifest)
  pack.finalize()
  await done
  writeFileSync(file, Buffer.concat(chunks))
}

/** Every file under `dir`, as layer paths under `prefix`. */
function hostFiles(dir: string, prefix: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f)
    if (statSync(p).isFile()) out[path.posix.join(prefix, f.split(path.sep).join('/'))] = readFileSync(p)
  }
  return out
}

async function corpus(root: string, goBinary: string, goSource: string, goroot?: string, xcrypto?: string) {
  const fake = new FakeSecrets(2026)
  const binary = readFileSync(goBinary)
  for (const [p, c] of Object.entries(secretFiles(fake))) write(path.join(root, 'secrets', p), c)
  for (const [p, c] of Object.entries(cleanFiles())) write(path.join(root, 'clean', p), c)
  write(path.join(root, 'clean/app/bin/hello'), binary)
  for (const f of readdirSync(goSource, { recursive: true }) as string[]) {
    const src = path.join(goSource, f)
    if (statSync(src).isFile()) {
      mkdirSync(path.dirname(path.join(root, 'clean/src', f)), { recursive: true })
      copyFileSync(src, path.join(root, 'clean/src', f))
    }
  }
  const base: LayerSpec = {
    files: {
      'etc/os-release': 'NAME="gantry parity"\nID=gantry\nVERSION_ID=1\n',
      'etc/passwd':
        'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n',
      'etc/group': 'root:x:0:\nnonroot:x:65532:\n'
    }
  }
  const img = new FakeSecrets(7007)
  const files = secretFiles(img)
  await dockerArchive(path.join(root, 'image.tar'), 'gantry-parity/secrets:1', [
    base,
    {
      files: {
        'app/app': binary,
        'app/config/prod.env': files['app/config/prod.env'],
        'app/config/service-account.json': files['app/config/service-account.json'],
        'root/.ssh/id_rsa': files['app/keys/id_rsa'],
        'root/.ssh/id_ed25519': files['app/keys/id_ed25519']
      }
    },
    {
      files: { 'app/config/aws-credentials': files['app/config/aws-credentials'] },
      deletes: ['root/.ssh/id_rsa', 'app/config/prod.env']
    }
  ])
  await dockerArchive(path.join(root, 'clean-image.tar'), 'gantry-parity/clean:1', [
    base,
    { files: { 'app/app': binary, 'app/config/settings.yaml': cleanFiles()['app/config/settings.yaml'] } }
  ])
  // A seed-style Go builder image: part of the Go toolchain and a module cache, the way a golang base image and a
  // `go mod download` leave them (their test data holds real-format keys), the sources and the binary.
  if (goroot && xcrypto)
    await dockerArchive(path.join(root, 'go-builder.tar'), 'gantry-parity/go-builder:1', [
      base,
      { files: hostFiles(path.join(goroot, 'src/crypto'), 'usr/local/go/src/crypto') },
      { files: hostFiles(xcrypto, `go/pkg/mod/golang.org/x/${path.basename(xcrypto)}`) },
      { files: { ...hostFiles(goSource, 'src/app'), 'go/bin/hello': binary } }
    ])
}

// --- gantry's side ----------------------------------------------------------------------------------------

async function tarEntries(
  data: Buffer,
  onFile: (name: string, size: number, body: AsyncIterable<Buffer>) => Promise<void>
) {
  const extract = tar.extract()
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      const size = h.size ?? 0
      const body = stream as unknown as AsyncIterable<Buffer>
      const work = h.type === 'file' ? onFile(h.name, size, body) : (stream.resume(), Promise.resolve())
      work.then(() => stream.resume()).catch(reject)
      stream.on('end', next)
    })
    extract.on('finish', resolve)
    extract.on('error', reject)
  })
  extract.end(data)
  await done
}

async function scanImage(file: string): Promise<Finding[]> {
  const members = new Map<string, Buffer>()
  await tarEntries(readFileSync(file), async (name, _size, body) => {
    const chunks: Buffer[] = []
    for await (const c of body) chunks.push(c)
    members.set(name, Buffer.concat(chunks))
  })
  const manifest = JSON.parse((members.get('manifest.json') as Buffer).toString()) as { Layers: string[] }[]
  const out: Finding[] = []
  for (const [index, name] of manifest[0].Layers.entries()) {
    const stored = members.get(name) as Buffer
    // crane and docker save store layers compressed or not: the diff id is of the uncompressed tar.
    const layer = stored[0] === 0x1f && stored[1] === 0x8b ? gunzipSync(stored) : stored
    const diffId = `sha256:${sha256Hex(layer)}`
    await tarEntries(layer, async (entry, size, body) => {
      const p = entry.replace(/^(\.\/|\/)+/, '')
      if (path.posix.basename(p).startsWith('.wh.')) return
      const r = await scanSecretsStream(body, p, {
        size,
        location: { layer: { index, digest: diffId, diffId } }
      })
      out.push(...r.findings)
    })
  }
  return out
}

// --- the comparison ---------------------------------------------------------------------------------------

interface TrivySecret {
  target: string
  rule: string
  title: string
  start: number
  end: number
  diffId?: string
}

function readTrivy(file: string): TrivySecret[] {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    Results?: {
      Target: string
      Class: string
      Secrets?: {
        RuleID: string
        Title: string
        StartLine: number
        EndLine: number
        Layer?: { DiffID?: string }
      }[]
    }[]
  }
  return (report.Results ?? []).flatMap(r =>
    (r.Secrets ?? []).map(s => ({
      target: r.Target.replace(/^\/+/, ''),
      rule: s.RuleID,
      title: s.Title,
      start: s.StartLine,
      end: s.EndLine,
      diffId: s.Layer?.DiffID
    }))
  )
}

const gantryRuleFor = new Map<string, string>()
for (const r of SECRET_RULES) for (const e of r.equivalents) gantryRuleFor.set(e.id, r.id)

/** What compare scans: written by parity-secret.mjs into <dir>/targets.json. */
interface Target {
  name: string
  kind: 'fs' | 'image'
  /** Relative to the corpus folder. */
  path: string
  /** Trivy's JSON report, relative to the corpus folder. */
  trivy: string
  /** Nothing may be found here. */
  clean: boolean
}

async function compare(root: string, mdOut: string) {
  const targets = (JSON.parse(readFileSync(path.join(root, 'targets.json'), 'utf8')) as Target[]).map(t => ({
    ...t,
    gantry: () => (t.kind === 'fs' ? scanFolder(root, t.path) : scanImage(path.join(root, t.path)))
  }))
  const rows: string[] = [
    "| target | Trivy findings | in gantry's families | gantry finds them too | in paths gantry skips | gantry findings | gantry only |",
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  const families = new Map<string, { trivy: number; both: number }>()
  const notes: string[] = []
  let bugs = 0
  for (const t of targets) {
    const theirs = readTrivy(path.join(root, t.trivy))
    const ours = await t.gantry()
    const used = new Set<Finding>()
    let covered = 0
    let both = 0
    let skipped = 0
    for (const s of theirs) {
      const rule = gantryRuleFor.get(s.rule)
      if (!rule) {
        notes.push(`${t.name}: Trivy ${s.rule} in ${s.target}:${s.start} has no gantry family (not compared)`)
        continue
      }
      covered++
      const fam = families.get(rule) ?? { trivy: 0, both: 0 }
      fam.trivy++
      const match = ours.find(f => {
        const l = f.locations[0]
        const line = l.line ?? 0
        const end = l.endLine ?? line
        return (
          f.id === rule &&
          l.path === s.target &&
          line <= s.end &&
          end >= s.start &&
          (s.diffId === undefined || l.layer?.diffId === undefined || l.layer.diffId === s.diffId)
        )
      })
      if (match) {
        both++
        fam.both++
        used.add(match)
      } else if (secretSkipReason(s.target)) {
        skipped++
        notes.push(
          `Trivy only, ${t.name}: ${s.rule} in ${s.target}:${s.start} — gantry skips ${secretSkipReason(s.target)}`
        )
      } else {
        bugs++
        notes.push(`MISSED ${t.name}: Trivy ${s.rule} in ${s.target}:${s.start} (a gantry bug)`)
      }
      families.set(rule, fam)
    }
    const extra = ours.filter(f => !used.has(f))
    for (const f of extra)
      notes.push(
        `gantry only, ${t.name}: ${f.id} ${f.title} in ${f.locations[0].path}:${f.locations[0].line}` +
          (f.locations[0].layer ? ` (layer ${f.locations[0].layer.index})` : '') +
          ` — ${reasonExtra(f)}`
      )
    if (t.clean && ours.length) bugs++
    rows.push(
      `| ${t.name} | ${theirs.length} | ${covered} | ${both} | ${skipped} | ${ours.length} | ${extra.length} |`
    )
  }
  const famRows = [
    '| gantry rule | Trivy rules | Trivy findings | gantry finds them too |',
    '| --- | --- | --- | --- |',
    ...SECRET_RULES.map(r => {
      const f = families.get(r.id) ?? { trivy: 0, both: 0 }
      return `| ${r.id} ${r.title} | ${r.equivalents.map(e => e.id).join(', ') || '(none)'} | ${f.trivy} | ${f.both} |`
    })
  ]
  const summary = bugs
    ? `${bugs} problem(s): see MISSED lines, or findings on a clean target.`
    : 'gantry finds every secret Trivy finds in the families it has, and nothing on the clean targets.'
  const text = [summary, '', ...rows, '', ...famRows, '', 'Differences:', '', '```', ...notes, '```'].join(
    '\n'
  )
  console.log(text)
  writeFileSync(mdOut, text)
  process.exitCode = bugs ? 1 : 0
}

function reasonExtra(f: Finding): string {
  if (f.id === 'GANTRY-SECRET-008') return 'generic assignment rule (Trivy has no generic rule)'
  if (f.id === 'GANTRY-SECRET-001' && /legacy-encrypted|DEK/.test(f.locations[0].path))
    return 'a PEM with RFC 1421 headers, which Trivy’s key regex does not allow'
  if (f.id === 'GANTRY-SECRET-001' && /\.asc$/.test(f.locations[0].path))
    return 'an armored PGP key with headers and a checksum line'
  return 'not found by Trivy'
}

async function scanFolder(root: string, name: string): Promise<Finding[]> {
  const r = await scanSecretPaths(['.'], { cwd: path.join(root, name) })
  return r.findings
}

if (command === 'time') {
  // One timed scan of a folder (the Go sources, for the throughput comparison): JSON on stdout.
  const start = performance.now()
  const r = await scanSecretPaths(['.'], { cwd: dir })
  const ms = Math.round(performance.now() - start)
  console.log(JSON.stringify({ ms, scanned: r.scanned, skipped: r.skipped, findings: r.findings.length }))
} else if (command === 'corpus') await corpus(dir, arg, arg2, arg3, arg4)
else if (command === 'compare') await compare(dir, arg)
else throw new Error('usage: parity-secret-core corpus <dir> <go-binary> | compare <dir> <md-out>')
