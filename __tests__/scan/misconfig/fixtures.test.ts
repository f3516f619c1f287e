// The seed-style Dockerfiles the Trivy parity script (bench/parity-misconfig.sh) also runs: each says on its
// first line what gantry reports for it in a two-platform build (`# expect: DF-010@4 DF-002@11`).

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { checkDockerfile } from '../../../src/scan/misconfig/check-dockerfile.js'
import { DockerfileSyntaxError } from '../../../src/scan/misconfig/dockerfile.js'
import { seededRandom } from '../../helpers/fake-secrets.js'

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

test('mangled fixtures: findings or one DockerfileSyntaxError, never another exception', () => {
  const rnd = seededRandom(99)
  const pick = (n: number) => Math.floor(rnd() * n)
  const junk = [
    '\\',
    '"',
    "'",
    '$',
    '${',
    '}',
    '[',
    ']',
    '<<EOF',
    '\n',
    ' ',
    '#',
    '&&',
    '--from=',
    'AS',
    '\t',
    '='
  ]
  let errors = 0
  let runs = 0
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    for (let i = 0; i < 80; i++) {
      let t = text
      for (let k = 0, n = 1 + pick(4); k < n; k++) {
        const at = pick(t.length)
        const op = pick(3)
        if (op === 0) t = t.slice(0, at) + t.slice(at + 1 + pick(40))
        else if (op === 1) t = t.slice(0, at) + junk[pick(junk.length)] + t.slice(at)
        else t = t.slice(0, at)
      }
      runs++
      try {
        checkDockerfile(t, { path: file, platforms: 1 + pick(3) })
      } catch (err) {
        if (!(err instanceof DockerfileSyntaxError))
          throw new Error(`${file} mutation ${i}: ${String(err)}\n${t}`)
        expect(err.line).toBeGreaterThanOrEqual(1)
        errors++
      }
    }
  }
  expect(runs).toBe(files.length * 80)
  expect(errors).toBeGreaterThan(0)
})
