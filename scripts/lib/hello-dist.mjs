// A stand-in for the go-build stage where a script needs prebuilt binaries (the demo's image step, the
// image benchmark): plain `go build` of examples/hello per platform, and artifacts.json in the go-build
// stage's format (src/go/artifacts.ts), so the image stage reads it as it reads the real thing.
//   node scripts/lib/hello-dist.mjs <out-dir> <version> <platform>...   e.g. linux/amd64 linux/arm/v7
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const [out, version, ...platforms] = process.argv.slice(2)
if (!out || !version || !platforms.length) {
  console.error('usage: node scripts/lib/hello-dist.mjs <out-dir> <version> <platform>...')
  process.exit(2)
}
const artifacts = []
for (const p of platforms) {
  const [goos, goarch, variant] = p.split('/')
  const env = { ...process.env, GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' }
  if (goarch === 'arm') env.GOARM = (variant ?? 'v7').slice(1)
  const rel = `hello_${goos}_${goarch}${variant ? `_${variant}` : ''}/hello`
  const file = path.join(out, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  execFileSync(
    'go',
    ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${version}`, '-o', file, './cmd/hello'],
    { cwd: path.join(root, 'examples/hello'), env, stdio: 'inherit' }
  )
  const bytes = readFileSync(file)
  const target = { goos, goarch, ...(goarch === 'arm' ? { variant: variant ?? 'v7' } : {}) }
  artifacts.push({
    kind: 'binary',
    target,
    path: rel,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    binary: 'hello'
  })
}
const manifest = {
  schemaVersion: 1,
  project: { module: 'example.com/hello', version, commit: '', date: '2026-01-01T00:00:00Z', goVersion: '' },
  artifacts
}
writeFileSync(path.join(out, 'artifacts.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(path.join(out, 'artifacts.json'))
