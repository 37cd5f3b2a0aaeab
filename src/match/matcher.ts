/**
 * The matcher: a prepared query against one prepared entity → score and explanation.
 * The name score comes from the best-scoring name variant (name-score.ts); qualifiers (date of
 * birth, country, gender, entity type, identifiers: qualifiers.ts) then add or remove a bounded
 * amount, each reported as a feature.
 */
import { alignPrepared, scoreNames, type NameAlignment } from './name-score.js';
import { qualifierFeatures } from './qualifiers.js';
import { roundScore } from './round-score.js';
import type { Explanation, FeatureContribution, MatchResult, PreparedEntity, PreparedName, PreparedQuery } from './types.js';

export { prepareEntity, prepareQuery, prepareName, PrepareCache, retrievalKeys } from './prepare.js';
export { maxQualifierLift, datesOverlap, relateDates, IDENTIFIER_LIFT } from './qualifiers.js';

/**
 * Default alert threshold, calibrated on the public sets (docs/quality.md): entity-check accuracy
 * is at its best (0.952) for any threshold from 0.76 to 0.80 and both negative sets give no false
 * alert across that range; 0.78 sits mid-plateau, leaving recall a margin on names the public sets
 * do not cover. Adjustable per request.
 */
export const DEFAULT_THRESHOLD = 0.78;

/** A weak alias ("a.k.a. 'EL HIELERO'") identifies poorly on its own: it scores a little lower. */
const WEAK_ALIAS_FACTOR = 0.9;

/**
 * Score a query against an entity. `names` restricts the comparison to some of its prepared names:
 * the index passes the names that can still reach the threshold, since the others cannot be the
 * best one of a hit.
 */
export function matchEntity(q: PreparedQuery, c: PreparedEntity, names: readonly PreparedName[] = c.names): MatchResult {
  let bestScore = -1;
  let best: PreparedName | undefined;
  let bestQuery = q.name;
  for (const name of names) {
    const weak = name.weak;
    for (let v = -1; v < q.variants.length; v++) {
      const queryName = v < 0 ? q.name : q.variants[v]!;
      const raw = scoreNames(queryName, name);
      const s = weak ? raw * WEAK_ALIAS_FACTOR : raw;
      if (s > bestScore) {
        bestScore = s;
        best = name;
        bestQuery = queryName;
      }
    }
  }
  const nameScore = Math.max(0, bestScore);
  const qualifiers = qualifierFeatures(q, c);
  let score = nameScore;
  for (const f of qualifiers) score += f.delta;
  score = Math.min(1, Math.max(0, score));
  return new LazyMatchResult(roundScore(score), nameScore, bestQuery, c, best, qualifiers);
}

/**
 * A MatchResult whose explanation is built on first read: screening discards most results unread,
 * and building the alignment costs as much as scoring. `toJSON` includes it, so JSON output is the
 * plain MatchResult shape.
 */
class LazyMatchResult implements MatchResult {
  readonly score: number;
  #explanation: Explanation | undefined;
  readonly #nameScore: number;
  readonly #query: PreparedName;
  readonly #entity: PreparedEntity;
  readonly #best: PreparedName | undefined;
  readonly #qualifiers: FeatureContribution[];

  constructor(score: number, nameScore: number, q: PreparedName, c: PreparedEntity, best: PreparedName | undefined, qualifiers: FeatureContribution[]) {
    this.score = score;
    this.#nameScore = nameScore;
    this.#query = q;
    this.#entity = c;
    this.#best = best;
    this.#qualifiers = qualifiers;
  }

  get explanation(): Explanation {
    if (this.#explanation) return this.#explanation;
    const best = this.#best;
    const matched = best ? this.#entity.entity.names[best.index] : undefined;
    const a: NameAlignment | undefined = best ? alignPrepared(this.#query, best) : undefined;
    const penalties = a?.penalties.length ? `; ${a.penalties.join('; ')}` : '';
    const features: FeatureContribution[] = [
      { feature: 'name', delta: roundScore(this.#nameScore), detail: `best name "${matched?.full ?? ''}" (${matched?.kind ?? 'none'})${penalties}` },
      ...this.#qualifiers,
    ];
    this.#explanation = {
      matchedName: matched?.full ?? '',
      matchedNameKind: matched?.kind ?? 'primary',
      nameScore: roundScore(this.#nameScore),
      alignment: a?.alignment ?? [],
      features,
    };
    return this.#explanation;
  }

  toJSON(): MatchResult {
    return { score: this.score, explanation: this.explanation };
  }
}

