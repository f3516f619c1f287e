// Options of the tag stage (actions/tag, `gantry tag`).

import path from 'node:path'
import { getBoolean, getList, getOptional, getString, type RawOptions, type StageSpec } from '../options.js'
import { UserError } from '../../util/errors.js'
import { parseVersionInput } from '../../model/semver.js'
import { defaultRules, parseRule, validateImage } from '../../release/image-tags.js'
import { labelLines, type PushTag, type TagOptions, type TagResult } from '../../release/tag.js'
import type { BumpInput } from '../../release/version.js'

export const tagSpec: StageSpec = {
  'working-directory': {
    description: 'The Go module folder (holds go.mod); for a submodule, also set tag-prefix (tools/v).',
    default: '.'
  },
  version: {
    description:
      'The version to use (1.4.0 or v1.4.0). Empty: the pushed tag on a tag push, else the highest reachable tag bumped by the conventional commits since it.'
  },
  bump: {
    description: 'auto (from conventional commits), major, minor, patch, prerelease or none.',
    default: 'auto'
  },
  'tag-prefix': {
    description:
      'The text before the version in tag names: v, tools/v for a Go module in tools/, or none for bare versions.',
    default: 'v'
  },
  prerelease: {
    description: 'A prerelease identifier: rc makes 1.4.0-rc.1, then rc.2, ... Empty: a stable version.'
  },
  'major-zero': {
    description: 'While the major version is 0, a breaking change bumps the minor version.',
    default: 'true',
    kind: 'boolean'
  },
  images: {
    description:
      'Image names (ghcr.io/octo/hello), one per line or comma-separated; the tags output lists every image with every tag.',
    kind: 'list'
  },
  tags: {
    description:
      "Image tag rules, one per line, in docker/metadata-action style (type=semver,pattern={{major}}.{{minor}}, type=sha, type=ref,event=branch, type=raw,value=x). Empty: gantry's defaults (see docs/tag.md).",
    kind: 'list'
  },
  latest: {
    description: 'auto (only the highest stable version among all tags gets latest), true or false.',
    default: 'auto'
  },
  'push-tag': {
    description:
      'false; git (push an annotated tag with git) or api (create the tag through the GitHub REST API).',
    default: 'false'
  },
  message: {
    description:
      'The annotated tag message; {{version}}, {{tag}}, {{previous}} and {{changelog}} are replaced.',
    default: 'Release {{tag}}'
  },
  'github-token': {
    description: 'Token for push-tag: api (contents: write).',
    default: '${{ github.token }}',
    secret: true,
    actionOnly: true
  },
  'dry-run': {
    description: 'Print what would be done (tag, image tags) and change nothing.',
    default: 'false',
    kind: 'boolean'
  }
}

function oneOf<T extends string>(
  raw: RawOptions,
  name: string,
  values: readonly T[],
  aliases: Record<string, T> = {}
): T {
  const v = getString(raw, tagSpec, name).toLowerCase()
  if (v in aliases) return aliases[v]
  if (!(values as readonly string[]).includes(v))
    throw new UserError(`"${v}" is not one of ${values.join(', ')}.`, {
      input: name,
      fix: `write one of ${values.join(', ')}.`
    })
  return v as T
}

/** The tag stage's typed options from raw inputs. `cwd` resolves a relative working-directory. */
export function tagOptions(raw: RawOptions, cwd: string): TagOptions {
  const versionText = getOptional(raw, tagSpec, 'version')
  const prefixText = getString(raw, tagSpec, 'tag-prefix')
  const tagPrefix = prefixText.toLowerCase() === 'none' ? '' : prefixText
  if (!/^[A-Za-z0-9._/-]*$/.test(tagPrefix) || tagPrefix.startsWith('/') || tagPrefix.includes('..'))
    throw new UserError(`"${prefixText}" cannot start a tag name.`, {
      input: 'tag-prefix',
      fix: 'use letters, digits, ., _, - and / (as in v or tools/v), or none.'
    })
  const prerelease = getOptional(raw, tagSpec, 'prerelease')
  if (prerelease !== undefined && !/^[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*$/.test(prerelease))
    throw new UserError(`"${prerelease}" is not a prerelease identifier.`, {
      input: 'prerelease',
      fix: 'write letters (with digits or -), as in rc, beta or alpha.'
    })
  const pushTag = oneOf<PushTag>(raw, 'push-tag', ['false', 'git', 'api'], { true: 'git' })
  // The spec default is the runner's expression; outside a runner (CLI, tests) it stays unexpanded.
  const tokenText = getOptional(raw, tagSpec, 'github-token')
  const githubToken = tokenText?.startsWith('${{') ? undefined : tokenText
  if (pushTag === 'api' && !githubToken)
    throw new UserError('push-tag: api needs a token.', {
      input: 'github-token',
      fix: 'pass github-token: ${{ github.token }} with permissions: contents: write (the CLI reads GITHUB_TOKEN).'
    })
  const ruleTexts = getList(raw, tagSpec, 'tags', { commas: false })
  return {
    workingDirectory: path.resolve(cwd, getString(raw, tagSpec, 'working-directory')),
    version: versionText ? parseVersionInput(versionText) : undefined,
    bump: oneOf<BumpInput>(raw, 'bump', ['auto', 'major', 'minor', 'patch', 'prerelease', 'none']),
    tagPrefix,
    prerelease,
    majorZero: getBoolean(raw, tagSpec, 'major-zero'),
    images: [...new Set(getList(raw, tagSpec, 'images').map(i => validateImage(i)))],
    rules: ruleTexts.length ? ruleTexts.map(parseRule) : defaultRules(),
    latest: oneOf(raw, 'latest', ['auto', 'true', 'false'] as const),
    pushTag,
    message: getString(raw, tagSpec, 'message'),
    githubToken,
    dryRun: getBoolean(raw, tagSpec, 'dry-run')
  }
}

/** The action's outputs (the CLI prints the same object as JSON). */
export function tagOutputs(r: TagResult): Record<string, unknown> {
  const labels = labelLines(r)
  return {
    version: r.version,
    'previous-version': r.previousVersion,
    tag: r.tag,
    created: String(r.created),
    tags: r.tags.join('\n'),
    'tag-names': r.tagNames.join('\n'),
    labels,
    annotations: labels,
    json: {
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
    },
    changelog: r.changelog
  }
}
