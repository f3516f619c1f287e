// The tool version reports carry is package.json's.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { TOOL } from '../../src/model/tool.js'
import { repoRoot } from '../helpers/run-action.js'

test('TOOL.version is the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  expect(TOOL).toEqual({ name: pkg.name, version: pkg.version })
})
