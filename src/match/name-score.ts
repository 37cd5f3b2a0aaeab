/**
 * Name comparison: align query parts to candidate parts one-to-one, in any order, then weigh.
 *
 * Weights: a part weighs its length (longer parts carry more information). An unmatched query part
 * costs its full weight — the user typed it and the listed name does not have it — while an
 * unmatched candidate part costs only UNMATCHED_CANDIDATE_COST of its weight, because lists carry
 * full names (second surnames, patronymics) that users often drop.
 */
import { jaroWinkler, levenshtein } from './similarity.js';
import type { PartHow, PartMatch } from './types.js';

const UNMATCHED_CANDIDATE_COST = 0.3;

/** Edits allowed for a token of this length: short tokens must match exactly. */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

export interface PartSimilarity {
  score: number;
  how: PartHow;
}

export function partSimilarity(q: string, c: string): PartSimilarity {
  if (q === c) return { score: 1, how: 'exact' };
  if (q.length === 1 || c.length === 1) {
    return q[0] === c[0] ? { score: 0.8, how: 'initial' } : { score: 0, how: 'unmatched-query' };
  }
  const d = levenshtein(q, c);
  const budget = Math.min(typoBudget(q.length), typoBudget(c.length));
  if (d <= budget) {
    const jw = jaroWinkler(q, c);
    return { score: Math.max(0.75, Math.min(0.97, jw)), how: 'typo' };
  }
  return { score: 0, how: 'unmatched-query' };
}

export interface NameAlignment {
  score: number;
  alignment: PartMatch[];
}

export function alignNames(query: readonly string[], candidate: readonly string[]): NameAlignment {
  if (query.length === 0 || candidate.length === 0) return { score: 0, alignment: [] };
  const pairs: { qi: number; ci: number; sim: PartSimilarity }[] = [];
  for (let qi = 0; qi < query.length; qi++) {
    for (let ci = 0; ci < candidate.length; ci++) {
      const sim = partSimilarity(query[qi]!, candidate[ci]!);
      if (sim.score > 0) pairs.push({ qi, ci, sim });
    }
  }
  pairs.sort((a, b) => b.sim.score - a.sim.score || Math.abs(a.qi - a.ci) - Math.abs(b.qi - b.ci));
  const usedQ = new Uint8Array(query.length);
  const usedC = new Uint8Array(candidate.length);
  const alignment: PartMatch[] = [];
  let matched = 0;
  let total = 0;
  for (const p of pairs) {
    if (usedQ[p.qi] || usedC[p.ci]) continue;
    usedQ[p.qi] = 1;
    usedC[p.ci] = 1;
    const q = query[p.qi]!;
    const c = candidate[p.ci]!;
    const w = (weight(q) + weight(c)) / 2;
    matched += p.sim.score * w;
    total += w;
    alignment.push({ query: q, candidate: c, how: p.sim.how, score: p.sim.score });
  }
  for (let qi = 0; qi < query.length; qi++) {
    if (usedQ[qi]) continue;
    total += weight(query[qi]!);
    alignment.push({ query: query[qi]!, candidate: '', how: 'unmatched-query', score: 0 });
  }
  for (let ci = 0; ci < candidate.length; ci++) {
    if (usedC[ci]) continue;
    total += UNMATCHED_CANDIDATE_COST * weight(candidate[ci]!);
    alignment.push({ query: '', candidate: candidate[ci]!, how: 'unmatched-candidate', score: 0 });
  }
  return { score: total > 0 ? matched / total : 0, alignment };
}

function weight(token: string): number {
  return Math.max(2, token.length);
}
