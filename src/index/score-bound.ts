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
 * A query initial paired with a listed word as its initial weighs only its own weight, so cᵢ is
 * wᵢ for such a pair; the rest of the word costs 0.3 of its weight there (name-score.ts), more
 * than the tenth `candidateCostAllowance` counts for it.
 *
 * Per name, the bound also knows how well each pair can score: with xᵢ = simᵢ·w(pairᵢ), the
 * score is Σxᵢ / (Σxᵢ + Σ(1 − simᵢ)·w(pairᵢ) + costs) ≤ X / (X + U + V), X = Σ_{i∈S} sᵢ·(wᵢ + cᵢ)/2
 * when simᵢ ≤ sᵢ: the part of a pair's weight its similarity misses only adds to the denominator.
 * So a name met only through a typo or through another legal form ("AG" for "LLC": 0.9) gets a
 * bound under 1 (`pairedScoreBound`). The score is also at most the best simᵢ of its pairs (a
 * weighted mean of them, shrunk by costs); pairScoreCeiling (part-similarity.ts) gives 1 to the
 * one kind of pair for which that fails.
 */
import type { PreparedPart } from '../match/index.js';

/** Scores are rounded to 3 decimals: a raw score this much under the threshold can still reach it. */
export const ROUNDING_SLACK = 0.0005 + 1e-9;

/** Cost of an unmatched query initial when no listed word is left to explain it (name-score.ts). */
const UNMATCHED_INITIAL_COST = 0.5;

/**
 * The least an unmatched query part can cost: nothing for a legal form, the small initial cost for
 * an initial, else its weight. Parts that repeat one text ("Abdikadir Abdikadir Mohammad") cost as
 * one: the first costs when none of them is matched (name-score.ts `isRepeat`), the others nothing
 * — see `repeatMasks`.
 */
export function leastUnmatchedCost(parts: readonly PreparedPart[], i: number): number {
  const p = parts[i]!;
  if (p.kind === 'legal-form') return 0;
  for (let j = 0; j < i; j++) if (parts[j]!.text === p.text) return 0;
  if (p.kind === 'initial') return Math.min(UNMATCHED_INITIAL_COST, p.weight);
  return p.weight;
}

/** For each query part, the bits of the other parts with the same text (0 for most parts). */
export function repeatMasks(parts: readonly PreparedPart[]): Int32Array {
  const masks = new Int32Array(parts.length);
  for (let i = 0; i < parts.length && i < 31; i++) {
    for (let j = 0; j < parts.length && j < 31; j++) if (j !== i && parts[j]!.text === parts[i]!.text) masks[i]! |= 1 << j;
  }
  return masks;
}

/** The share of its weight an unmatched listed part costs at least (when it costs anything). */
const CANDIDATE_COST_SHARE = 0.1;

/**
 * The least an unmatched listed part can cost (name-score.ts: a fifth of its weight, a tenth for a
 * patronymic, nothing for honorifics, legal forms and repeats). We take the tenth for every part
 * that costs anything, which stays a bound if roles are assigned differently.
 */
export function leastUnmatchedCandidateCost(parts: readonly PreparedPart[], i: number): number {
  const p = parts[i]!;
  if (p.kind === 'honorific' || p.kind === 'legal-form') return 0;
  for (let j = 0; j < parts.length; j++) if (j !== i && parts[j]!.text === p.text) return 0;
  return CANDIDATE_COST_SHARE * p.weight;
}

/**
 * B for one name: `pairWeight[i]` is cᵢ for the parts in `mask`; `candidateCost` is V. A part
 * outside `mask` costs `costs[i]` unless one of its repeats (`repeats[i]`) is in `mask`.
 */
export function nameScoreBound(mask: number, queryWeights: Float64Array, pairWeight: Float64Array, costs: Float64Array, repeats: Int32Array, candidateCost = 0): number {
  let matched = 0;
  let unmatched = 0;
  for (let i = 0; i < costs.length; i++) {
    if (mask & (1 << i)) matched += (queryWeights[i]! + pairWeight[i]!) / 2;
    else if ((mask & repeats[i]!) === 0) unmatched += costs[i]!;
  }
  return matched > 0 ? matched / (matched + unmatched + candidateCost) : 0;
}

/**
 * `nameScoreBound` for a query of more parts than a mask holds: `inSet[i]` is 1 for the parts in
 * S, and a part outside it costs nothing when a part of its text (`firstSame[i]`, the first part
 * with the text of part i) is in S.
 */
export function partsScoreBound(inSet: Uint8Array, queryWeights: Float64Array, pairWeight: Float64Array, costs: Float64Array, firstSame: readonly number[]): number {
  const textIn = new Uint8Array(costs.length);
  for (let i = 0; i < costs.length; i++) if (inSet[i]) textIn[firstSame[i]!] = 1;
  let matched = 0;
  let unmatched = 0;
  for (let i = 0; i < costs.length; i++) {
    if (inSet[i]) matched += (queryWeights[i]! + pairWeight[i]!) / 2;
    else if (!textIn[firstSame[i]!]) unmatched += costs[i]!;
  }
  return matched > 0 ? matched / (matched + unmatched) : 0;
}

/**
 * B for one name with each pair's similarity: `pairValue[i]` is sᵢ·(wᵢ + cᵢ)/2 for the parts in
 * `mask` (the best over the listed parts part i pairs with in this name), the rest as in
 * `nameScoreBound`. `pairable`: how many query parts can pair at once in this name — each listed
 * part pairs with one query part, and when several query parts pair only with the same few
 * listed parts ("Ko. Ltd" against a name with one legal form) the rest stay unmatched. Then X
 * takes only the `pairable` highest values, and U also the least costs of the parts left over.
 */
export function pairedScoreBound(mask: number, pairValue: Float64Array, costs: Float64Array, repeats: Int32Array, candidateCost: number, pairable = Infinity): number {
  let matched = 0;
  let unmatched = 0;
  let inMask = 0;
  for (let i = 0; i < costs.length; i++) {
    if (mask & (1 << i)) {
      matched += pairValue[i]!;
      inMask++;
    } else if ((mask & repeats[i]!) === 0) unmatched += costs[i]!;
  }
  if (inMask > pairable) {
    matched = sumOfExtremes(mask, pairValue, pairable, true);
    // a part left over costs nothing if it repeats another's text (name-score.ts `isRepeat`)
    unmatched += sumOfExtremes(mask, costs, inMask - pairable, false, repeats);
  }
  return matched > 0 ? matched / (matched + unmatched + candidateCost) : 0;
}

/** Sum of the `count` highest (or lowest) values[i] for i in `mask`; parts with a repeat count 0. */
function sumOfExtremes(mask: number, values: Float64Array, count: number, highest: boolean, repeats?: Int32Array): number {
  let taken = 0;
  let sum = 0;
  while (taken < count) {
    let pick = -1;
    let best = highest ? -Infinity : Infinity;
    for (let i = 0; i < values.length; i++) {
      if ((mask & (1 << i)) === 0) continue;
      const v = repeats && repeats[i] !== 0 ? 0 : values[i]!;
      if (highest ? v > best : v < best) {
        best = v;
        pick = i;
      }
    }
    if (pick < 0) break;
    mask &= ~(1 << pick);
    sum += best;
    taken++;
  }
  return sum;
}

/**
 * The highest total least cost T (Σ leastUnmatchedCandidateCost over all its parts) a listed name
 * can have and still reach `needed`, whatever its parts are; `mask` holds every query part that
 * pairs at all. The matcher pairs each query part with at most one listed part or run of parts,
 * which weighs at most cᵢ and so takes at most CANDIDATE_COST_SHARE·cᵢ off the name's unmatched
 * cost: V ≥ T − 0.1·Σcᵢ. With A and U as in `nameScoreBound` (largest when every part that can
 * pair does), B ≥ needed needs T ≤ 0.1·Σcᵢ + A/needed − A − U.
 */
export function candidateCostAllowance(mask: number, queryWeights: Float64Array, pairWeight: Float64Array, costs: Float64Array, repeats: Int32Array, needed: number): number {
  let matched = 0;
  let unmatched = 0;
  let paired = 0;
  for (let i = 0; i < costs.length; i++) {
    if (mask & (1 << i)) {
      matched += (queryWeights[i]! + pairWeight[i]!) / 2;
      paired += CANDIDATE_COST_SHARE * pairWeight[i]!;
    } else if ((mask & repeats[i]!) === 0) unmatched += costs[i]!;
  }
  return matched > 0 ? paired + matched / needed - matched - unmatched : -Infinity;
}
