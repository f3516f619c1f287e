// Options of the build stage (actions/go-build, `gantry build`).

import path from 'node:path'
import {
  getBoolean,
  getList,
  getString,
  parseInteger,
  parseKeyValues,
  parseList,
  type RawOptions,
  type StageSpec
} from '../options.js'
import { UserError } from '../../util/errors.js'
import type { BuildOptions, BuildResult } from '../../go/build.js'
import type { CiContext } from '../../model/ci-context.js'
import { DEFAULT_LDFLAGS } from '../../go/ldflags.js'

export const buildSpec: StageSpec = {
  'working-directory': {
    description: 'The Go module folder (holds go.mod).',
    default: '.'
  },
  main: {
    description:
      'The main package to build, relative to working-directory (./cmd/app). Empty: the single main package under cmd/* or at the module root.',
    default: ''
  },
  binary: {
    description:
      "The binary's name (.exe is added for windows). Empty: the main package's folder name (the module path's last element for a root main).",
    default: ''
  },
  targets: {
    description:
      'Targets as the plan action takes them: os/arch[/variant] (linux/arm/v7), default, first-class, all, !os/arch. Ignored when target is set.',
    default: 'default',
    kind: 'list'
  },
  target: {
    description: 'One target, the platform of a plan matrix entry (matrix.platform); wins over targets.',
    default: ''
  },
  version: {
    description:
      'The semver version to inject (a leading v is dropped). Empty: the pushed tag (refs/tags/vX.Y.Z), else 0.0.0-dev+<short commit>.',
    default: ''
  },
  ldflags: {
    description:
      'Linker flags, with the template fields {{.Version}}, {{.Commit}}, {{.ShortCommit}}, {{.Date}}, {{.Timestamp}}, {{.Tag}}, {{.Major}}, {{.Minor}}, {{.Patch}}, {{.Prerelease}}, {{.Binary}}, {{.Module}}, {{.GoVersion}}, {{.Os}}, {{.Arch}}, {{.Variant}}, {{.Target}}, {{.Platform}}. -buildid= is always added.',
    default: DEFAULT_LDFLAGS
  },
  flags: {
    description:
      'More go build flags, one per line or space-separated (-v, -gcflags=..., -buildvcs=true). -trimpath, -mod=readonly and -buildvcs=false are set by gantry.',
    default: ''
  },
  tags: {
    description: 'Build tags, one per line or comma-separated.',
    default: '',
    kind: 'list'
  },
  env: {
    description: 'KEY=value lines added to the build environment (GOFLAGS, GOEXPERIMENT, CC, ...).',
    default: ''
  },
  cgo: {
    description:
      'Build with cgo (CGO_ENABLED=1). A foreign target then needs a C cross compiler (CC in env, or <triple>-gcc on PATH).',
    default: 'false',
    kind: 'boolean'
  },
  dist: {
    description:
      'Output folder, relative to working-directory. It must be empty, missing, or hold only a previous gantry build (which is then removed).',
    default: 'dist'
  },
  archives: {
    description:
      'Pack each binary (with README and LICENSE files of the module root) as tar.gz, zip for windows.',
    default: 'true',
    kind: 'boolean'
  },
  checksums: {
    description:
      'Write a sha256 checksums file ("sha256  name" lines, sorted) of the archives (of the binaries without archives).',
    default: 'true',
    kind: 'boolean'
  },
  'verify-modules': {
    description: 'Run go mod verify after go mod download (modules must match go.sum).',
    default: 'true',
    kind: 'boolean'
  },
  cache: {
    description:
      'Restore and save GOMODCACHE and GOCACHE with the GitHub Actions cache (keys per OS, arch, Go version, target set and go.sum).',
    default: 'true',
    kind: 'boolean'
  },
  'cache-save': {
    description:
      'When to save the caches in the post step: auto (only on the default branch, only when they changed), true (whenever they changed), false.',
    default: 'auto'
  },
  parallelism: {
    description:
      'How many targets build at once: auto (min(cores, available memory / 2 GiB)) or a whole number.',
    default: 'auto'
  }
}

export type CacheSaveMode = 'auto' | 'true' | 'false'

export interface BuildStageOptions extends BuildOptions {
  cache: boolean
  cacheSave: CacheSaveMode
}

/**
 * The build stage's typed options from raw inputs. `cwd` resolves a relative working-directory; `ci` gives the
 * pushed tag and commit; `sourceDateEpoch` is the SOURCE_DATE_EPOCH the front end was started with.
 */
export function buildOptions(
  raw: RawOptions,
  cwd: string,
  ci: Pick<CiContext, 'ref' | 'sha' | 'workspace'>,
  sourceDateEpoch?: string
): BuildStageOptions {
  const workingDirectory = path.resolve(cwd, getString(raw, buildSpec, 'working-directory'))
  const par = getString(raw, buildSpec, 'parallelism')
  const cacheSave = getString(raw, buildSpec, 'cache-save').toLowerCase()
  if (!['auto', 'true', 'false'].includes(cacheSave))
    throw new UserError(`"${cacheSave}" is not auto, true or false.`, {
      input: 'cache-save',
      fix: 'write auto, true or false.'
    })
  const flags = parseList(getString(raw, buildSpec, 'flags'), { commas: false }).flatMap(l =>
    l.split(/\s+/).filter(Boolean)
  )
  return {
    workingDirectory,
    workspace: ci.workspace || cwd,
    main: getString(raw, buildSpec, 'main') || undefined,
    binary: getString(raw, buildSpec, 'binary') || undefined,
    targets: getList(raw, buildSpec, 'targets'),
    target: getString(raw, buildSpec, 'target') || undefined,
    version: getString(raw, buildSpec, 'version') || undefined,
    ref: ci.ref,
    sha: ci.sha,
    sourceDateEpoch: sourceDateEpoch?.trim() || undefined,
    ldflags: getString(raw, buildSpec, 'ldflags'),
    flags,
    tags: getList(raw, buildSpec, 'tags'),
    env: parseKeyValues(getString(raw, buildSpec, 'env'), 'env'),
    cgo: getBoolean(raw, buildSpec, 'cgo'),
    dist: path.resolve(workingDirectory, getString(raw, buildSpec, 'dist')),
    archives: getBoolean(raw, buildSpec, 'archives'),
    checksums: getBoolean(raw, buildSpec, 'checksums'),
    verifyModules: getBoolean(raw, buildSpec, 'verify-modules'),
    parallelism:
      par.toLowerCase() === 'auto' ? 'auto' : parseInteger(par, 'parallelism', { min: 1, max: 256 }),
    cache: getBoolean(raw, buildSpec, 'cache'),
    cacheSave: cacheSave as CacheSaveMode
  }
}

/** The action's outputs (the CLI prints the same object as JSON). */
export function buildOutputs(r: BuildResult): Record<string, unknown> {
  return {
    artifacts: r.manifest,
    dist: r.dist,
    checksums: r.checksumsFile ?? '',
    version: r.version
  }
}
