// artifacts.json: the contract between stages. go-build writes it into its dist folder; image and scan read
// it, on the same runner or in another job after an artifact download. Paths are relative to the folder
// that holds artifacts.json, with forward slashes, so the folder can move.

import { readFile, writeFile, rename } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../util/errors.js'
import { fsUserError } from '../util/fs-errors.js'
import { describeErrors, validator } from '../util/json.js'
import { oneLine } from '../util/log-safe.js'
import { BINARY_NAME_PATTERN } from './binary-name.js'
import { compareTargets, normalizeTarget, toId, toPlatform, type Target } from './target.js'

export const ARTIFACTS_FILE = 'artifacts.json'
export const ARTIFACTS_SCHEMA_VERSION = 1

export type ArtifactKind = 'binary' | 'archive' | 'checksums'

export interface Artifact {
  kind: ArtifactKind
  /** Absent for files that cover every target (checksums). */
  target?: Target
  /** OCI platform string of `target`, for people reading the file; `target` is the source of truth. */
  platform?: string
  /** GoReleaser-style id of `target`. */
  id?: string
  /** Relative to the folder holding artifacts.json, forward slashes. */
  path: string
  sha256: string
  size: number
  /** Archive format (`tar.gz`, `zip`) for archives. */
  format?: string
  /** The binary's name without `.exe` (binaries, and archives of a one-binary build). */
  binary?: string
  /** Every binary an archive holds, sorted, when the build made several (`main` listing several packages). */
  binaries?: string[]
}

export interface ArtifactsManifest {
  schemaVersion: number
  project: {
    /** Module path from go.mod. */
    module: string
    /** The semver version injected into the binaries (no leading v). */
    version: string
    /** Full commit SHA, or '' outside a git checkout. */
    commit: string
    /** The commit time in RFC 3339, UTC: the build's {{.Date}} and every archive entry's mtime. */
    date: string
    /** `go version` of the toolchain that built, e.g. go1.26.8. */
    goVersion: string
    /** go.mod's `go` line (the least Go for the module) and `toolchain` line, when present. */
    goMod?: { go?: string; toolchain?: string }
  }
  artifacts: Artifact[]
}

function kindOrder(k: ArtifactKind): number {
  return k === 'binary' ? 0 : k === 'archive' ? 1 : 2
}

/** Sort artifacts in the one stable order the file uses: kind, platform, path. */
export function sortArtifacts(list: readonly Artifact[]): Artifact[] {
  return [...list].sort((a, b) => {
    const k = kindOrder(a.kind) - kindOrder(b.kind)
    if (k) return k
    const t = a.target && b.target ? compareTargets(a.target, b.target) : a.target ? -1 : b.target ? 1 : 0
    if (t) return t
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  })
}

/** Fill the derived fields (platform, id) from each artifact's target and sort. */
export function finalizeManifest(m: ArtifactsManifest): ArtifactsManifest {
  return {
    schemaVersion: ARTIFACTS_SCHEMA_VERSION,
    project: m.project,
    artifacts: sortArtifacts(
      m.artifacts.map(a => {
        if (!a.target) return { ...a, platform: undefined, id: undefined }
        const target = normalizeTarget(a.target)
        return { ...a, target, platform: toPlatform(target), id: toId(target) }
      })
    )
  }
}

/** Write artifacts.json atomically (temp file + rename) with stable formatting. */
export async function writeArtifacts(dir: string, m: ArtifactsManifest): Promise<string> {
  const file = path.join(dir, ARTIFACTS_FILE)
  const tmp = `${file}.tmp-${process.pid}`
  await writeFile(tmp, JSON.stringify(finalizeManifest(m), null, 2) + '\n')
  await rename(tmp, file)
  return file
}

const NAME = { type: 'string', pattern: '^[a-z0-9]+$' }

/** The JSON Schema every artifacts.json is checked against when it is read (schema/artifacts.schema.json). */
export const ARTIFACTS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://gantry.dev/schema/artifacts.schema.json',
  title: 'artifacts.json',
  description: 'What a gantry go-build stage built: the contract between stages and jobs.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'project', 'artifacts'],
  properties: {
    schemaVersion: { const: ARTIFACTS_SCHEMA_VERSION },
    project: {
      type: 'object',
      additionalProperties: false,
      required: ['module', 'version', 'commit', 'date', 'goVersion'],
      properties: {
        module: { type: 'string', minLength: 1, maxLength: 500 },
        version: { type: 'string', minLength: 1, maxLength: 256 },
        commit: { type: 'string', pattern: '^([0-9a-f]{40}|[0-9a-f]{64})?$' },
        date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
        goVersion: { type: 'string', maxLength: 100 },
        goMod: {
          type: 'object',
          additionalProperties: false,
          properties: {
            go: { type: 'string', maxLength: 100 },
            toolchain: { type: 'string', maxLength: 100 }
          }
        }
      }
    },
    artifacts: {
      type: 'array',
      maxItems: 10000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'path', 'sha256', 'size'],
        properties: {
          kind: { enum: ['binary', 'archive', 'checksums'] },
          target: {
            type: 'object',
            additionalProperties: false,
            required: ['goos', 'goarch'],
            properties: { goos: NAME, goarch: NAME, variant: { type: 'string', pattern: '^[a-z0-9.]+$' } }
          },
          platform: { type: 'string', maxLength: 100 },
          id: { type: 'string', maxLength: 100 },
          path: { type: 'string', minLength: 1, maxLength: 1024 },
          sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
          size: { type: 'integer', minimum: 0 },
          format: { enum: ['tar.gz', 'zip'] },
          binary: { type: 'string', pattern: BINARY_NAME_PATTERN },
          binaries: {
            type: 'array',
            maxItems: 1000,
            items: { type: 'string', pattern: BINARY_NAME_PATTERN }
          }
        }
      }
    }
  }
} as const

/** Read the file; a missing file or one that cannot be read is an input error, not a bug. */
async function readManifestText(file: string, input: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError(`${oneLine(file)} does not exist.`, {
        input,
        fix: 'run the go-build stage first (or download its dist folder with actions/download-artifact) and point this input at its artifacts.json.'
      })
    throw fsUserError(err, { input, path: file, doing: 'reading artifacts.json', reading: true }) ?? err
  }
}

// C0 and C1 controls, DEL and the Unicode line separators: never part of a path gantry writes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** A path artifacts.json may hold: relative, forward slashes, no `.`/`..`/empty segments, no controls. */
export function isArtifactPath(p: string): boolean {
  if (CONTROL.test(p) || p.includes('\\') || p.startsWith('/')) return false
  return p.split('/').every(seg => seg !== '' && seg !== '.' && seg !== '..')
}

/** What the schema cannot say: paths stay in the folder, targets are real. The file is untrusted input. */
function checkSemantics(m: ArtifactsManifest, file: string, input: string): void {
  for (const a of m.artifacts) {
    if (!isArtifactPath(a.path))
      throw new UserError(
        `${oneLine(file)} lists a path outside its folder or not in its form: ${oneLine(a.path)}.`,
        {
          input,
          fix: 'regenerate it with the go-build stage; paths are relative to the dist folder, with forward slashes.'
        }
      )
    if (a.target) a.target = normalizeTarget(a.target, input)
  }
}

/**
 * Read and validate an artifacts.json. `input` names the option that pointed at it, for errors.
 * Returns the manifest and the folder its paths are relative to.
 */
export async function readArtifacts(
  file: string,
  input = 'artifacts'
): Promise<{ manifest: ArtifactsManifest; dir: string }> {
  const text = await readManifestText(file, input)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UserError(`${oneLine(file)} is not valid JSON.`, {
      input,
      fix: 'regenerate it with the go-build stage.'
    })
  }
  const validate = validator<ArtifactsManifest>(ARTIFACTS_SCHEMA)
  if (!validate(data)) {
    const badName = validate.errors?.find(e =>
      /^\/artifacts\/\d+\/(binary|binaries\/\d+)$/.test(e.instancePath)
    )
    if (badName) {
      // The value at the error's JSON pointer (artifacts/N/binary or artifacts/N/binaries/M).
      const value = badName.instancePath
        .split('/')
        .slice(1)
        .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data)
      throw new UserError(
        `${oneLine(file)} lists a binary name that is not a usable file name: ${oneLine(JSON.stringify(value) ?? '')}.`,
        { input, fix: 'regenerate it with the go-build stage; binary names are letters, digits, ., _ and -.' }
      )
    }
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion
    throw new UserError(
      version === ARTIFACTS_SCHEMA_VERSION
        ? `${oneLine(file)} does not match the artifacts.json schema: ${oneLine(describeErrors(validate.errors).slice(0, 5).join('; '))}.`
        : `${oneLine(file)} is not a gantry artifacts.json (schemaVersion ${ARTIFACTS_SCHEMA_VERSION}).`,
      { input, fix: 'regenerate it with the go-build stage of this gantry version.' }
    )
  }
  checkSemantics(data, file, input)
  return { manifest: data, dir: path.dirname(path.resolve(file)) }
}

/** Absolute path of an artifact on this machine. */
export function artifactPath(dir: string, a: Artifact): string {
  return path.join(dir, ...a.path.split('/'))
}
