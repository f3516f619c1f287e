// Shannon entropy of a string's characters, in bits per character: the measure the generic secret rule uses to
// tell a random token from a low-variety value (`xxxxxxxx`, `12341234`, `aaaaBBBB`).

export function shannonEntropy(s: string): number {
  if (!s.length) return 0
  const counts = new Map<string, number>()
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  const n = [...s].length
  let h = 0
  for (const c of counts.values()) {
    const p = c / n
    h -= p * Math.log2(p)
  }
  return h
}
