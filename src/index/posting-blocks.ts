/**
 * Postings ordered so that a query skips, without touching them, names that cannot reach the
 * threshold whatever else they hold (block-max skipping). Each name gets a one-byte key from two
 * query-independent quantities: whether it has a distinctive word of its own (kind 'word', text
 * not repeated in the name), and its total least unmatched cost T (Σ leastUnmatchedCandidateCost,
 * score-bound.ts), in buckets of COST_STEP. Every part's postings are sorted by key, then by name,
 * so the names a query can skip — T over its allowance (`candidateCostAllowance`), or any
 * distinctive word when only generic words can pair — are whole runs found by binary search.
 */
export const COST_BUCKETS = 64;
const COST_STEP = 0.1;
/** Float32 costs summed in another order than at build: a bucket is skipped only beyond this. */
const COST_SLACK = 1e-4;

/** Key of each name: COST_BUCKETS × (has a distinctive word) + its cost bucket. */
export function nameKeys(nameStart: Int32Array, nameParts: Int32Array, nameCosts: Float32Array, partIsWord: Uint8Array, partText: (id: number) => string): Uint8Array {
  const names = nameStart.length - 1;
  const keys = new Uint8Array(names);
  for (let n = 0; n < names; n++) {
    let total = 0;
    let word = false;
    for (let k = nameStart[n]!, end = nameStart[n + 1]!; k < end; k++) {
      total += nameCosts[k]!;
      if (!word && partIsWord[nameParts[k]!] && !repeatsInName(nameStart[n]!, end, k, nameParts, partText)) word = true;
    }
    keys[n] = (word ? COST_BUCKETS : 0) + Math.min(COST_BUCKETS - 1, Math.floor(total / COST_STEP));
  }
  return keys;
}

/** Whether part k's text is the text of another part of its name (the matcher never counts such a part as left over alone). */
function repeatsInName(start: number, end: number, k: number, nameParts: Int32Array, partText: (id: number) => string): boolean {
  const text = partText(nameParts[k]!);
  for (let j = start; j < end; j++) if (j !== k && partText(nameParts[j]!) === text) return true;
  return false;
}

/** Name indexes in key order, by name within a key (a stable counting sort). */
export function keyOrder(keys: Uint8Array): Int32Array {
  const starts = new Int32Array(2 * COST_BUCKETS + 1);
  for (let n = 0; n < keys.length; n++) starts[keys[n]! + 1]!++;
  for (let k = 0; k < 2 * COST_BUCKETS; k++) starts[k + 1]! += starts[k]!;
  const order = new Int32Array(keys.length);
  for (let n = 0; n < keys.length; n++) order[starts[keys[n]!]!++] = n;
  return order;
}

/** How many cost buckets, from the cheapest, can hold names whose total cost is within `allowance`. */
export function costBucketsWithin(allowance: number): number {
  if (!(allowance >= 0)) return 0;
  return Math.min(COST_BUCKETS, Math.floor((allowance + COST_SLACK) / COST_STEP) + 1);
}

/** First position in postings[from .. to) whose name's key is at least `key` (postings sorted by key). */
export function firstWithKey(postings: Int32Array, keys: Uint8Array, from: number, to: number, key: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (keys[postings[mid]!]! < key) from = mid + 1;
    else to = mid;
  }
  return from;
}
