/**
 * The matcher: a prepared query against one prepared entity → score and explanation.
 * The name score comes from the best-scoring name variant (name-score.ts); qualifiers (date of
 * birth, country, gender, entity type, identifiers: qualifiers.ts) then add or remove a bounded
 * amount, each reported as a feature.
 */
import { alignPrepared, type NameAlignment } from './name-score.js';
import { qualifierFeatures } from './qualifiers.js';
import type { FeatureContribution, MatchResult, PreparedEntity, PreparedQuery } from './types.js';

export { prepareEntity, prepareQuery, prepareName } from './prepare.js';
export { maxQualifierLift, datesOverlap, relateDates, IDENTIFIER_LIFT } from './qualifiers.js';

/**
 * Default alert threshold. Calibrated on the public sets (docs/quality.md): the lowest score that
 * keeps the evaluation checks' accuracy at its best while negatives stay under one false alert per
 * thousand names. Adjustable per request.
 */
export const DEFAULT_THRESHOLD = 0.8;

/** A weak alias ("a.k.a. 'EL HIELERO'") identifies poorly on its own: it scores a little lower. */
const WEAK_ALIAS_FACTOR = 0.9;

export function matchEntity(q: PreparedQuery, c: PreparedEntity): MatchResult {
  let best: NameAlignment | undefined;
  let bestScore = -1;
  let bestIndex = 0;
  for (const name of c.names) {
    const a = alignPrepared(q.name, name);
    const s = c.entity.names[name.index]!.kind === 'weak' ? a.score * WEAK_ALIAS_FACTOR : a.score;
    if (s > bestScore) {
      best = a;
      bestScore = s;
      bestIndex = name.index;
    }
  }
  const nameScore = Math.max(0, bestScore);
  const matched = c.entity.names[bestIndex];
  const penalties = best?.penalties.length ? `; ${best.penalties.join('; ')}` : '';
  const features: FeatureContribution[] = [
    { feature: 'name', delta: nameScore, detail: `best name "${matched?.full ?? ''}" (${matched?.kind ?? 'none'})${penalties}` },
  ];
  features.push(...qualifierFeatures(q, c));
  let score = 0;
  for (const f of features) score += f.delta;
  score = Math.min(1, Math.max(0, score));
  return {
    score: Math.round(score * 1000) / 1000,
    explanation: {
      matchedName: matched?.full ?? '',
      matchedNameKind: matched?.kind ?? 'primary',
      nameScore: Math.round(nameScore * 1000) / 1000,
      alignment: best?.alignment ?? [],
      features,
    },
  };
}
