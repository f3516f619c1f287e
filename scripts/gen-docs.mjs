// Generate the input and output tables of docs/<action>.md from actions/<action>/action.yml (and of
// docs/pipeline.md from the root action.yml when it exists), between these markers:
//   <!-- gantry:inputs --> ... <!-- /gantry:inputs -->   and   <!-- gantry:outputs --> ... <!-- /gantry:outputs -->
// `node scripts/gen-docs.mjs --check` fails when a table is out of date.

import { readdir, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')

const cell = s =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim()

function inputsTable(inputs = {}) {
  const rows = ['| input | default | description |', '| --- | --- | --- |']
  for (const [name, i] of Object.entries(inputs)) {
    const def =
      i.default === undefined || i.default === ''
        ? i.required
          ? '(required)'
          : ''
        : `\`${cell(i.default)}\``
    rows.push(`| \`${name}\` | ${def} | ${cell(i.description)} |`)
  }
  return rows.join('\n')
}

function outputsTable(outputs = {}) {
  const rows = ['| output | description |', '| --- | --- |']
  for (const [name, o] of Object.entries(outputs)) rows.push(`| \`${name}\` | ${cell(o.description)} |`)
  return rows.join('\n')
}

function replaceBlock(text, tag, body) {
  const re = new RegExp(`(<!-- gantry:${tag} -->)[\\s\\S]*?(<!-- /gantry:${tag} -->)`)
  if (!re.test(text)) return text
  return text.replace(re, `$1\n${body}\n$2`)
}

const pairs = []
for (const name of (await readdir(path.join(root, 'actions'))).sort())
  pairs.push([path.join(root, 'actions', name, 'action.yml'), path.join(root, 'docs', `${name}.md`)])
if (existsSync(path.join(root, 'action.yml')))
  pairs.push([path.join(root, 'action.yml'), path.join(root, 'docs', 'pipeline.md')])

const stale = []
for (const [ymlPath, docPath] of pairs) {
  if (!existsSync(ymlPath)) continue
  const action = load(await readFile(ymlPath, 'utf8'))
  if (!existsSync(docPath)) {
    stale.push(`${path.relative(root, docPath)} is missing`)
    continue
  }
  const before = await readFile(docPath, 'utf8')
  let after = replaceBlock(before, 'inputs', inputsTable(action.inputs))
  after = replaceBlock(after, 'outputs', outputsTable(action.outputs))
  if (after === before) continue
  if (check) stale.push(`${path.relative(root, docPath)} tables are out of date`)
  else await writeFile(docPath, after)
}
if (stale.length) {
  console.error(stale.join('\n') + '\nrun `npm run docs` and commit docs/.')
  process.exit(1)
}
