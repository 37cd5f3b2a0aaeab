/**
 * A cheap necessary condition for "within k edits": the set of characters (in 32 buckets) of two
 * strings differs by at most 2k buckets, because one edit (substitution, insertion, deletion,
 * adjacent transposition) adds or removes at most two characters. Filters most candidates from
 * the typo keys before the edit distance is computed.
 */
export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

export function maybeWithinEdits(maskA: number, maskB: number, edits: number): boolean {
  return popcount(maskA ^ maskB) <= 2 * edits;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
