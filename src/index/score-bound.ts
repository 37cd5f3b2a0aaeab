/**
 * Upper bounds on the matcher's score, which let the index skip names that cannot reach the
 * threshold. This file mirrors the matcher's retrieval contract (src/match/types.ts); when the
 * matcher's weighting changes, this is the one place to follow it, and the property test in
 * test/index/ fails until it does.
 *
 * Name score (alignNames): Σ sim·w(pair) / (Σ w(pair) + Σ w(unmatched query part) + c·Σ w(unmatched
 * candidate part)), with sim ≤ 1 and w(pair) = (w(q) + w(c)) / 2. If only the query parts in a set S
 * can pair with anything in a name, the score is at most B(S) = A / (A + U), where
 * A = Σ_{i∈S} (w(qᵢ) + w(longest token qᵢ pairs with)) / 2 and U = Σ_{i∉S} w(qᵢ): moving a part
 * from unmatched to matched only raises the ratio, and dropping the candidate-side cost only raises
 * it too. B grows with S, so the parts whose bound alone stays under the threshold need not be
 * looked up at all ("non-essential" parts), as in MaxScore.
 */
import type { ScreenQuery } from '../match/index.js';

/** The matcher's weight of a name part of this length. */
export function partWeight(length: number): number {
  return Math.max(2, length);
}

/** Scores are rounded to 3 decimals: a raw score this much under the threshold can still reach it. */
export const ROUNDING_SLACK = 0.0005 + 1e-9;

/**
 * The most the qualifiers of this query can add to a name score, apart from an identifier match
 * (entities sharing an identifier with the query are always retrieved and scored).
 */
export function maxQualifierLift(query: ScreenQuery): number {
  let lift = 0;
  if (query.birthDate) lift += 0.05;
  if (query.countries?.length) lift += 0.03;
  return lift;
}

/**
 * Bound B(mask) over a query of up to 31 parts, given per part its weight and the most a pairing
 * can contribute to the matched weight.
 */
export class NameScoreBound {
  private readonly queryWeights: Float64Array;
  private readonly matchedWeights: Float64Array;
  private readonly totalQueryWeight: number;

  constructor(queryWeights: Float64Array, matchedWeights: Float64Array) {
    this.queryWeights = queryWeights;
    this.matchedWeights = matchedWeights;
    let total = 0;
    for (const w of queryWeights) total += w;
    this.totalQueryWeight = total;
  }

  /** B(mask): bit i set when query part i can pair with some part of the name. */
  of(mask: number): number {
    let matched = 0;
    let unmatched = this.totalQueryWeight;
    for (let i = 0; mask !== 0; i++, mask >>>= 1) {
      if (mask & 1) {
        matched += this.matchedWeights[i]!;
        unmatched -= this.queryWeights[i]!;
      }
    }
    return matched > 0 ? matched / (matched + Math.max(0, unmatched)) : 0;
  }
}
