/**
 * Deletion neighbourhoods for typo search (as in SymSpell, and Mor & Fraenkel 1982): two strings
 * within k edits — insertions, deletions, substitutions, adjacent transpositions — share a string
 * obtained by deleting at most k characters from each. A substitution is undone by deleting the
 * character on both sides, an insertion by deleting it on one side, a transposition by deleting one
 * of the two characters on both sides. So a table of every ≤k-deletion variant of the indexed
 * strings, probed with every ≤k-deletion variant of the query, finds every string within k edits.
 *
 * For the short budgets of names (one edit up to 8 letters, two up to 12) this takes far fewer and
 * more selective lookups than partition keys: a word of 8 letters probes 9 keys. Keys are 32-bit
 * hashes of the variants; a collision only adds a candidate, which callers verify.
 */
/** Polynomial hashes mod 2^32: the hash of a string with characters deleted is O(1) from its prefix hashes. */
const BASE = 0x01000193;
let prefix = new Int32Array(64);
let power = new Int32Array(64);

/** prefix[k] = hash of s[0..k), power[k] = BASE^k (both mod 2^32). */
function prepare(s: string): void {
  const n = s.length;
  if (prefix.length <= n) {
    prefix = new Int32Array(2 * n + 2);
    power = new Int32Array(2 * n + 2);
  }
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + s.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i]!, BASE);
  }
}

/** Hash of s[a..b), from the prefix hashes. */
function slice(a: number, b: number): number {
  return (prefix[b]! - Math.imul(prefix[a]!, power[b - a]!)) | 0;
}

/** Spread the bits (murmur3's finalizer); never 0, which marks an empty slot in the tables. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/**
 * Emits the hash of every variant of `s` with at most `deletions` (1 or 2) characters deleted,
 * the string itself included. Deleting either letter of a doubled pair gives the same variant:
 * it is emitted once.
 */
export function forEachDeletionKey(s: string, deletions: 1 | 2, emit: (key: number) => void): void {
  const n = s.length;
  prepare(s);
  emit(finish(prefix[n]!));
  for (let i = 0; i < n; i++) {
    if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
    // s without i: s[0..i) then s[i+1..n)
    emit(finish((Math.imul(prefix[i]!, power[n - 1 - i]!) + slice(i + 1, n)) | 0));
  }
  if (deletions < 2) return;
  for (let i = 0; i < n; i++) {
    if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
    const head = prefix[i]!;
    for (let j = i + 1; j < n; j++) {
      // same variant as deleting the letter before j (when it is not i): emitted there
      if (j > i + 1 && s.charCodeAt(j) === s.charCodeAt(j - 1)) continue;
      // s without i and j: s[0..i), s[i+1..j), s[j+1..n)
      const tail = n - 1 - j;
      const h = Math.imul(head, power[n - 2 - i]!) + Math.imul(slice(i + 1, j), power[tail]!) + slice(j + 1, n);
      emit(finish(h | 0));
    }
  }
}
