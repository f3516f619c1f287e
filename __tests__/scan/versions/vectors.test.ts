// Debian and Alpine ordering against osv-scalibr's version vectors (semantic/testdata at v0.5.3, Apache-2.0;
// copied under __tests__/fixtures/osv-scalibr-semantic with their license, see the README there). The
// generated files (~14k comparisons each, made with dpkg and apk-tools) must pass whole; the hand-written
// files hold edge cases, where the few differences are listed with the reason.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compareAlpine } from '../../../src/scan/versions/alpine.js'
import { compareDebian } from '../../../src/scan/versions/debian.js'

const dir = path.join(import.meta.dirname, '../../fixtures/osv-scalibr-semantic')

interface Vector {
  line: number
  a: string
  op: '<' | '=' | '>'
  b: string
}

function vectors(file: string): Vector[] {
  const out: Vector[] = []
  readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const t = text.trim()
      if (!t || t.startsWith('#')) return
      const m = /^(\S+) ([<=>]) (\S+)$/.exec(t)
      if (!m) throw new Error(`${file}:${i + 1}: unreadable vector ${JSON.stringify(t)}`)
      out.push({ line: i + 1, a: m[1], op: m[2] as Vector['op'], b: m[3] })
    })
  return out
}

const sign = (n: number): '<' | '=' | '>' => (n < 0 ? '<' : n > 0 ? '>' : '=')

/** Vectors whose both directions do not hold: "a op b" must give op, and "b op a" its mirror. */
function failures(file: string, cmp: (a: string, b: string) => number): string[] {
  const mirror = { '<': '>', '=': '=', '>': '<' } as const
  const bad: string[] = []
  for (const v of vectors(file)) {
    const got = sign(cmp(v.a, v.b))
    const back = sign(cmp(v.b, v.a))
    if (got !== v.op || back !== mirror[v.op])
      bad.push(`${file}:${v.line}: ${v.a} ${v.op} ${v.b} (got ${got}, reverse ${back})`)
  }
  return bad
}

// Hand-written vectors for invalid Alpine versions where apk-tools 3 changed the order that apk-tools 2 (the
// apk of Alpine 3.x, whose token rules compareAlpine follows) gives; the file itself notes the difference for
// most of them. Real packages and Alpine's security database use valid versions, where both agree.
const ALPINE_APK2_ONLY = [
  'alpine-versions.txt:4: 1-r-0 < 1-r0 (got >, reverse <)',
  'alpine-versions.txt:5: 1-r-1 < 1-r0 (got >, reverse <)',
  'alpine-versions.txt:15: 0.r1 < 0r2 (got >, reverse <)',
  'alpine-versions.txt:24: 0.8.21.r2 < 0.8.21r2 (got >, reverse <)',
  'alpine-versions.txt:27: 1.2.0A < 1.2.0d (got >, reverse <)',
  'alpine-versions.txt:28: 1.2.0D < 1.2.0d (got >, reverse <)',
  'alpine-versions.txt:40: 1 > 1-ruff (got <, reverse >)',
  'alpine-versions.txt:47: 1-ruff2 = 1--ruff1 (got <, reverse >)'
]

describe('Debian ordering (dpkg) against osv-scalibr vectors', () => {
  test('every generated vector holds, both ways', () => {
    expect(vectors('debian-versions-generated.txt').length).toBeGreaterThan(14_000)
    expect(failures('debian-versions-generated.txt', compareDebian)).toEqual([])
  })
  test('every hand-written vector holds', () => {
    expect(failures('debian-versions.txt', compareDebian)).toEqual([])
  })
})

describe('Alpine ordering (apk-tools) against osv-scalibr vectors', () => {
  test('every generated vector holds, both ways', () => {
    expect(vectors('alpine-versions-generated.txt').length).toBeGreaterThan(13_000)
    expect(failures('alpine-versions-generated.txt', compareAlpine)).toEqual([])
  })
  test('hand-written vectors hold except the documented apk-tools 3 differences on invalid versions', () => {
    expect(vectors('alpine-versions.txt').length).toBeGreaterThan(700)
    expect(failures('alpine-versions.txt', compareAlpine)).toEqual(ALPINE_APK2_ONLY)
  })
})
