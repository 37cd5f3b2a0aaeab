/**
 * Upper bounds on the matcher's name score, which let the index skip names that cannot reach the
 * threshold. This follows the retrieval contract in src/match/types.ts; when the matcher's
 * weighting changes, this is the one place to follow it, and the property tests in test/index/
 * fail until it does.
 *
 * Name score: Σ sim·w(pair) / (Σ w(pair) + Σ cost(unmatched query part) + candidate-side costs)
 * × penalties, with sim ≤ 1, penalties ≤ 1 and w(pair) = (query weights + candidate weights) / 2.
 * If, in some name, query part i can only pair with candidate parts (or runs of parts) weighing
 * at most cᵢ, and the parts in a set S can pair at all, then the score is at most
 *     B = A / (A + U + V),  A = Σ_{i∈S} (wᵢ + cᵢ) / 2,  U = Σ_{i∉S} cost(i)
 * where V is the least cost of the candidate parts that pair with no query part (0 when unknown):
 * the real matched weight is at most A, the real unmatched costs at least U + V, and penalties
 * only lower the score. (A run of several query parts pairing with one candidate part is
 * counted once per member: more than its real weight, so still a bound.) B grows with S, so query
 * parts whose bound alone stays under the threshold need not be looked up ("non-essential"
 * parts, as in MaxScore): every name that can reach it pairs with at least one essential part.
 */
import type { PreparedPart } from '../match/index.js';

/** Scores are rounded to 3 decimals: a raw score this much under the threshold can still reach it. */
export const ROUNDING_SLACK = 0.0005 + 1e-9;

/** Cost of an unmatched query initial when no listed word is left to explain it (name-score.ts). */
const UNMATCHED_INITIAL_COST = 0.5;

/**
 * The least an unmatched query part can cost: nothing for a repeated part or a legal form, the
 * small initial cost for an initial, else its weight.
 */
export function leastUnmatchedCost(parts: readonly PreparedPart[], i: number): number {
  const p = parts[i]!;
  if (p.kind === 'legal-form') return 0;
  for (let j = 0; j < parts.length; j++) if (j !== i && parts[j]!.text === p.text) return 0;
  if (p.kind === 'initial') return Math.min(UNMATCHED_INITIAL_COST, p.weight);
  return p.weight;
}

/**
 * The least an unmatched listed part can cost (name-score.ts: a fifth of its weight, a tenth for a
 * patronymic, nothing for honorifics, legal forms and repeats). We take the tenth for every part
 * that costs anything, which stays a bound if roles are assigned differently.
 */
export function leastUnmatchedCandidateCost(parts: readonly PreparedPart[], i: number): number {
  const p = parts[i]!;
  if (p.kind === 'honorific' || p.kind === 'legal-form') return 0;
  for (let j = 0; j < parts.length; j++) if (j !== i && parts[j]!.text === p.text) return 0;
  return 0.1 * p.weight;
}

/** B for one name: `pairWeight[i]` is cᵢ for the parts in `mask`; `candidateCost` is V. */
export function nameScoreBound(mask: number, queryWeights: Float64Array, pairWeight: Float64Array, costs: Float64Array, totalCost: number, candidateCost = 0): number {
  let matched = 0;
  let unmatched = totalCost;
  for (let i = 0; mask !== 0; i++, mask >>>= 1) {
    if (mask & 1) {
      matched += (queryWeights[i]! + pairWeight[i]!) / 2;
      unmatched -= costs[i]!;
    }
  }
  return matched > 0 ? matched / (matched + Math.max(0, unmatched) + candidateCost) : 0;
}
