/**
 * Partition keys for typo search (the pigeonhole filter of Pass-Join, Li et al. 2011), extended
 * to adjacent transpositions, which the matcher counts as one edit (optimal string alignment).
 *
 * A string of length L that tolerates k edits is cut into k + 1 segments; the index stores one
 * key per segment: (length, segment number, segment text). If a query is within k edits, the
 * edits other than transpositions across a segment boundary spoil at most k segments, so one
 * segment is left whose inside is intact: it appears in the query shifted by at most k positions,
 * either verbatim or with its first and/or last character swapped with the query's character just
 * outside it (a transposition across its boundary). Its shift x is bounded further by the length
 * difference: the edits on either side of it make up the query's length, so x takes about k + 1
 * values, not 2k + 1. A probe therefore hashes, for each length the query could match, each
 * segment at each position of the shift window in up to four "repaired" forms. Building costs
 * k + 1 hashes per string; a probe a few dozen to a couple of hundred lookups.
 *
 * Keys are 32-bit hashes: collisions only add candidates, which callers verify with the matcher's
 * own comparison, so they never cost recall.
 */
import { typoBudget } from '../match/index.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function start(length: number, segment: number): number {
  return Math.imul(Math.imul(FNV_OFFSET ^ length, FNV_PRIME) ^ segment, FNV_PRIME);
}

function feed(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

function finish(h: number): number {
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/** Start of segment i of `segments` even segments over a string of length L (the last ones one longer). */
function segmentStart(length: number, segments: number, i: number): number {
  const base = Math.floor(length / segments);
  const longer = length - base * segments;
  const shorter = segments - longer;
  return i <= shorter ? i * base : shorter * base + (i - shorter) * (base + 1);
}

/**
 * Emits the index keys of a string that tolerates `typoBudget(text.length) - fewerEdits` edits
 * (glued words are allowed one edit fewer: cut for that, the segments are longer and their keys
 * more selective). Probe with the same `fewerEdits`.
 */
export function forEachSegmentKey(text: string, emit: (key: number) => void, fewerEdits = 0): void {
  const k = typoBudget(text.length) - fewerEdits;
  if (k <= 0) return; // such strings match exactly (or as initials) only
  const L = text.length;
  for (let i = 0; i <= k; i++) {
    const from = segmentStart(L, k + 1, i);
    const to = segmentStart(L, k + 1, i + 1);
    let h = start(L, i);
    for (let c = from; c < to; c++) h = feed(h, text.charCodeAt(c));
    emit(finish(h));
  }
}

/**
 * Emits the keys to probe for a query string, with the segment each stands for: every string
 * indexed with `cutFewer` (forEachSegmentKey's `fewerEdits`) and within the matcher's typo budget
 * of it (the budget of the shorter one, less `fewerEdits`) has at least one of its segment keys
 * among these. When a pair allows fewer edits than a length's keys were cut for, more segments
 * stay intact — every intact segment is emitted at its place, so with d edits allowed and k + 1
 * segments at least k + 1 - d of a string's segments are among the keys — and the same keys serve,
 * probed over a narrower window.
 */
export function forEachProbeKey(q: string, emit: (key: number, segment: number) => void, fewerEdits = 0, cutFewer = fewerEdits): void {
  const budget = typoBudget(q.length) - fewerEdits;
  if (budget <= 0) return;
  const n = q.length;
  for (let L = Math.max(1, n - budget); L <= n + budget; L++) {
    const k = typoBudget(L) - cutFewer;
    const d = Math.min(budget, typoBudget(L) - fewerEdits);
    if (d <= 0 || Math.abs(L - n) > d) continue;
    // an intact segment found x = p - s positions off leaves at least |x| edits before it (s
    // characters made p) and |n - L - x| after it, within the pair's d (Pass-Join's shift-based
    // window; a transposition across its boundary only adds one)
    const xMin = Math.ceil((n - L - d) / 2);
    const xMax = Math.floor((n - L + d) / 2);
    for (let i = 0; i <= k; i++) {
      const s = segmentStart(L, k + 1, i);
      const len = segmentStart(L, k + 1, i + 1) - s;
      const lo = Math.max(0, s + xMin);
      const hi = Math.min(n - len, s + xMax);
      for (let p = lo; p <= hi; p++) {
        const base = start(L, i);
        const first = q.charCodeAt(p);
        const last = q.charCodeAt(p + len - 1);
        // verbatim
        emit(finish(feed(feedInner(feed(base, first), q, p, len), last)), i);
        const hasLeft = p > 0;
        const hasRight = p + len < n;
        const left = hasLeft ? q.charCodeAt(p - 1) : 0;
        const right = hasRight ? q.charCodeAt(p + len) : 0;
        // first character swapped with the one before the segment
        if (hasLeft) emit(finish(feed(feedInner(feed(base, left), q, p, len), last)), i);
        // last character swapped with the one after it
        if (hasRight) emit(finish(feed(feedInner(feed(base, first), q, p, len), right)), i);
        if (hasLeft && hasRight) emit(finish(feed(feedInner(feed(base, left), q, p, len), right)), i);
      }
    }
  }
}

/** Feed the characters strictly inside the segment [p, p + len). */
function feedInner(h: number, q: string, p: number, len: number): number {
  for (let c = p + 1; c < p + len - 1; c++) h = feed(h, q.charCodeAt(c));
  return h;
}
