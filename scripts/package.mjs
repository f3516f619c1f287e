// Bundle every entry with @vercel/ncc into dist/<entry>/index.js.
//   node scripts/package.mjs [entry ...]     build (all entries, or the named ones) into dist/
//   node scripts/package.mjs --check         build into a temp folder and fail if dist/ differs
// Entries: each src/actions/<name>.ts is one action bundle; src/cli/main.ts is dist/cli.

import ncc from '@vercel/ncc'
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

async function build(entry, outRoot) {
  const { code, assets } = await ncc(entry.file, {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2023'
  })
  const dir = path.join(outRoot, entry.name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  let text = code
  if (entry.name === 'cli' && !text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text
  await writeFile(path.join(dir, 'index.js'), text, { mode: entry.name === 'cli' ? 0o755 : 0o644 })
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const p = path.join(dir, name)
    await mkdir(path.dirname(p), { recursive: true })
    await writeFile(p, asset.source, asset.permissions ? { mode: asset.permissions } : undefined)
  }
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
    await build(e, out)
    console.error(`dist/${e.name}/index.js (${((Date.now() - start) / 1000).toFixed(1)} s)`)
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
