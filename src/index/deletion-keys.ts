/**
 * Deletion neighbourhoods (SymSpell): two strings within Levenshtein distance k share at least one
 * string obtained by deleting at most k characters from each. Instead of building those strings,
 * we hash each one straight from the character codes, skipping the deleted positions.
 *
 * Hash collisions only add false candidates, which the caller verifies with the matcher's own
 * token similarity, so they never cost recall.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of `s` without the characters at the (ascending) positions in `skip[0..skipCount)`. Never 0. */
function hashSkipping(s: string, skip: Int32Array, skipCount: number): number {
  let h = FNV_OFFSET;
  let next = 0;
  for (let i = 0; i < s.length; i++) {
    if (next < skipCount && skip[next] === i) {
      next++;
      continue;
    }
    h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  }
  // mix in the length so "ab" with one deletion and "a" do not collide by construction
  h = Math.imul(h ^ (s.length - skipCount), FNV_PRIME) >>> 0;
  return h === 0 ? 1 : h;
}

/** Hash of the whole string, in the same space as the deletion keys (a zero-deletion key). */
export function exactKey(s: string): number {
  return hashSkipping(s, EMPTY, 0);
}

const EMPTY = new Int32Array(0);

/**
 * Calls `emit(hash)` for every deletion variant of `s` with 0..maxDeletions deletions (never
 * deleting the whole string). Variants that coincide (e.g. "aab" minus either "a") are emitted
 * more than once; callers tolerate duplicates.
 */
export function forEachDeletionKey(s: string, maxDeletions: number, emit: (hash: number) => void): void {
  const n = s.length;
  const depth = Math.min(maxDeletions, n - 1);
  const skip = new Int32Array(Math.max(0, depth));
  emit(hashSkipping(s, skip, 0));
  // enumerate ascending position combinations of size 1..depth
  for (let k = 1; k <= depth; k++) {
    for (let i = 0; i < k; i++) skip[i] = i;
    for (;;) {
      emit(hashSkipping(s, skip, k));
      let i = k - 1;
      while (i >= 0 && skip[i] === n - k + i) i--;
      if (i < 0) break;
      skip[i]!++;
      for (let j = i + 1; j < k; j++) skip[j] = skip[j - 1]! + 1;
    }
  }
}
