// The CLI's stage catalog (names, summaries and loaders read at start-up) is the stage list: same stages,
// same order, and each loader gives the very stage STAGES holds.
import { STAGE_CATALOG, catalogEntry } from '../../src/stages/catalog.js'
import { STAGES } from '../../src/stages/index.js'

test('the catalog names every stage of STAGES, in order, with its summary', () => {
  expect(STAGE_CATALOG.map(e => [e.name, e.summary])).toEqual(STAGES.map(s => [s.name, s.summary]))
})

test('each entry loads its own stage', async () => {
  for (const [i, entry] of STAGE_CATALOG.entries()) expect(await entry.load()).toBe(STAGES[i])
  expect(catalogEntry('build')?.name).toBe('build')
  expect(catalogEntry('nope')).toBeUndefined()
})
