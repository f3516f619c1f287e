// The tag stage (actions/tag, `gantry tag`): the version, the git tag, image tags, OCI labels and the
// changelog. The CLI takes the token for push-tag: api from GITHUB_TOKEN.

import path from 'node:path'
import { defineStage, localParseEnv, type ParseEnv } from '../runtime/stage.js'
import { parseInputs, type Inputs, type InputSpecs, type RawInputs } from '../runtime/inputs.js'
import type { OutputSpecs } from '../runtime/outputs.js'
import type { Cell } from '../runtime/summary.js'
import { UserError } from '../util/errors.js'
import { parseVersionInput } from '../model/semver.js'
import { defaultRules, parseRule } from '../release/image-tags.js'
import { tagNameProblem } from '../release/ref-format.js'
import { validateImage } from '../model/image-ref.js'
import { labelLines, tag, type TagOptions, type TagResult } from '../release/tag.js'
import { githubToken } from './github-token.js'

const inputs = {
  'working-directory': {
    kind: 'string',
    description: 'The Go module folder (holds go.mod); for a submodule, also set tag-prefix (tools/v).',
    default: '.'
  },
  version: {
    kind: 'string',
    description:
      'The version to use (1.4.0 or v1.4.0). Empty: the pushed tag on a tag push, else the highest reachable tag bumped by the conventional commits since it.'
  },
  bump: {
    kind: 'enum',
    values: ['auto', 'major', 'minor', 'patch', 'prerelease', 'none'],
    description: 'auto (from conventional commits), major, minor, patch, prerelease or none.',
    default: 'auto'
  },
  'tag-prefix': {
    kind: 'string',
    description:
      'The text before the version in tag names: v, tools/v for a Go module in tools/, or none for bare versions.',
    default: 'v'
  },
  prerelease: {
    kind: 'string',
    description: 'A prerelease identifier: rc makes 1.4.0-rc.1, then rc.2, ... Empty: a stable version.'
  },
  'major-zero': {
    kind: 'bool',
    description: 'While the major version is 0, a breaking change bumps the minor version.',
    default: 'true'
  },
  images: {
    kind: 'list',
    description:
      'Image names (ghcr.io/octo/hello), one per line or comma-separated; the tags output lists every image with every tag.'
  },
  tags: {
    kind: 'list',
    commas: false,
    description:
      "Image tag rules, one per line, in docker/metadata-action style (type=semver,pattern={{major}}.{{minor}}, type=sha, type=ref,event=branch, type=raw,value={{branch}}-{{sha}}; metadata-action's global expressions work in value, prefix and suffix). Empty: gantry's defaults (see docs/tag.md)."
  },
  latest: {
    kind: 'enum',
    values: ['auto', 'true', 'false'],
    description: 'auto (only the highest stable version among all tags gets latest), true or false.',
    default: 'auto'
  },
  'push-tag': {
    kind: 'enum',
    values: ['false', 'git', 'api'],
    aliases: { true: 'git' },
    description:
      'false; git (push an annotated tag with git) or api (create the tag through the GitHub REST API).',
    default: 'false'
  },
  message: {
    kind: 'string',
    description:
      'The annotated tag message; {{version}}, {{tag}}, {{previous}} and {{changelog}} are replaced.',
    default: 'Release {{tag}}'
  },
  'github-token': {
    kind: 'secret',
    description: 'Token for push-tag: api (contents: write).',
    default: '${{ github.token }}',
    actionOnly: true
  },
  'dry-run': {
    kind: 'bool',
    description: 'Print what would be done (tag, image tags) and change nothing.',
    default: 'false'
  }
} as const satisfies InputSpecs

const outputs = {
  version: { encode: 'text', description: 'The version, without prefix (1.4.0, 1.5.0-rc.2).' },
  'previous-version': {
    encode: 'text',
    description: 'The highest version reachable from HEAD below it, or empty.'
  },
  tag: { encode: 'text', description: 'The git tag of the version (v1.4.0, tools/v0.3.0).' },
  created: { encode: 'bool', description: 'true when this run created the git tag.' },
  tags: {
    encode: 'lines',
    description: 'Full image references (image:tag), one per line, for every image and tag.'
  },
  'tag-names': { encode: 'lines', description: 'The image tag names alone, one per line.' },
  labels: { encode: 'text', description: 'OCI labels (org.opencontainers.image.*), key=value lines.' },
  annotations: { encode: 'text', description: 'The same keys as OCI annotations, key=value lines.' },
  json: {
    encode: 'json',
    description: 'Everything above as JSON, plus the decision (source, bump, reason, released) and notes.'
  },
  changelog: { encode: 'text', description: 'Markdown changelog of the commits since the previous version.' }
} as const satisfies OutputSpecs

function parseTag(i: Inputs<typeof inputs>, env: ParseEnv): TagOptions {
  const tagPrefix = i['tag-prefix'].toLowerCase() === 'none' ? '' : i['tag-prefix']
  // git check-ref-format's rules, on a tag this prefix would make.
  const problem = tagNameProblem(`${tagPrefix}1.0.0`)
  if (problem)
    throw new UserError(
      `"${i['tag-prefix']}" cannot start a tag name: git refuses ${tagPrefix}1.0.0, ${problem}.`,
      {
        input: 'tag-prefix',
        fix: 'use a prefix git accepts as the start of a tag (as in v or tools/v), or none.'
      }
    )
  const prerelease = i.prerelease || undefined
  if (prerelease !== undefined && !/^[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*$/.test(prerelease))
    throw new UserError(`"${prerelease}" is not a prerelease identifier.`, {
      input: 'prerelease',
      fix: 'write letters (with digits or -), as in rc, beta or alpha.'
    })
  const token = githubToken(i['github-token'], env) || undefined
  if (i['push-tag'] === 'api' && !token)
    throw new UserError('push-tag: api needs a token.', {
      input: 'github-token',
      fix: 'pass github-token: ${{ github.token }} with permissions: contents: write (the CLI reads GITHUB_TOKEN).'
    })
  return {
    workingDirectory: path.resolve(env.cwd, i['working-directory']),
    version: i.version ? parseVersionInput(i.version) : undefined,
    bump: i.bump,
    tagPrefix,
    prerelease,
    majorZero: i['major-zero'],
    images: [...new Set(i.images.map(x => validateImage(x)))],
    rules: i.tags.length ? i.tags.map(parseRule) : defaultRules(),
    latest: i.latest,
    pushTag: i['push-tag'],
    message: i.message,
    githubToken: token,
    dryRun: i['dry-run']
  }
}

function tagJson(r: TagResult): Record<string, unknown> {
  return {
    version: r.version,
    previousVersion: r.previousVersion,
    tag: r.tag,
    previousTag: r.previousTag,
    created: r.created,
    released: r.released,
    source: r.source,
    bump: r.bump,
    reason: r.reason,
    sha: r.sha,
    createdAt: r.created_at,
    tagAction: r.tagAction,
    dryRun: r.dryRun,
    tags: r.tags,
    tagNames: r.tagNames,
    labels: Object.fromEntries(r.labels),
    annotations: Object.fromEntries(r.labels),
    notes: r.notes,
    changelog: r.changelog
  }
}

export const tagStage = defineStage({
  name: 'tag',
  action: 'tag',
  title: 'gantry tag',
  description:
    'Decide the next semver version from tags and conventional commits, create the git tag safely, and derive image tags, OCI labels and a changelog.',
  summary: 'decide the next version, create the git tag, and derive image tags, labels and the changelog',
  branding: { icon: 'tag', color: 'blue' },
  inputs,
  outputs,
  parse: parseTag,
  run: (o, ctx) => tag(o, ctx.ci, ctx.host),
  output: r => ({
    version: r.version,
    'previous-version': r.previousVersion,
    tag: r.tag,
    created: r.created,
    tags: r.tags,
    'tag-names': r.tagNames,
    labels: labelLines(r),
    annotations: labelLines(r),
    json: tagJson(r),
    changelog: r.changelog
  }),
  report: r => ({
    title: 'gantry tag',
    table: {
      columns: ['previous', 'next', 'why', 'tag'],
      rows: [
        [r.previousVersion || '(none)', { bold: r.version }, r.reason, [{ code: r.tag }, `: ${r.tagAction}`]]
      ]
    },
    facts: [
      {
        label: 'Image tags:',
        value: r.tagNames.length
          ? r.tagNames.flatMap((n, k): Cell[] => (k ? [' ', { code: n }] : [{ code: n }]))
          : 'none'
      }
    ],
    notes: r.notes
  })
})

/** The tag stage's options from raw input strings, as the action would parse them (tests, benchmarks). */
export function tagOptions(raw: RawInputs, cwd: string, env: Partial<ParseEnv> = {}): TagOptions {
  return parseTag(parseInputs(inputs, raw), localParseEnv(cwd, env))
}
