// The Dockerfile scanner's public surface: the check, its options and errors, the rule catalog.

export { checkDockerfile } from './check-dockerfile.js'
export type { DockerfileCheckOptions } from './check-dockerfile.js'
export { DockerfileSyntaxError, parseDockerfile } from './dockerfile.js'
export { DF, DOCKERFILE_RULES } from './rules.js'
export { checkGoUnderQemu } from './checks/go-build.js'
