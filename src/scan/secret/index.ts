// The secret scanner's public surface: per file (in memory or streamed, for the layer walker), for paths on
// disk, and the rule catalog for reporters and docs.

export { scanSecrets, scanSecretsStream, scanSecretsSync, SecretTextScanner } from './scan.js'
export type { SecretScanOptions, SecretScanResult } from './scan.js'
export { scanSecretPaths } from './paths.js'
export type { SecretPathsOptions, SecretPathsResult } from './paths.js'
export { SECRET_RULES, GENERIC_ENTROPY_THRESHOLD, GENERIC_MIN_LENGTH } from './rules.js'
export type { SecretRule } from './rules.js'
export { DEFAULT_MAX_SECRET_FILE_SIZE, looksBinary, secretSkipReason } from './skip.js'
export { maskSecret } from './redact.js'
