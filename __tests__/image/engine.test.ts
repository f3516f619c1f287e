// Which engine runs (auto: oci unless an input needs buildx), and the oci engine's annotation levels.
import { chooseEngine } from '../../src/image/engine.js'
import { splitAnnotations } from '../../src/image/oci-engine.js'
import { imageOptions } from '../../src/stages/image.js'

const opts = (raw: Record<string, string>): ReturnType<typeof imageOptions> => imageOptions(raw, '/w')

describe('engine choice', () => {
  test('auto: oci for prebuilt binaries, buildx when an input needs a Dockerfile build', () => {
    expect(chooseEngine(opts({}))).toEqual({ engine: 'oci', why: expect.stringMatching(/no Dockerfile/) })
    expect(chooseEngine(opts({ dockerfile: 'Dockerfile' }))).toEqual({
      engine: 'buildx',
      why: 'dockerfile set: a Dockerfile build'
    })
    expect(chooseEngine(opts({ 'build-args': 'A=1', builder: 'b' })).why).toBe(
      'build-args, builder set: a Dockerfile build'
    )
    expect(chooseEngine(opts({ provenance: 'true' })).engine).toBe('buildx')
    expect(chooseEngine(opts({ engine: 'buildx' })).engine).toBe('buildx')
    expect(chooseEngine(opts({ engine: 'oci', load: 'true' })).engine).toBe('oci')
  })

  test('engine oci with buildx-only inputs, or output with them: UserErrors naming the input', () => {
    expect(() => chooseEngine(opts({ engine: 'oci', 'cache-from': 'type=gha' }))).toThrow(
      /^cache-from: the oci engine does not take cache-from/
    )
    expect(() => chooseEngine(opts({ output: 'out', dockerfile: 'Dockerfile' }))).toThrow(/^output: /)
    expect(() => opts({ engine: 'kaniko' })).toThrow(/^engine: "kaniko" is not one of auto, oci, buildx/)
    expect(() => opts({ 'registry-timeout': '0' })).toThrow(/^registry-timeout/)
    expect(opts({ 'registry-timeout': '20' }).registryTimeoutMs).toBe(20_000)
    expect(opts({}).registryTimeoutMs).toBe(90_000)
    expect(opts({ output: 'out/layout' }).output).toBe('/w/out/layout')
  })

  test('annotations: manifests by default, index: and manifest: levels', () => {
    expect(
      splitAnnotations([
        ['a', '1'],
        ['index:b', '2'],
        ['manifest:c', '3']
      ])
    ).toEqual({ index: { b: '2' }, manifest: { a: '1', c: '3' } })
    expect(() => splitAnnotations([['manifest-descriptor:x', '1']])).toThrow(/^annotations: /)
  })
})
