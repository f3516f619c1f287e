// The seed-style Dockerfiles the Trivy parity script (bench/parity-misconfig.sh) also runs: each says on its
// first line what gantry reports for it in a two-platform build (`# expect: DF-010@4 DF-002@11`).

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { checkDockerfile } from '../../../src/scan/misconfig/check-dockerfile.js'

const dir = path.join(import.meta.dirname, '../../fixtures/dockerfiles')
const files = readdirSync(dir)
  .filter(f => f.endsWith('.Dockerfile'))
  .sort()

test('there are seed-style and clean fixtures', () => {
  expect(files.length).toBeGreaterThanOrEqual(10)
  expect(files.filter(f => f.startsWith('clean-')).length).toBeGreaterThanOrEqual(3)
})

test.each(files)('%s', file => {
  const text = readFileSync(path.join(dir, file), 'utf8')
  const header = /^# expect: (.*) \(gantry, 2 platforms\)$/m.exec(text.split('\n')[0])
  expect(header).not.toBeNull()
  const expected = header![1] === 'nothing' ? [] : header![1].split(' ').map(s => `GANTRY-${s}`)
  const got = checkDockerfile(text, { path: file, platforms: 2 }).map(f => `${f.id}@${f.locations[0].line}`)
  expect(got.sort()).toEqual(expected.sort())
})
