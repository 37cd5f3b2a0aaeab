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

/**
 * Key of each name: COST_BUCKETS × (has a distinctive word) + its cost bucket. `wordAlone[k]`:
 * name part k is a word whose text no other part of its name has (a part repeating another's text
 * is never counted as left over alone by the matcher).
 */
export function nameKeys(nameStart: Int32Array, nameCosts: Float32Array, wordAlone: Uint8Array): Uint8Array {
  const names = nameStart.length - 1;
  const keys = new Uint8Array(names);
  for (let n = 0; n < names; n++) {
    let total = 0;
    let word = false;
    for (let k = nameStart[n]!, end = nameStart[n + 1]!; k < end; k++) {
      total += nameCosts[k]!;
      if (wordAlone[k]) word = true;
    }
    keys[n] = (word ? COST_BUCKETS : 0) + Math.min(COST_BUCKETS - 1, Math.floor(total / COST_STEP));
  }
  return keys;
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
