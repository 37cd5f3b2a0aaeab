/**
 * Partition keys for typo search (the pigeonhole filter of Pass-Join, Li et al. 2011).
 *
 * A token of length L that tolerates k edits is cut into k + 1 segments. If a query token is
 * within k edits, at least one segment is untouched by those edits and appears in the query
 * verbatim, shifted by at most k positions. So the index stores k + 1 keys per token
 * (length, segment number, segment text), and a query probes, for each length it could match,
 * each segment's text at each position within the shift window. Building is a handful of hashes
 * per token; a probe is a few dozen to a few hundred lookups.
 *
 * Keys are 32-bit hashes: collisions only add candidates, which the caller verifies with the
 * matcher's own token similarity, so they never cost recall.
 */
import { typoBudget } from '../match/index.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function segmentHash(s: string, from: number, length: number, tokenLength: number, segment: number): number {
  let h = Math.imul(FNV_OFFSET ^ tokenLength, FNV_PRIME);
  h = Math.imul(h ^ segment, FNV_PRIME);
  for (let i = from, end = from + length; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/** Start of segment i of k + 1 even segments over a token of length L (the last ones one longer). */
function segmentStart(length: number, segments: number, i: number): number {
  const base = Math.floor(length / segments);
  const longer = length - base * segments; // the last `longer` segments get one more character
  const shorter = segments - longer;
  return i <= shorter ? i * base : shorter * base + (i - shorter) * (base + 1);
}

/** Emits the index keys of a vocabulary token that tolerates `typoBudget(token.length)` edits. */
export function forEachSegmentKey(token: string, emit: (key: number) => void): void {
  const k = typoBudget(token.length);
  if (k === 0) return; // such tokens match exactly or as initials only
  const L = token.length;
  for (let i = 0; i <= k; i++) {
    const from = segmentStart(L, k + 1, i);
    emit(segmentHash(token, from, segmentStart(L, k + 1, i + 1) - from, L, i));
  }
}

/**
 * Emits the keys to probe for a query token: every indexed token within the matcher's typo budget
 * of it (min of both sides' budgets) has at least one of its segment keys among these.
 */
export function forEachProbeKey(q: string, emit: (key: number) => void): void {
  const budget = typoBudget(q.length);
  if (budget === 0) return;
  const n = q.length;
  for (let L = Math.max(1, n - budget); L <= n + budget; L++) {
    const k = typoBudget(L);
    const d = Math.min(budget, k);
    if (d === 0 || Math.abs(L - n) > d) continue;
    for (let i = 0; i <= k; i++) {
      const start = segmentStart(L, k + 1, i);
      const length = segmentStart(L, k + 1, i + 1) - start;
      const lo = Math.max(0, start - d);
      const hi = Math.min(n - length, start + d);
      for (let p = lo; p <= hi; p++) emit(segmentHash(q, p, length, L, i));
    }
  }
}
