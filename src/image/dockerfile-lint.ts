// The warning for seed-style Dockerfiles: a stage `FROM golang…` that runs `go build` without
// `--platform=$BUILDPLATFORM` is compiled once per target platform under QEMU emulation in a multi-platform
// build — minutes instead of seconds, and emulation crashes. Found with dockerfile-ast, reported on the line.

import { DockerfileParser } from 'dockerfile-ast'

export interface DockerfileWarning {
  line: number
  message: string
}

const GO_BUILD = /\bgo\s+(build|install)\b/

export function lintDockerfile(text: string, platforms: number): DockerfileWarning[] {
  if (platforms < 2) return []
  const out: DockerfileWarning[] = []
  const df = DockerfileParser.parse(text)
  for (const from of df.getFROMs()) {
    const image = (from.getImageName() ?? '').toLowerCase()
    if (!/(^|\/)golang$/.test(image)) continue
    const platformFlag = from.getFlags().find(f => f.getName() === 'platform')
    const value = platformFlag?.getValue() ?? ''
    if (/BUILDPLATFORM/.test(value)) continue
    const start = from.getRange().start.line
    const next = df
      .getFROMs()
      .map(f => f.getRange().start.line)
      .filter(l => l > start)
      .sort((a, b) => a - b)[0]
    const compiles = df
      .getInstructions()
      .some(
        i =>
          i.getKeyword() === 'RUN' &&
          i.getRange().start.line > start &&
          (next === undefined || i.getRange().start.line < next) &&
          GO_BUILD.test(i.getTextContent())
      )
    if (!compiles) continue
    out.push({
      line: start + 1,
      message:
        `This stage compiles Go for each of the ${platforms} target platforms under QEMU emulation, because its FROM has no --platform=$BUILDPLATFORM. ` +
        'Cross-compile instead: FROM --platform=$BUILDPLATFORM golang… AS build, then ARG TARGETOS TARGETARCH and ' +
        'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …; or build the binaries with go-build and drop the dockerfile input. ' +
        'Not doing so costs minutes to tens of minutes per platform instead of seconds, and emulated compilers crash at random.'
    })
  }
  return out
}
