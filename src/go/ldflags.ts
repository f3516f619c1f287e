// Templates (ldflags, archive names): `{{.Version}}`-style fields (the GoReleaser spelling users know) filled
// per target. Only plain field references are supported; anything else, or an unknown field, is a UserError
// naming it.

import { UserError } from '../util/errors.js'

export const DEFAULT_LDFLAGS =
  '-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}}'

/** Every field a template may use, with what it holds. */
export const TEMPLATE_FIELDS = {
  Version: 'the semver version, without a leading v (1.2.3, 0.0.0-dev+abc1234)',
  Tag: 'the version with a leading v (v1.2.3)',
  Major: 'the major version number',
  Minor: 'the minor version number',
  Patch: 'the patch version number',
  Prerelease: 'the prerelease part (rc.1), or empty',
  Commit: 'the full commit SHA (empty outside git)',
  ShortCommit: 'the first 7 characters of the commit SHA',
  Date: 'the commit time, RFC 3339 in UTC (2024-05-01T12:00:00Z)',
  Timestamp: 'the commit time in Unix seconds',
  Binary: "the binary's name (no .exe)",
  ProjectName: "the module path's last element (hello for example.com/hello/v2): GoReleaser's project name",
  Module: 'the module path from go.mod',
  GoVersion: 'the toolchain version (go1.26.0)',
  Os: 'GOOS of the target',
  Arch: 'GOARCH of the target',
  ArchVariant: "the arch as GoReleaser's archive names spell it (armv7, amd64v3, mips_hardfloat, arm64)",
  Variant: 'the OCI variant of the target (v7, v3), or empty',
  Target: 'the GoReleaser-style id of the target (linux_arm_7)',
  Platform: 'the OCI platform of the target (linux/arm/v7)'
} as const

export type TemplateField = keyof typeof TEMPLATE_FIELDS
export type TemplateValues = Record<TemplateField, string>

const PLACEHOLDER = /\{\{(.*?)\}\}/g

/** Check a template without filling it: every `{{ }}` must be one known field. */
export function checkTemplate(template: string, input = 'ldflags'): TemplateField[] {
  const used: TemplateField[] = []
  const known = Object.keys(TEMPLATE_FIELDS)
  for (const m of template.matchAll(PLACEHOLDER)) {
    const body = m[1].trim()
    const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(body)?.[1]
    if (!field)
      throw new UserError(
        `"${m[0]}" is not a supported template: only plain fields such as {{.Version}} are.`,
        {
          input,
          fix: `use one of ${known.map(k => `{{.${k}}}`).join(', ')}.`
        }
      )
    if (!known.includes(field))
      throw new UserError(`unknown template field "{{.${field}}}".`, {
        input,
        fix: `use one of the known fields: ${known.map(k => `{{.${k}}}`).join(', ')}.`
      })
    used.push(field as TemplateField)
  }
  if (/\{\{|\}\}/.test(template.replace(PLACEHOLDER, '')))
    throw new UserError('has an unbalanced "{{" or "}}".', {
      input,
      fix: 'write each field as {{.Name}}.'
    })
  return used
}

/** Fill a template (checked first). */
export function renderTemplate(template: string, values: TemplateValues, input = 'ldflags'): string {
  checkTemplate(template, input)
  return template.replace(PLACEHOLDER, (_m, body: string) => values[body.trim().slice(1) as TemplateField])
}

/** Split rendered ldflags into words, keeping quoted values ('-X "main.x=a b"') together, as go does. */
export function splitFlags(s: string): string[] {
  const out: string[] = []
  let cur = ''
  let quote: string | undefined
  let inWord = false
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = undefined
      else cur += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      inWord = true
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur)
      cur = ''
      inWord = false
    } else {
      cur += ch
      inWord = true
    }
  }
  if (inWord) out.push(cur)
  return out
}

/** The -ldflags value go build gets: the rendered template plus `-buildid=` (an empty build id) unless set. */
export function finalLdflags(rendered: string): string {
  const words = splitFlags(rendered)
  const hasBuildId = words.some(w => w === '-buildid' || w.startsWith('-buildid='))
  const quoted = words.map(w => (/[\s'"]/.test(w) ? `'${w.replace(/'/g, '')}'` : w))
  if (!hasBuildId) quoted.push('-buildid=')
  return quoted.join(' ')
}
