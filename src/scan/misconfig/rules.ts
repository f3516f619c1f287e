// The Dockerfile rules: stable ids, severity, title, one-line fix, and the same check in Trivy (its embedded
// trivy-checks, DS-xxxx, as of Trivy v0.74.0), hadolint (DLxxxx) or BuildKit's build checks, for the docs,
// SARIF `relationships` and ignore files written for those tools. The checks themselves live in checks/.

import type { RuleEquivalent, RuleInfo } from '../rule.js'

const trivy = (id: string, note?: string): RuleEquivalent => ({
  tool: 'trivy',
  id,
  ...(note ? { note } : {})
})
const hadolint = (id: string, note?: string): RuleEquivalent => ({
  tool: 'hadolint',
  id,
  ...(note ? { note } : {})
})
const buildkit = (id: string): RuleEquivalent => ({ tool: 'buildkit', id })

const rule = (r: Omit<RuleInfo, 'class'>): RuleInfo => ({ class: 'misconfig', ...r })

export const DF = {
  latestBase: rule({
    id: 'GANTRY-DF-001',
    severity: 'MEDIUM',
    title: 'Base image without a pinned tag',
    fix: 'Pin the base image: FROM golang:1.26.2-alpine3.22 (or a digest, @sha256:…), never :latest or no tag.',
    description:
      'A FROM with `:latest` or no tag builds from whatever the tag points at that day: builds stop being ' +
      'reproducible and a base change arrives unreviewed. scratch, earlier stages and digest-pinned images are fine.',
    equivalents: [trivy('DS-0001'), hadolint('DL3006', 'no tag'), hadolint('DL3007', ':latest')]
  }),
  rootUser: rule({
    id: 'GANTRY-DF-002',
    severity: 'HIGH',
    title: 'The image runs as root',
    fix: 'Add USER 65532:65532 (or another non-root user) to the final stage, after the steps that need root.',
    description:
      'The final stage has no USER, or its last USER is root or 0, so the container process runs as root: a ' +
      'compromise of the process is a compromise of everything root can reach in the container.',
    equivalents: [trivy('DS-0002'), hadolint('DL3002', 'last USER root')]
  }),
  addInsteadOfCopy: rule({
    id: 'GANTRY-DF-003',
    severity: 'LOW',
    title: 'ADD where COPY fits',
    fix: 'Use COPY for local files; keep ADD only for URLs and for tar archives it should extract.',
    description:
      'ADD also fetches URLs and extracts local archives. For plain files COPY does the same with no surprise ' +
      'extraction, which is why COPY is the default.',
    equivalents: [trivy('DS-0005'), hadolint('DL3020')]
  }),
  apkCache: rule({
    id: 'GANTRY-DF-004',
    severity: 'LOW',
    title: 'apk add keeps its package cache',
    fix: 'Use apk add --no-cache (or a cache mount: RUN --mount=type=cache,target=/var/cache/apk).',
    description:
      'Without --no-cache the APK index and packages stay in /var/cache/apk, in a layer of the image. Only ' +
      'stages that end up in the image are checked: a build stage’s cache is thrown away.',
    equivalents: [trivy('DS-0025', 'also build stages; rates it HIGH'), hadolint('DL3019')]
  }),
  aptRecommends: rule({
    id: 'GANTRY-DF-005',
    severity: 'LOW',
    title: 'apt-get install pulls in recommended packages',
    fix: 'Use apt-get install -y --no-install-recommends <packages>.',
    description:
      'apt installs Recommends by default: more packages, more size and more vulnerabilities to patch for ' +
      'nothing the image uses. Only stages that end up in the image are checked.',
    equivalents: [trivy('DS-0029', 'also build stages; rates it HIGH'), hadolint('DL3015')]
  }),
  aptLists: rule({
    id: 'GANTRY-DF-006',
    severity: 'LOW',
    title: 'apt lists left in the image',
    fix: 'End the same RUN with && rm -rf /var/lib/apt/lists/* (or use a cache mount for /var/lib/apt).',
    description:
      'apt-get update downloads package lists to /var/lib/apt/lists; removed in a later RUN they still take ' +
      'space in the earlier layer. Only stages that end up in the image are checked.',
    equivalents: [hadolint('DL3009')]
  }),
  secretLiteral: rule({
    id: 'GANTRY-DF-007',
    severity: 'CRITICAL',
    title: 'A secret in ENV or ARG',
    fix: 'Remove the value and pass it at build time with RUN --mount=type=secret (or at run time as an env var).',
    description:
      'An ENV or ARG holds a literal secret: a secret-like name (PASSWORD, TOKEN, SECRET, API_KEY, …) with a ' +
      'value that is not a placeholder, or a value that matches a secret rule. It is in the Dockerfile, in the ' +
      'image configuration (ENV) and in the build history (ARG).',
    equivalents: [trivy('DS-0031', 'final stage only'), buildkit('SecretsUsedInArgOrEnv')]
  }),
  secretBuildArg: rule({
    id: 'GANTRY-DF-008',
    severity: 'HIGH',
    title: 'A secret passed as a build argument or copied into ENV',
    fix: 'Use RUN --mount=type=secret,id=<name> for build-time secrets; pass run-time secrets when the container starts.',
    description:
      'A secret-like ARG in a stage of the image (its value, given with --build-arg, is recorded in the image ' +
      'history and provenance), or an ENV that copies a variable into the image configuration.',
    equivalents: [trivy('DS-0031', 'final stage only'), buildkit('SecretsUsedInArgOrEnv')]
  }),
  shellForm: rule({
    id: 'GANTRY-DF-009',
    severity: 'MEDIUM',
    title: 'CMD or ENTRYPOINT in shell form',
    fix: 'Use the exec form: ENTRYPOINT ["/app"] (and CMD ["--flag"] for default arguments).',
    description:
      'The shell form runs the program under /bin/sh -c: the shell is PID 1, SIGTERM never reaches the Go ' +
      'program (no graceful shutdown, a 10 s kill), and scratch or distroless images have no /bin/sh at all.',
    equivalents: [hadolint('DL3025'), buildkit('JSONArgsRecommended')]
  }),
  goUnderQemu: rule({
    id: 'GANTRY-DF-010',
    severity: 'MEDIUM',
    title: 'Go compiled under QEMU emulation',
    fix: 'FROM --platform=$BUILDPLATFORM golang… AS build, then RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …',
    description:
      'A stage runs go build or go install without --platform=$BUILDPLATFORM on its FROM, so a ' +
      'multi-platform build runs the Go compiler once per target platform under QEMU: minutes instead of ' +
      'seconds, and emulated compilers crash at random. Go cross-compiles natively.',
    equivalents: []
  }),
  cgoStatic: rule({
    id: 'GANTRY-DF-011',
    severity: 'HIGH',
    title: 'cgo left on for a scratch or distroless-static image',
    fix: 'Build with CGO_ENABLED=0 go build … (or link statically), since the final image has no C library.',
    description:
      'The final stage is scratch or a static base (gcr.io/distroless/static, cgr.dev/chainguard/static), ' +
      'which has no libc, but the Go build that feeds it leaves CGO_ENABLED unset or 1: a binary that uses ' +
      'net or os/user links libc dynamically and fails to start ("no such file or directory").',
    equivalents: []
  }),
  noHealthcheck: rule({
    id: 'GANTRY-DF-012',
    severity: 'LOW',
    title: 'No HEALTHCHECK',
    fix: 'Add HEALTHCHECK CMD ["/app", "healthcheck"] (a subcommand of the binary), or HEALTHCHECK NONE to opt out.',
    description:
      'Without a HEALTHCHECK, Docker and Swarm only know whether the process runs, not whether it serves. ' +
      '(Kubernetes ignores HEALTHCHECK: use probes there and HEALTHCHECK NONE to say so.)',
    equivalents: [trivy('DS-0026'), hadolint('DL3057')]
  })
} as const

export const DOCKERFILE_RULES: readonly RuleInfo[] = Object.values(DF)
