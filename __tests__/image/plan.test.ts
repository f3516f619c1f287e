import { resolvePlan, resolveRefs } from '../../src/image/plan.js'
import { imageOptions } from '../../src/stages/image.js'
import { ci } from '../helpers/ci.js'
import { formatRef, repositoryName } from '../../src/model/image-ref.js'

describe('resolveRefs', () => {
  const names = (o: { images: string[]; tags: string[] }): { repos: string[]; refs: string[] } => {
    const r = resolveRefs(o)
    return { repos: r.repositories.map(repositoryName), refs: r.refs.map(formatRef) }
  }

  test('images × bare tags, sorted and unique', () => {
    expect(names({ images: ['ghcr.io/o/b', 'ghcr.io/o/a', 'ghcr.io/o/a'], tags: ['2', '1', '2'] })).toEqual({
      repos: ['ghcr.io/o/a', 'ghcr.io/o/b'],
      refs: ['ghcr.io/o/a:1', 'ghcr.io/o/a:2', 'ghcr.io/o/b:1', 'ghcr.io/o/b:2']
    })
  })

  test('no tags: latest', () => {
    expect(names({ images: ['ghcr.io/o/a'], tags: [] }).refs).toEqual(['ghcr.io/o/a:latest'])
  })

  test('full references (the tag action output) add their repositories; no latest is added', () => {
    expect(names({ images: [], tags: ['ghcr.io/o/a:1.2.3', 'docker.io/o/a:1.2.3'] })).toEqual({
      repos: ['docker.io/o/a', 'ghcr.io/o/a'],
      refs: ['docker.io/o/a:1.2.3', 'ghcr.io/o/a:1.2.3']
    })
  })

  test('no images and no tags: nothing to push to', () => {
    expect(names({ images: [], tags: [] })).toEqual({ repos: [], refs: [] })
  })

  test('a full reference needs a tag and no digest', () => {
    expect(() => resolveRefs({ images: [], tags: ['ghcr.io/o/a'] })).toThrow(
      /^tags: "ghcr.io\/o\/a" has no tag/
    )
    expect(() => resolveRefs({ images: [], tags: [`ghcr.io/o/a:1@sha256:${'a'.repeat(64)}`] })).toThrow(
      /has a digest/
    )
  })
})

describe('resolvePlan: merge with push-by-digest', () => {
  const d = (c: string): string => `ghcr.io/o/a@sha256:${c.repeat(64)}`

  test('a digest-only merge needs no images and plans no tag', async () => {
    const plan = await resolvePlan(
      imageOptions({ merge: `${d('a')}\n${d('b')}`, 'push-by-digest': 'true' }, '/work'),
      ci()
    )
    expect(plan.refs).toEqual([])
    expect(plan.options.merge).toEqual([d('a'), d('b')])
  })

  test('tags with a digest-only merge are refused, naming tags', async () => {
    await expect(
      resolvePlan(
        imageOptions({ merge: d('a'), 'push-by-digest': 'true', tags: 'ghcr.io/o/a:1.2.3' }, '/work'),
        ci()
      )
    ).rejects.toThrow(/^tags: merge with push-by-digest writes no tags/)
  })

  test('a merge that tags still needs somewhere to push', async () => {
    await expect(resolvePlan(imageOptions({ merge: d('a') }, '/work'), ci())).rejects.toThrow(
      /^images: merge needs somewhere to push the index/
    )
  })
})
