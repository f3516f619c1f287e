// git's rules for reference names (`git check-ref-format`, refs.c), so a tag prefix git would refuse fails
// up front with the rule it breaks instead of as a failed git call. Written from the rules listed in
// git-check-ref-format(1) and git tag's own extra rule (a tag name cannot start with `-`).

/** What breaks git's rules in a full reference name (`refs/tags/v1.2.3`), or undefined when it is valid. */
export function refFormatProblem(refname: string): string | undefined {
  if (refname === '@') return 'it is the single character @'
  if (refname.endsWith('.')) return 'it ends with "."'
  if (refname.includes('..')) return 'it contains ".."'
  if (refname.includes('@{')) return 'it contains "@{"'
  for (const ch of refname) {
    const code = ch.codePointAt(0)!
    if (code < 0x20 || code === 0x7f) return 'it contains a control character'
    if (' ~^:?*[\\'.includes(ch)) return `it contains ${ch === ' ' ? 'a space' : `"${ch}"`}`
  }
  for (const component of refname.split('/')) {
    if (!component) return 'it has an empty part (a leading, trailing or doubled "/")'
    if (component.startsWith('.')) return `the part "${component}" starts with "."`
    if (component.endsWith('.lock')) return `the part "${component}" ends with ".lock"`
  }
  return undefined
}

/** What breaks git's rules for a tag name (without refs/tags/), or undefined. */
export function tagNameProblem(name: string): string | undefined {
  if (name.startsWith('-')) return 'it starts with "-"'
  return refFormatProblem(`refs/tags/${name}`)
}
