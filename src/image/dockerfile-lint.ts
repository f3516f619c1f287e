// The warning for seed-style Dockerfiles: a stage that runs `go build` without `--platform=$BUILDPLATFORM` is
// compiled once per target platform under QEMU emulation in a multi-platform build — minutes instead of
// seconds, and emulation crashes. The rule is the scanner's GANTRY-DF-010 (src/scan/misconfig), reported here
// on the line before the build starts.

import { checkGoUnderQemu } from '../scan/misconfig/checks/go-build.js'
import { DockerfileSyntaxError, parseDockerfile } from '../scan/misconfig/dockerfile.js'

export interface DockerfileWarning {
  line: number
  message: string
}

export function lintDockerfile(text: string, platforms: number): DockerfileWarning[] {
  if (platforms < 2) return []
  let df
  try {
    df = parseDockerfile(text, 'Dockerfile')
  } catch (err) {
    // The build itself reports a syntax error, with BuildKit's own message.
    if (err instanceof DockerfileSyntaxError) return []
    throw err
  }
  return checkGoUnderQemu({ df, platforms }).map(f => ({
    line: f.locations[0].line ?? 1,
    message: f.description ?? f.title
  }))
}
