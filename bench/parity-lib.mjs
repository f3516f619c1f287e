// Shared by the parity scripts: bundle a TypeScript driver with ncc, run Trivy with no network at all (a new
// network namespace: nothing can leave the machine, whatever Trivy tries), and write a BENCHMARKS.md section.

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ncc from '@vercel/ncc'

export async function bundle(entry, outFile) {
  const { code } = await ncc(entry, { quiet: true, minify: false, target: 'es2023' })
  writeFileSync(outFile, code)
  return outFile
}

/** Run trivy with argv inside `unshare -n`; throws with its stderr when it fails. */
export function trivy(bin, argv, opts = {}) {
  const r = spawnSync('unshare', ['-n', bin, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts })
  if (r.status !== 0) throw new Error(`trivy ${argv.join(' ')} failed (${r.status}):\n${r.stderr}`)
  return r
}

export function writeSection(root, marker, title, body) {
  const file = path.join(root, 'BENCHMARKS.md')
  const block = `<!-- ${marker} -->\n## ${title}\n\n${body.trimEnd()}\n<!-- /${marker} -->`
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const re = new RegExp(`<!-- ${marker} -->[\\s\\S]*?<!-- /${marker} -->`)
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`
  writeFileSync(file, text)
}
