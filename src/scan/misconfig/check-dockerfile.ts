// The Dockerfile scanner's entry point: parse (throwing DockerfileSyntaxError with the line on what BuildKit
// rejects), run every rule, return findings sorted by line. Pure: text in, findings out.

import type { Finding } from '../model.js'
import { byLine } from '../rule.js'
import { checkAdd } from './checks/add.js'
import { checkBaseImages } from './checks/base-image.js'
import type { CheckContext } from './checks/context.js'
import { checkEnvSecrets } from './checks/env-secrets.js'
import { checkShellForm } from './checks/exec-form.js'
import { checkCgoStatic, checkGoUnderQemu } from './checks/go-build.js'
import { checkHealthcheck } from './checks/healthcheck.js'
import { checkPackages } from './checks/packages.js'
import { checkRootUser } from './checks/user.js'
import { parseDockerfile } from './dockerfile.js'

export interface DockerfileCheckOptions {
  /** The Dockerfile's path as findings should name it (relative to the workspace). */
  path: string
  /**
   * The platforms the image is built for (`linux/amd64`, …) or their number. Unknown: the QEMU rule fires only
   * when the Dockerfile uses TARGETOS/TARGETARCH/TARGETPLATFORM (it is meant for several platforms then).
   */
  platforms?: readonly string[] | number
  /** Build arguments (`--build-arg`), for FROM and RUN variables. */
  buildArgs?: Record<string, string>
}

const CHECKS: ((ctx: CheckContext) => Finding[])[] = [
  checkBaseImages,
  checkRootUser,
  checkAdd,
  checkPackages,
  checkEnvSecrets,
  checkShellForm,
  checkGoUnderQemu,
  checkCgoStatic,
  checkHealthcheck
]

export function checkDockerfile(text: string, options: DockerfileCheckOptions): Finding[] {
  const df = parseDockerfile(text, options.path, options.buildArgs)
  const platforms = typeof options.platforms === 'number' ? options.platforms : options.platforms?.length
  const ctx: CheckContext = { df, platforms }
  return CHECKS.flatMap(check => check(ctx)).sort(byLine)
}
