// List functions in src/ longer than a limit (default 80 lines): `node scripts/long-functions.mjs [limit]`.
// Exits 1 when there is one, so the test command can keep functions short.
import ts from 'typescript'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const limit = Number(process.argv[2] ?? 80)
const files = []
const walk = d => {
  for (const e of readdirSync(d)) {
    const p = path.join(d, e)
    if (statSync(p).isDirectory()) walk(p)
    else if (p.endsWith('.ts')) files.push(p)
  }
}
walk(path.join(root, 'src'))
const long = []
for (const f of files) {
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true)
  const visit = node => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart()).line
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > limit) {
        const name =
          node.name?.getText(sf) ??
          (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : '(anonymous)')
        long.push(`${path.relative(root, f)}:${start + 1} ${name} ${lines} lines`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
}
if (long.length) {
  console.error(`functions over ${limit} lines:\n${long.join('\n')}`)
  process.exit(1)
}
