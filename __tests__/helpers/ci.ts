// A CI context for core tests (what the adapters build from GITHUB_* variables).
import type { CiContext } from '../../src/model/ci-context.js'

export function ci(over: Partial<CiContext> = {}): CiContext {
  return {
    eventName: '',
    ref: '',
    sha: '',
    repository: '',
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    workspace: '/',
    payload: {},
    ...over
  }
}
