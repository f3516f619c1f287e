// Inputs -> the docker buildx build argv, as a table (the style of docker/build-push-action's tests).
import { buildxBuildArgs, type BuildxBuildInput } from '../../src/image/buildx-args.js'

const base: BuildxBuildInput = {
  context: '/ctx',
  dockerfile: '/ctx/Dockerfile',
  platforms: ['linux/amd64', 'linux/arm64'],
  labels: [],
  annotations: [],
  buildArgs: [],
  secretIds: [],
  provenance: false,
  cacheFrom: [],
  cacheTo: [],
  output: { kind: 'push', names: ['ghcr.io/org/app'] },
  metadataFile: '/m/metadata.json'
}
const v = { buildx: '0.37.2', buildkit: 'v0.33.1' }

describe('buildxBuildArgs', () => {
  test.each<[string, Partial<BuildxBuildInput>, typeof v, string[]]>([
    [
      'push by digest, no attestations',
      {},
      v,
      [
        'buildx',
        'build',
        '--file',
        '/ctx/Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '--metadata-file',
        '/m/metadata.json',
        '--provenance=false',
        '--sbom=false',
        '--output',
        'type=image,name=ghcr.io/org/app,push-by-digest=true,name-canonical=true,push=true',
        '/ctx'
      ]
    ],
    [
      'two repositories are one CSV-quoted name field; SOURCE_DATE_EPOCH clamps layer times',
      { output: { kind: 'push', names: ['a.io/x', 'b.io/y'] }, sourceDateEpoch: 1700000000, builder: 'b1' },
      v,
      [
        'buildx',
        'build',
        '--builder',
        'b1',
        '--file',
        '/ctx/Dockerfile',
        '--platform',
        'linux/amd64,linux/arm64',
        '--metadata-file',
        '/m/metadata.json',
        '--provenance=false',
        '--sbom=false',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--output',
        'type=image,"name=a.io/x,b.io/y",push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true',
        '/ctx'
      ]
    ],
    [
      'old BuildKit: no rewrite-timestamp',
      { sourceDateEpoch: 1, output: { kind: 'load', names: ['app:1'] }, platforms: ['linux/amd64'] },
      { buildx: '0.12.0', buildkit: 'v0.12.5' },
      [
        'buildx',
        'build',
        '--file',
        '/ctx/Dockerfile',
        '--platform',
        'linux/amd64',
        '--metadata-file',
        '/m/metadata.json',
        '--provenance=false',
        '--sbom=false',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1',
        '--output',
        'type=docker,name=app:1',
        '/ctx'
      ]
    ],
    [
      'attestations, labels, annotations, args, secrets, caches, OCI layout',
      {
        provenance: true,
        labels: [['a', '1']],
        annotations: [['index:b', '2']],
        buildArgs: [['X', 'y=z']],
        secretIds: ['npm-token'],
        cacheFrom: ['type=gha,scope=app'],
        cacheTo: ['type=gha,scope=app,mode=max'],
        platforms: [],
        output: { kind: 'oci-layout', dest: '/out/layout' }
      },
      v,
      [
        'buildx',
        'build',
        '--file',
        '/ctx/Dockerfile',
        '--metadata-file',
        '/m/metadata.json',
        '--provenance=mode=min',
        '--sbom=false',
        '--build-arg',
        'X=y=z',
        '--label',
        'a=1',
        '--annotation',
        'index:b=2',
        '--secret',
        'id=npm-token,env=GANTRY_SECRET_NPM_TOKEN',
        '--cache-from',
        'type=gha,scope=app',
        '--cache-to',
        'type=gha,scope=app,mode=max',
        '--output',
        'type=oci,dest=/out/layout,tar=false',
        '/ctx'
      ]
    ]
  ])('%s', (_name, input, versions, argv) => {
    expect(buildxBuildArgs({ ...base, ...input }, versions)).toEqual(argv)
  })

  test('gates: buildx too old, annotations before 0.12', () => {
    expect(() => buildxBuildArgs(base, { buildx: '0.9.1' })).toThrow(/^engine: buildx 0.9.1 is too old/)
    expect(() => buildxBuildArgs({ ...base, annotations: [['a', 'b']] }, { buildx: 'v0.11.2' })).toThrow(
      /^annotations: annotations need buildx 0.12/
    )
  })
})
