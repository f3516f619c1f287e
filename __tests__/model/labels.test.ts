// The one OCI label set of the tag and image stages: fixed order, one line per value, payload facts checked.
import { mergeLabels, ociLabels, repositoryLabels } from '../../src/model/labels.js'
import { ci } from '../helpers/ci.js'

test('eight labels in a fixed order; a payload description cannot add label lines', () => {
  const repo = repositoryLabels(
    ci({
      repository: 'octo/hello',
      payload: { repository: { description: 'hello\r\norg.evil=1\nmore', license: { spdx_id: 'MIT' } } }
    })
  )
  const labels = ociLabels({ ...repo, version: '1.2.3', revision: 'abc', created: 0, title: 'hello' })
  expect(labels).toEqual([
    ['org.opencontainers.image.created', '1970-01-01T00:00:00Z'],
    ['org.opencontainers.image.description', 'hello org.evil=1 more'],
    ['org.opencontainers.image.licenses', 'MIT'],
    ['org.opencontainers.image.revision', 'abc'],
    ['org.opencontainers.image.source', 'https://github.com/octo/hello'],
    ['org.opencontainers.image.title', 'hello'],
    ['org.opencontainers.image.url', 'https://github.com/octo/hello'],
    ['org.opencontainers.image.version', '1.2.3']
  ])
})

test('payload values of the wrong type and NOASSERTION are left out; user labels win', () => {
  const repo = repositoryLabels(
    ci({ payload: { repository: { description: 42, license: { spdx_id: 'NOASSERTION' } } } })
  )
  expect(repo).toEqual({ repositoryUrl: undefined, description: undefined, licenses: undefined })
  expect(
    mergeLabels(
      [
        ['b', '1'],
        ['a', '2']
      ],
      [['b', 'mine']]
    )
  ).toEqual([
    ['a', '2'],
    ['b', 'mine']
  ])
})
