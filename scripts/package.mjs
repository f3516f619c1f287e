// Bundle every entry with @vercel/ncc into dist/<entry>/index.js, with:
//   index.js.map   a source map without source contents, so a "gantry bug" stack names src/ lines;
//   licenses.txt   every third-party package bundled into the entry (name, version, license, its text);
//   sources.txt    the sha256 of every project source bundled into it, so tests refuse a stale bundle.
//   node scripts/package.mjs [entry ...]     build (all entries, or the named ones) into dist/
//   node scripts/package.mjs --check         build into a temp folder and fail if dist/ differs
// Entries: each src/actions/<name>.ts is one action bundle; src/cli/main.ts is dist/cli.

import ncc from '@vercel/ncc'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function entries() {
  const list = []
  for (const f of (await readdir(path.join(root, 'src/actions'))).sort()) {
    if (f.endsWith('.ts')) list.push({ name: f.slice(0, -3), file: path.join(root, 'src/actions', f) })
  }
  list.push({ name: 'cli', file: path.join(root, 'src/cli/main.ts') })
  return list
}

/** The package of a file under node_modules: the folder after the last node_modules (two for @scope/). */
async function packageOf(file) {
  const parts = file.split(path.sep)
  const i = parts.lastIndexOf('node_modules')
  if (i < 0 || i + 1 >= parts.length) return undefined
  const n = parts[i + 1].startsWith('@') ? 2 : 1
  const dir = parts.slice(0, i + 1 + n).join(path.sep)
  const meta = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
  return { dir, meta }
}

async function licenseText(dir) {
  const names = (await readdir(dir)).filter(n => /^(licen[cs]e|copying|notice)(\.|$|-)/i.test(n)).sort()
  const texts = []
  for (const n of names) texts.push((await readFile(path.join(dir, n), 'utf8')).trim())
  return texts.join('\n\n')
}

/** licenses.txt and sources.txt from the modules webpack bundled. */
async function inventory(stats) {
  const resources = [...stats.compilation.modules].map(m => m.resource).filter(Boolean)
  const packages = new Map()
  const sources = new Map()
  for (const r of resources) {
    if (r.includes(`${path.sep}node_modules${path.sep}`)) {
      const p = await packageOf(r)
      if (p) packages.set(`${p.meta.name}@${p.meta.version}`, p)
    } else if (r.startsWith(root + path.sep)) {
      sources.set(
        path.relative(root, r).split(path.sep).join('/'),
        createHash('sha256')
          .update(await readFile(r))
          .digest('hex')
      )
    }
  }
  const blocks = []
  for (const key of [...packages.keys()].sort()) {
    const { dir, meta } = packages.get(key)
    const license = typeof meta.license === 'string' ? meta.license : (meta.license?.type ?? 'UNKNOWN')
    const text = await licenseText(dir)
    if (!text && license === 'UNKNOWN')
      throw new Error(`${key} has neither a license field nor a license file`)
    blocks.push(`${key}\n${license}\n${text}`.trim())
  }
  const lockHash = createHash('sha256')
    .update(await readFile(path.join(root, 'package-lock.json')))
    .digest('hex')
  const sourceLines = [...sources.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([f, h]) => `${h}  ${f}`)
  return {
    licenses: blocks.join('\n\n') + '\n',
    sources: [`${lockHash}  package-lock.json`, ...sourceLines].join('\n') + '\n',
    packageCount: packages.size
  }
}

/** A source map without the sources' text: the line mappings are all a stack trace needs. */
function slimMap(text) {
  const m = JSON.parse(text)
  delete m.sourcesContent
  return JSON.stringify(m)
}

async function build(entry, outRoot) {
  const { code, map, assets, stats } = await ncc(entry.file, {
    cache: false,
    minify: false,
    sourceMap: true,
    sourceMapRegister: false,
    quiet: true,
    target: 'es2023'
  })
  const dir = path.join(outRoot, entry.name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  // Node applies source maps only to files loaded after they are enabled: index.js enables them, then
  // loads the bundle (main.js), so a stack names src/ lines.
  // The CLI is started once per command, so its start-up counts (a warm rebuild is a few hundred ms): V8's
  // compile cache keeps the compiled bundle between runs, and the source map is read only when a stack can
  // be printed (--verbose, GANTRY_DEBUG=1), since reading it costs every run.
  const loader =
    entry.name === 'cli'
      ? [
          '#!/usr/bin/env node',
          '// The bundle is main.js. V8 keeps its compiled code between runs (the compile cache, in the user cache',
          '// folder); source maps, so stacks name src/ lines, are turned on only when a stack can be printed.',
          "import module from 'node:module'",
          "import os from 'node:os'",
          "import path from 'node:path'",
          "const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')",
          "module.enableCompileCache?.(path.join(cache, 'gantry', 'node-compile-cache'))",
          "const verbose = process.argv.some(a => a === '-v' || a === '--verbose' || a === '--verbose=true')",
          "if (verbose || process.env.GANTRY_DEBUG === '1') process.setSourceMapsEnabled(true)",
          "await import('./main.js')",
          ''
        ].join('\n')
      : [
          '// The bundle is main.js; this loader turns on source maps first so stacks name src/ lines.',
          'process.setSourceMapsEnabled(true)',
          "await import('./main.js')",
          ''
        ].join('\n')
  await writeFile(path.join(dir, 'index.js'), loader, { mode: entry.name === 'cli' ? 0o755 : 0o644 })
  const bundled = code
    .replace(/^#!.*\n/, '')
    .replace(/\/\/# sourceMappingURL=index\.js\.map\s*$/, '//# sourceMappingURL=main.js.map\n')
  await writeFile(path.join(dir, 'main.js'), bundled)
  if (map) await writeFile(path.join(dir, 'main.js.map'), slimMap(map))
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'index.js.map') continue // the main bundle's map, written above as main.js.map
    const p = path.join(dir, name)
    await mkdir(path.dirname(p), { recursive: true })
    const source = name.endsWith('.map') ? slimMap(asset.source.toString()) : asset.source
    await writeFile(p, source, asset.permissions ? { mode: asset.permissions } : undefined)
  }
  const inv = await inventory(stats)
  await writeFile(path.join(dir, 'licenses.txt'), inv.licenses)
  await writeFile(path.join(dir, 'sources.txt'), inv.sources)
  return inv.packageCount
}

async function listFiles(dir, base = dir) {
  const out = []
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await listFiles(p, base)))
    else out.push(path.relative(base, p))
  }
  return out.sort()
}

async function main() {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const wanted = args.filter(a => !a.startsWith('--'))
  const all = await entries()
  const selected = wanted.length ? all.filter(e => wanted.includes(e.name)) : all
  if (wanted.length && selected.length !== wanted.length) {
    console.error(`unknown entry; entries are: ${all.map(e => e.name).join(', ')}`)
    process.exit(2)
  }
  const out = check ? await mkdtemp(path.join(os.tmpdir(), 'gantry-dist-')) : path.join(root, 'dist')
  for (const e of selected) {
    const start = Date.now()
    const packages = await build(e, out)
    console.error(
      `dist/${e.name}/index.js: ${packages} packages (${((Date.now() - start) / 1000).toFixed(1)} s)`
    )
  }
  if (!check) return
  const committed = path.join(root, 'dist')
  const a = await listFiles(out)
  const b = await listFiles(committed)
  const problems = []
  for (const f of new Set([...a, ...b])) {
    if (!a.includes(f)) problems.push(`dist/${f} is committed but no entry produces it`)
    else if (!b.includes(f)) problems.push(`dist/${f} is missing`)
    else {
      const [x, y] = await Promise.all([readFile(path.join(out, f)), readFile(path.join(committed, f))])
      if (!x.equals(y)) problems.push(`dist/${f} differs from a fresh build`)
    }
  }
  await rm(out, { recursive: true, force: true })
  if (problems.length) {
    console.error(problems.join('\n'))
    console.error('dist/ is out of date: run `npm run package` and commit dist/.')
    process.exit(1)
  }
  console.error(`dist/ is up to date (${a.length} files)`)
}

await main()
