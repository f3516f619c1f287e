// Reference names and whether git accepts them: the unit tier checks src/release/ref-format.ts against this
// table, and the integration tier checks the table against `git check-ref-format` itself.

export const REF_NAMES: [string, boolean][] = [
  ['refs/tags/v1.0.0', true],
  ['refs/tags/tools/v1.0.0', true],
  ['refs/tags/release@v1', true],
  ['refs/tags/été-v1', true],
  ['refs/tags/x.lock/v1.0.0', false],
  ['refs/tags/v1.0.0.lock', false],
  ['refs/tags/a//v1.0.0', false],
  ['refs/tags/.v1.0.0', false],
  ['refs/tags/a/.b/v1', false],
  ['refs/tags/v1..0', false],
  ['refs/tags/v1.0.', false],
  ['refs/tags/v1 0', false],
  ['refs/tags/v~1', false],
  ['refs/tags/v^1', false],
  ['refs/tags/v:1', false],
  ['refs/tags/v?1', false],
  ['refs/tags/v*1', false],
  ['refs/tags/v[1', false],
  ['refs/tags/v\\1', false],
  ['refs/tags/v@{1', false],
  ['refs/tags/v\u00011', false],
  ['refs/tags/v\u007f1', false],
  ['refs/tags/v1/', false],
  ['/refs/tags/v1', false],
  ['@', false]
]
