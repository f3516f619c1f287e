import { checkDockerfile, type DockerfileCheckOptions } from '../../../src/scan/misconfig/check-dockerfile.js'
import { DockerfileSyntaxError } from '../../../src/scan/misconfig/dockerfile.js'
import { DOCKERFILE_RULES } from '../../../src/scan/misconfig/rules.js'
import { UserError } from '../../../src/util/errors.js'
import { FakeSecrets } from '../../helpers/fake-secrets.js'

const check = (lines: string[], opts: Partial<DockerfileCheckOptions> = {}) =>
  checkDockerfile(lines.join('\n') + '\n', { path: 'build/Dockerfile', ...opts })

/** [id, line] of every finding of the given rule. */
const hits = (id: string, lines: string[], opts: Partial<DockerfileCheckOptions> = {}) =>
  check(lines, opts)
    .filter(f => f.id === id)
    .map(f => f.locations[0].line)

/** A final stage that passes every rule, to append where a test is about earlier lines. */
const CLEAN_TAIL = ['USER 65532:65532', 'HEALTHCHECK CMD ["/app", "health"]', 'ENTRYPOINT ["/app"]']

describe('a clean Go Dockerfile', () => {
  test('cross-compiled, static, non-root, exec form, healthcheck: no findings', () => {
    const f = check(
      [
        '# syntax=docker/dockerfile:1',
        'FROM --platform=$BUILDPLATFORM golang:1.26.2-alpine3.22 AS build',
        'ARG TARGETOS TARGETARCH',
        'WORKDIR /src',
        'COPY go.mod go.sum ./',
        'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
        'COPY . .',
        'RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -o /out/app ./cmd/app',
        'FROM gcr.io/distroless/static-debian12:nonroot',
        'COPY --from=build /out/app /app',
        'HEALTHCHECK CMD ["/app", "health"]',
        'ENTRYPOINT ["/app"]'
      ],
      { platforms: ['linux/amd64', 'linux/arm64'] }
    )
    expect(f).toEqual([])
  })
})

describe('line endings and encodings', () => {
  test('CRLF line endings and a byte order mark: the same findings on the same lines', () => {
    const lines = [
      'FROM golang:latest AS build',
      'RUN apk add git && \\',
      '    go build .',
      'FROM alpine',
      'CMD /app'
    ]
    const lf = checkDockerfile(lines.join('\n'), { path: 'Dockerfile', platforms: 2 })
    const crlf = checkDockerfile('\uFEFF' + lines.join('\r\n'), { path: 'Dockerfile', platforms: 2 })
    const summary = (f: typeof lf) => f.map(x => [x.id, x.locations[0].line])
    expect(summary(crlf)).toEqual(summary(lf))
    expect(summary(lf)).toContainEqual(['GANTRY-DF-009', 5])
  })
})

describe('GANTRY-DF-001 base image tag', () => {
  test(':latest and no tag, on the FROM line with the image’s columns', () => {
    const f = check(['FROM golang:latest AS build', 'RUN true', 'FROM alpine', ...CLEAN_TAIL]).filter(
      x => x.id === 'GANTRY-DF-001'
    )
    expect(
      f.map(x => [x.locations[0].line, x.locations[0].column, x.locations[0].endColumn, x.title])
    ).toEqual([
      [1, 6, 19, 'Base image golang uses :latest'],
      [3, 6, 12, 'Base image alpine has no tag (means :latest)']
    ])
    expect(f[0].aliases).toEqual(['DS-0001', 'AVD-DS-0001', 'DS001', 'DL3006', 'DL3007'])
  })

  test('registry ports, ARG defaults and build args', () => {
    expect(hits('GANTRY-DF-001', ['FROM localhost:5000/base', ...CLEAN_TAIL])).toEqual([1])
    expect(hits('GANTRY-DF-001', ['ARG GO=latest', 'FROM golang:${GO}', ...CLEAN_TAIL])).toEqual([2])
    expect(hits('GANTRY-DF-001', ['ARG REG=ghcr.io', 'FROM ${REG}/octo/base', ...CLEAN_TAIL])).toEqual([2])
    expect(hits('GANTRY-DF-001', ['ARG REG', 'FROM $REG/octo/base', ...CLEAN_TAIL])).toEqual([2])
    expect(
      hits('GANTRY-DF-001', ['ARG GO=1.26', 'FROM golang:${GO}', ...CLEAN_TAIL], {
        buildArgs: { GO: 'latest' }
      })
    ).toEqual([2])
  })

  test('not: scratch, earlier stages (any case), digests, pinned tags, tags or images left to a build arg', () => {
    const none = [
      ['FROM scratch'],
      ['FROM golang:1.26 AS Build', 'RUN true', 'FROM build'],
      ['FROM alpine@sha256:' + 'a'.repeat(64)],
      ['FROM localhost:5000/base:1.2.3'],
      ['ARG GO', 'FROM golang:${GO}'],
      ['ARG IMAGE', 'FROM ${IMAGE}'],
      ['ARG IMAGE=alpine:3.22', 'FROM $IMAGE'],
      ['ARG BASE=alpine', 'ARG TAG', 'FROM ${BASE}:${TAG}']
    ]
    for (const lines of none)
      expect([lines, hits('GANTRY-DF-001', [...lines, ...CLEAN_TAIL])]).toEqual([lines, []])
  })
})

describe('GANTRY-DF-002 root user', () => {
  test('no USER: on the final FROM line; USER root or 0: on that line', () => {
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22', 'RUN true', 'ENTRYPOINT ["/app"]'])).toEqual([1])
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22', 'USER app', 'RUN x', 'USER root'])).toEqual([4])
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22', 'USER 0:0'])).toEqual([2])
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22', 'ARG U=root', 'USER ${U}'])).toEqual([3])
  })

  test('the final stage counts, inherited through stage references; build stages do not', () => {
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22 AS base', 'USER app', 'FROM base', 'RUN x'])).toEqual([])
    expect(
      hits('GANTRY-DF-002', [
        'FROM golang:1.26 AS build',
        'USER nobody',
        'FROM scratch',
        'COPY --from=build /a /a'
      ])
    ).toEqual([3])
  })

  test('not: a non-root USER, a USER from an unknown build arg, distroless nonroot and Chainguard static bases', () => {
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22', 'USER root', 'RUN x', 'USER 65532'])).toEqual([])
    expect(hits('GANTRY-DF-002', ['FROM alpine:3.22', 'ARG UID', 'USER $UID'])).toEqual([])
    expect(hits('GANTRY-DF-002', ['FROM gcr.io/distroless/static-debian12:nonroot'])).toEqual([])
    expect(hits('GANTRY-DF-002', ['FROM gcr.io/distroless/base:debug-nonroot'])).toEqual([])
    expect(hits('GANTRY-DF-002', ['FROM cgr.dev/chainguard/static:latest'])).toEqual([])
    expect(hits('GANTRY-DF-002', ['FROM gcr.io/distroless/static-debian12'])).toEqual([1])
  })
})

describe('GANTRY-DF-003 ADD', () => {
  test('local files and folders, in any stage, on the ADD line', () => {
    expect(
      hits('GANTRY-DF-003', [
        'FROM golang:1.26 AS b',
        'ADD . .',
        'FROM scratch',
        'ADD ["app", "/app"]',
        ...CLEAN_TAIL
      ])
    ).toEqual([2, 4])
    const f = check(['FROM alpine:3.22', 'ADD --chown=1:1 config.yaml /etc/app/', ...CLEAN_TAIL]).find(
      x => x.id === 'GANTRY-DF-003'
    )
    expect(f?.title).toBe('ADD where COPY fits: config.yaml')
  })

  test('not: URLs, git, archives ADD extracts, --checksum, variables', () => {
    for (const add of [
      'ADD https://example.com/a.txt /a.txt',
      'ADD git@github.com:octo/repo.git /src',
      'ADD rootfs.tar.gz /',
      'ADD vendor.tgz /src/',
      'ADD layer.tar.zst /',
      'ADD --checksum=sha256:abc https://x/y /y',
      'ADD ${SRC} /dst'
    ])
      expect([add, hits('GANTRY-DF-003', ['FROM alpine:3.22', add, ...CLEAN_TAIL])]).toEqual([add, []])
  })
})

describe('GANTRY-DF-004/005/006 package managers', () => {
  test('apk add without --no-cache: on the line of the apk command inside a multi-line RUN', () => {
    const lines = [
      'FROM alpine:3.22',
      'RUN set -eux; \\',
      '    addgroup -S app && \\',
      '    apk --update add ca-certificates tzdata',
      ...CLEAN_TAIL
    ]
    const f = check(lines).filter(x => x.id === 'GANTRY-DF-004')
    expect(f.map(x => [x.locations[0].line, x.locations[0].column])).toEqual([[4, 5]])
  })

  test('apk: not with --no-cache, a cache mount, the cache removed in the same RUN, or in a build stage', () => {
    const ok = [
      'RUN apk add --no-cache git',
      'RUN --mount=type=cache,target=/var/cache/apk apk add git',
      'RUN apk add git && rm -rf /var/cache/apk/*',
      'RUN apk info'
    ]
    for (const run of ok)
      expect([run, hits('GANTRY-DF-004', ['FROM alpine:3.22', run, ...CLEAN_TAIL])]).toEqual([run, []])
    expect(
      hits('GANTRY-DF-004', [
        'FROM golang:1.26-alpine AS build',
        'RUN apk add git',
        'FROM scratch',
        ...CLEAN_TAIL
      ])
    ).toEqual([])
    // A stage the final one is built on is in the image.
    expect(
      hits('GANTRY-DF-004', ['FROM alpine:3.22 AS base', 'RUN apk add git', 'FROM base', ...CLEAN_TAIL])
    ).toEqual([2])
  })

  test('apt-get install without --no-install-recommends, and lists left behind', () => {
    const lines = [
      'FROM debian:12-slim',
      'RUN apt-get update && \\',
      '    apt-get install -y ca-certificates',
      'RUN apt-get update && apt-get -y --no-install-recommends install curl && rm -rf /var/lib/apt/lists/*',
      'RUN apt install -y -o APT::Install-Recommends=false tini',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-005', lines)).toEqual([3])
    expect(hits('GANTRY-DF-006', lines)).toEqual([2, 5])
  })

  test('apt: not with a cache mount for the lists, recommends disabled in apt.conf, or in a build stage', () => {
    expect(
      hits('GANTRY-DF-006', [
        'FROM debian:12-slim',
        'RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends git',
        ...CLEAN_TAIL
      ])
    ).toEqual([])
    expect(
      hits('GANTRY-DF-005', [
        'FROM debian:12-slim',
        `RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/norecs`,
        'RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*',
        ...CLEAN_TAIL
      ])
    ).toEqual([])
    expect(
      hits('GANTRY-DF-005', [
        'FROM golang:1.26 AS build',
        'RUN apt-get install -y git',
        'FROM scratch',
        ...CLEAN_TAIL
      ])
    ).toEqual([])
  })

  test('inside if/then, heredocs, and sh -c exec form', () => {
    const lines = [
      'FROM alpine:3.22',
      'RUN if [ -n "$X" ]; then apk add git; fi',
      'RUN <<EOT',
      'set -e',
      'apk add curl',
      'EOT',
      'RUN ["/bin/sh", "-c", "apk add jq"]',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-004', lines)).toEqual([2, 5, 7])
  })

  test('comment lines inside a continued RUN are dropped, as Docker does', () => {
    const lines = [
      'FROM alpine:3.22',
      'RUN apk add \\',
      '# the certificates',
      '    --no-cache ca-certificates',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-004', lines)).toEqual([])
  })
})

describe('GANTRY-DF-007/008 secrets in ENV and ARG', () => {
  const fake = new FakeSecrets(21)
  const awsSecret = fake.awsSecret()
  const ghp = fake.github('ghp_')

  test('literal secrets, in any stage, masked, on the property’s line', () => {
    const lines = [
      'FROM golang:1.26 AS build',
      `ARG GITHUB_TOKEN=${ghp}`,
      'FROM alpine:3.22',
      `ENV AWS_SECRET_ACCESS_KEY=${awsSecret} \\`,
      '    APP_PORT=8080',
      'ENV DB_PASSWORD="s3cr3t-Pa55"',
      `ENV NOTIFY=${fake.slackWebhook()}`,
      ...CLEAN_TAIL
    ]
    const f = check(lines).filter(x => x.id === 'GANTRY-DF-007')
    expect(f.map(x => [x.locations[0].line, x.locations[0].column, x.title, x.severity])).toEqual([
      [2, 5, 'GitHub personal access token (classic) in ARG GITHUB_TOKEN', 'CRITICAL'],
      [4, 5, 'AWS secret access key in ENV AWS_SECRET_ACCESS_KEY', 'CRITICAL'],
      [6, 5, 'Secret in ENV DB_PASSWORD', 'CRITICAL'],
      [7, 5, 'Slack webhook URL in ENV NOTIFY', 'CRITICAL']
    ])
    const json = JSON.stringify(check(lines))
    for (const raw of [ghp, awsSecret, 's3cr3t-Pa55']) expect(json).not.toContain(raw)
    expect(f[0].match).toBe(`ghp_*****${ghp.slice(-4)}`)
  })

  test('build arguments and copied variables, in the stages of the image', () => {
    const lines = [
      'FROM golang:1.26 AS build',
      'ARG NPM_TOKEN',
      'FROM alpine:3.22',
      'ARG GITHUB_TOKEN',
      'ENV API_KEY=${API_KEY}',
      'ARG VERSION',
      ...CLEAN_TAIL
    ]
    expect(
      check(lines)
        .filter(x => x.id === 'GANTRY-DF-008')
        .map(x => [x.locations[0].line, x.title])
    ).toEqual([
      [4, 'ARG GITHUB_TOKEN: a secret passed as a build argument'],
      [5, 'ENV API_KEY copies a secret into the image']
    ])
  })

  test('not: placeholders, files and paths, public keys, ordinary names', () => {
    const lines = [
      'FROM alpine:3.22',
      'ENV DB_PASSWORD=changeme',
      'ENV DB_PASSWORD_FILE=/run/secrets/db',
      'ENV TOKEN_URL=https://auth.internal/token',
      'ENV GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
      'ENV PUBLIC_KEY=abcdef',
      'ENV PATH=/usr/local/go/bin:$PATH GOFLAGS=-trimpath',
      'ARG TARGETARCH',
      ...CLEAN_TAIL
    ]
    expect(check(lines).filter(x => x.id === 'GANTRY-DF-007' || x.id === 'GANTRY-DF-008')).toEqual([])
  })
})

describe('GANTRY-DF-009 shell form', () => {
  test('the effective CMD and ENTRYPOINT only, with the no-shell note for scratch', () => {
    const lines = ['FROM alpine:3.22', 'CMD echo first', 'USER app', 'HEALTHCHECK NONE', 'CMD /app --serve']
    expect(hits('GANTRY-DF-009', lines)).toEqual([5])
    const f = check(['FROM scratch', 'COPY app /app', 'USER 1', 'HEALTHCHECK NONE', 'ENTRYPOINT /app']).find(
      x => x.id === 'GANTRY-DF-009'
    )
    expect([f?.locations[0].line, f?.title, f?.description]).toEqual([
      5,
      'ENTRYPOINT in shell form',
      expect.stringMatching(/no \/bin\/sh: the container will not start/)
    ])
  })

  test('inherited from a stage the final one is built on; not in exec form', () => {
    expect(
      hits('GANTRY-DF-009', ['FROM alpine:3.22 AS base', 'ENTRYPOINT /app', 'FROM base', 'USER app'])
    ).toEqual([2])
    expect(
      hits('GANTRY-DF-009', ['FROM alpine:3.22', 'ENTRYPOINT ["/app", \\', '  "--serve"]', 'CMD []'])
    ).toEqual([])
  })
})

describe('GANTRY-DF-010 Go under QEMU', () => {
  const seed = [
    'FROM golang:1.26 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/app ./cmd/app',
    'FROM scratch',
    'COPY --from=build /out/app /app',
    ...CLEAN_TAIL
  ]

  test('a stage that runs go build without $BUILDPLATFORM, in a multi-platform build: on its FROM line', () => {
    const f = check(seed, { platforms: 4 }).filter(x => x.id === 'GANTRY-DF-010')
    expect(f.map(x => [x.locations[0].line, x.title])).toEqual([
      [1, 'Stage build compiles Go under QEMU emulation']
    ])
    expect(f[0].description).toMatch(/each of the 4 target platforms under QEMU emulation/)
  })

  test('any base that compiles Go, through stage references, and when the Dockerfile itself uses TARGETARCH', () => {
    const lines = [
      'FROM alpine:3.22 AS tools',
      'RUN apk add --no-cache go',
      'FROM tools AS build',
      'RUN go install ./cmd/app',
      'FROM scratch',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-010', lines, { platforms: ['linux/amd64', 'linux/arm64'] })).toEqual([3])
    const targets = [
      'FROM golang:1.26 AS build',
      'ARG TARGETARCH',
      'RUN GOARCH=$TARGETARCH go build ./...',
      'FROM scratch',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-010', targets)).toEqual([1])
    expect(
      hits('GANTRY-DF-010', [
        'FROM golang:1.26 AS build',
        'RUN go build ./...',
        'FROM scratch',
        ...CLEAN_TAIL
      ])
    ).toEqual([])
  })

  test('not: $BUILDPLATFORM (inherited too), one platform, no go build, a fixed platform', () => {
    const cross = seed.map(l => l.replace('FROM golang', 'FROM --platform=$BUILDPLATFORM golang'))
    expect(hits('GANTRY-DF-010', cross, { platforms: 4 })).toEqual([])
    expect(hits('GANTRY-DF-010', seed, { platforms: 1 })).toEqual([])
    expect(
      hits(
        'GANTRY-DF-010',
        seed.map(l => l.replace('go build', 'echo')),
        { platforms: 4 }
      )
    ).toEqual([])
    expect(
      hits(
        'GANTRY-DF-010',
        seed.map(l => l.replace('FROM golang', 'FROM --platform=linux/amd64 golang')),
        { platforms: 4 }
      )
    ).toEqual([])
    const inherited = [
      'FROM --platform=${BUILDPLATFORM} golang:1.26 AS base',
      'FROM base AS build',
      'RUN go build ./...',
      'FROM scratch',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-010', inherited, { platforms: 2 })).toEqual([])
    const emulated = seed.map(l => l.replace('FROM golang', 'FROM --platform=$TARGETPLATFORM golang'))
    expect(hits('GANTRY-DF-010', emulated, { platforms: 2 })).toEqual([1])
  })
})

describe('GANTRY-DF-011 cgo with a static final stage', () => {
  const build = (run: string, base = 'golang:1.26', final = 'scratch', extra: string[] = []) => [
    `FROM ${base} AS build`,
    ...extra,
    run,
    `FROM ${final}`,
    'COPY --from=build /out/app /app',
    ...CLEAN_TAIL
  ]

  test('unset or 1 with scratch or distroless static: on the go build line', () => {
    expect(hits('GANTRY-DF-011', build('RUN go build -o /out/app .'))).toEqual([2])
    expect(hits('GANTRY-DF-011', build('RUN CGO_ENABLED=1 go build -o /out/app .'))).toEqual([2])
    expect(
      hits(
        'GANTRY-DF-011',
        build('RUN go build -o /out/app .', 'golang:1.26', 'gcr.io/distroless/static-debian12:nonroot')
      )
    ).toEqual([2])
    expect(
      hits('GANTRY-DF-011', build('RUN go build .', 'golang:1.26', 'scratch', ['ENV CGO_ENABLED=1']))
    ).toEqual([3])
    expect(
      hits(
        'GANTRY-DF-011',
        build('RUN go build .', 'golang:1.26-alpine', 'scratch', ['RUN apk add --no-cache gcc musl-dev'])
      )
    ).toEqual([3])
    const f = check(build('RUN go build -o /out/app .')).find(x => x.id === 'GANTRY-DF-011')
    expect(f?.title).toBe('go build with CGO_ENABLED unset for a scratch image')
  })

  test('through a chain of COPY --from stages', () => {
    const lines = [
      'FROM golang:1.26 AS compile',
      'RUN go build -o /out/app .',
      'FROM alpine:3.22 AS pack',
      'COPY --from=compile /out/app /app',
      'FROM scratch',
      'COPY --from=pack /app /app',
      ...CLEAN_TAIL
    ]
    expect(hits('GANTRY-DF-011', lines)).toEqual([2])
  })

  test('not: CGO_ENABLED=0 however it is set, static linking, Alpine without a C compiler, other final bases', () => {
    const ok = [
      build('RUN CGO_ENABLED=0 go build -o /out/app .'),
      build('RUN env CGO_ENABLED=0 GOOS=linux go build -o /out/app .'),
      build('RUN export CGO_ENABLED=0 && go build -o /out/app .'),
      build('RUN go env -w CGO_ENABLED=0 && go build .'),
      build('RUN go build .', 'golang:1.26', 'scratch', ['ENV CGO_ENABLED=0']),
      build('RUN go build .', 'golang:1.26', 'scratch', ['ARG CGO_ENABLED=0']),
      build('RUN go build .', 'golang:1.26', 'scratch', ['RUN go env -w CGO_ENABLED=0']),
      build(`RUN go build -ldflags '-linkmode external -extldflags "-static"' .`),
      build('RUN go build .', 'golang:1.26-alpine3.22'),
      build('RUN go build .', 'golang:1.26', 'alpine:3.22'),
      build('RUN go build .', 'golang:1.26', 'gcr.io/distroless/base-debian12'),
      // A value from a build arg the Dockerfile does not give: not guessed.
      build('RUN go build .', 'golang:1.26', 'scratch', ['ARG CGO_ENABLED'])
    ]
    for (const lines of ok) expect([lines, hits('GANTRY-DF-011', lines)]).toEqual([lines, []])
  })
})

describe('GANTRY-DF-012 HEALTHCHECK', () => {
  test('missing: on the final FROM line; NONE or inherited: fine', () => {
    expect(
      hits('GANTRY-DF-012', ['FROM golang:1.26 AS b', 'HEALTHCHECK CMD true', 'FROM alpine:3.22', 'USER app'])
    ).toEqual([3])
    expect(hits('GANTRY-DF-012', ['FROM alpine:3.22', 'HEALTHCHECK NONE'])).toEqual([])
    expect(hits('GANTRY-DF-012', ['FROM alpine:3.22 AS base', 'HEALTHCHECK CMD true', 'FROM base'])).toEqual(
      []
    )
  })
})

describe('syntax errors: one error with the line, never a crash', () => {
  const error = (lines: string[]) => {
    try {
      check(lines)
    } catch (err) {
      expect(err).toBeInstanceOf(DockerfileSyntaxError)
      expect(err).toBeInstanceOf(UserError)
      const e = err as DockerfileSyntaxError
      return [e.line, e.message]
    }
    return undefined
  }

  test.each([
    [['FROM alpine:3.22', 'RUN true', 'COPPY . .'], 3, /unknown instruction "COPPY"/],
    [['RUN true', 'FROM alpine:3.22'], 1, /RUN before the first FROM/],
    [['# just a comment', 'ARG X=1'], 1, /no FROM instruction/],
    [[''], 1, /no FROM instruction/],
    [['FROM alpine:3.22 build'], 1, /FROM takes an image/],
    [['FROM alpine:3.22 AS 1build'], 1, /not a valid stage name/],
    [['FROM alpine:3.22', 'COPY app'], 2, /COPY needs a source and a destination/],
    [['FROM alpine:3.22', 'RUN'], 2, /RUN needs arguments/],
    [['FROM alpine:3.22', 'ENV A=1 B'], 2, /ENV B has no "="/],
    [['FROM alpine:3.22', 'ENV A'], 2, /ENV A has no value/],
    [['FROM alpine:3.22', 'HEALTHCHECK /bin/true'], 2, /HEALTHCHECK takes CMD/],
    [['FROM alpine:3.22', 'RUN a\0b'], 2, /NUL byte/]
  ])('%j', (lines, line, message) => {
    expect(error(lines)).toEqual([line, expect.stringMatching(message)])
    expect(error(lines)?.[1]).toMatch(/^dockerfile: build\/Dockerfile:\d+: .* Fix: /)
  })

  test('binary garbage is an error, not a crash', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)).toString(
      'latin1'
    )
    expect(() => checkDockerfile(garbage, { path: 'Dockerfile' })).toThrow(DockerfileSyntaxError)
  })
})

describe('the rule catalog', () => {
  test('stable, unique ids with a title, a one-line fix and a severity', () => {
    const ids = DOCKERFILE_RULES.map(r => r.id)
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `GANTRY-DF-${String(i + 1).padStart(3, '0')}`))
    for (const r of DOCKERFILE_RULES) {
      expect(r.fix).not.toMatch(/\n/)
      expect(r.title.length).toBeLessThan(70)
    }
  })
})
