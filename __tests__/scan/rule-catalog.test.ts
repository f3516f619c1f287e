import { ruleById, SCAN_RULES } from '../../src/scan/rule-catalog.js'
import { ruleAliases } from '../../src/scan/rule.js'

test('every rule once, sorted by id, with its metadata and no matcher attached', () => {
  const ids = SCAN_RULES.map(r => r.id)
  expect(ids).toEqual([...ids].sort())
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids.filter(i => i.startsWith('GANTRY-DF-'))).toHaveLength(12)
  expect(ids.filter(i => i.startsWith('GANTRY-SECRET-'))).toHaveLength(8)
  for (const r of SCAN_RULES) {
    expect(Object.keys(r).sort()).toEqual([
      'class',
      'description',
      'equivalents',
      'fix',
      'id',
      'severity',
      'title'
    ])
    expect(r.class).toBe(r.id.startsWith('GANTRY-DF-') ? 'misconfig' : 'secret')
  }
  expect(ruleById('GANTRY-DF-002')?.title).toBe('The image runs as root')
  expect(ruleById('GANTRY-NOPE')).toBeUndefined()
})

test('aliases carry the Trivy and hadolint ids an ignore file may name', () => {
  expect(ruleAliases(ruleById('GANTRY-DF-002')!)).toEqual(['DS-0002', 'AVD-DS-0002', 'DS002', 'DL3002'])
  expect(ruleAliases(ruleById('GANTRY-SECRET-005')!)).toContain('github-fine-grained-pat')
})
