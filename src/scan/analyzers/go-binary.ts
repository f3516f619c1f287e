// Turns a Go executable's build info into inventory: a `stdlib` package at the toolchain version, the main
// module, every linked dependency (replacements resolved as govulncheck and Trivy resolve them), and a
// GoBinary record with the build settings.

import type { GoBuildInfo, GoModule } from '../go-buildinfo.js'
import type { GoBinary, Location, Package } from '../model.js'
import { goPurl } from '../purl.js'
import { fullVersion, parseStrict } from '../../model/semver.js'
import { goTagToSemver } from '../versions/go.js'

/**
 * The version of a main module built without one (`(devel)`, before Go 1.24 or outside a VCS checkout),
 * from a `-X <pkg>.version=<semver>` linker flag the way release tools set it (gantry's default ldflags set
 * `main.version`). Only strict semver is taken, build metadata kept (`0.0.0-dev+abc1234`). Go records -ldflags only in builds without -trimpath.
 */
export function ldflagsVersion(settings: GoBuildInfo['settings']): string | undefined {
  const ldflags = settings.find(s => s.key === '-ldflags')?.value
  if (!ldflags) return undefined
  const words = ldflags.split(/\s+/)
  for (let i = 0; i < words.length; i++) {
    let def: string | undefined
    if (words[i] === '-X' || words[i] === '--X') def = words[i + 1]
    else if (/^--?X=/.test(words[i])) def = words[i].replace(/^--?X=/, '')
    const m = def && /^(?:main|.*\/version)\.[Vv]ersion=["']?([^"']+)["']?$/.exec(def)
    if (!m) continue
    const v = parseStrict(m[1].replace(/^v(?=\d)/, ''))
    if (v) return `v${fullVersion(v)}`
  }
  return undefined
}

/** The packages and binary record for one Go executable found at `location`. */
export function goBinaryInventory(
  info: GoBuildInfo,
  location: Location
): { binary: GoBinary; packages: Package[]; notes: string[] } {
  const notes: string[] = []
  const packages: Package[] = []
  const settings: Record<string, string> = {}
  for (const s of info.settings) settings[s.key] = s.value
  const binary: GoBinary = {
    location,
    goVersion: info.goVersion,
    ...(info.path ? { path: info.path } : {}),
    ...(info.main?.path ? { mainModule: info.main.path } : {}),
    settings
  }

  const std = goTagToSemver(info.goVersion)
  if (std)
    packages.push({
      kind: 'go-stdlib',
      ecosystem: 'Go',
      name: 'stdlib',
      version: std,
      purl: goPurl('stdlib', std),
      locations: [location]
    })
  else
    notes.push(
      `${location.path}: Go version "${info.goVersion}" is not a release; stdlib is not inventoried.`
    )

  if (info.main) {
    const version =
      info.main.version && info.main.version !== '(devel)'
        ? info.main.version
        : (ldflagsVersion(info.settings) ?? '')
    packages.push({
      kind: 'go-module',
      ecosystem: 'Go',
      name: info.main.path,
      version,
      purl: goPurl(info.main.path, version),
      main: true,
      locations: [location]
    })
  }
  for (const dep of info.deps) packages.push(modulePackage(dep, location))
  return { binary, packages, notes }
}

function modulePackage(dep: GoModule, location: Location): Package {
  const r = dep.replace
  if (!r) {
    return {
      kind: 'go-module',
      ecosystem: 'Go',
      name: dep.path,
      version: dep.version,
      purl: goPurl(dep.path, dep.version),
      locations: [location]
    }
  }
  // A module replacement links another module at its version; a directory replacement (`=> ./local
  // (devel)`) links local code that has no version, so the required path stays the name.
  const version = r.version === '(devel)' ? '' : r.version
  const name = version ? r.path : dep.path
  return {
    kind: 'go-module',
    ecosystem: 'Go',
    name,
    version,
    purl: goPurl(name, version),
    replace: version ? { path: r.path, version } : { path: r.path },
    replaces: { path: dep.path, version: dep.version },
    locations: [location]
  }
}
