/**
 * Name comparison: align query parts to candidate parts one-to-one, in any order, then weigh.
 *
 *   score = Σ sim·w(pair) / (Σ w(pair) + Σ cost(unmatched query part) + Σ cost(unmatched candidate part))
 *           × penalties
 *
 * with w(pair) the mean of the two parts' weights (prepare.ts). Pairs are taken greedily, best
 * similarity first; then leftover parts may pair as glued/split words ("alassad" = "al assad") or
 * acronyms ("PLA" = "People's Liberation Army").
 *
 * Costs are asymmetric: an unmatched query part costs its full weight (the user typed it and the
 * listed name lacks it), an unmatched candidate part only a fifth (lists carry full names — second
 * surnames, middle names — that users drop), a tenth for a listed patronymic ("bin Muhammad ibn
 * Awad"), nothing for a repeated part. Penalties (each a factor < 1): a pair whose roles conflict
 * (given vs family or patronymic: "Salman bin Mohammed" vs "Mohammed bin Salman"); an unmatched
 * number ("Victory" vs "Victory 3"); a match resting only on generic words while the candidate's
 * distinctive words are missing ("Management Company" vs "Westminster Management Company").
 * Two legal forms of different families ("AG" vs "GmbH") count as an unmatched part of weight 6.
 */
import { prepareName } from './prepare.js';
import { comparePart, typoBudget, typoScore, type PartSimilarity } from './part-similarity.js';
import { boundedEditDistance } from './similarity.js';
import type { NameRole } from '../normalize/index.js';
import type { PartHow, PartMatch, PreparedName, PreparedPart } from './types.js';

export { typoBudget } from './part-similarity.js';

const UNMATCHED_CANDIDATE_COST = 0.2;
const UNMATCHED_PATRONYMIC_COST = 0.1;
/** A query initial that has a different listed middle name to match: "Hans O. Friedrich" vs "Hans Joachim Friedrich". */
const INITIAL_CONFLICT_COST = 3;
const UNMATCHED_INITIAL_COST = 0.5;
const LEGAL_FORM_CONFLICT_COST = 6;
const ROLE_CONFLICT_FACTOR = 0.5;
const NUMBER_MISMATCH_FACTOR = 0.75;
const ONLY_GENERIC_FACTOR = 0.5;
const ONLY_INITIALS_FACTOR = 0.5;
const GLUED_SCORE = 0.95;
const ACRONYM_SCORE = 0.9;

export interface NameAlignment {
  score: number;
  alignment: PartMatch[];
  /** Penalties applied, one line each, for the explanation. */
  penalties: string[];
}

function rolesConflict(a: NameRole, b: NameRole): boolean {
  if (a === 'unknown' || b === 'unknown' || a === b) return false;
  return a === 'given' || b === 'given';
}

interface Pair {
  qi: number;
  ci: number;
  score: number;
  how: PartHow;
}

/** Align two prepared names. */
export function alignPrepared(q: PreparedName, c: PreparedName): NameAlignment {
  const qp = q.parts;
  const cp = c.parts;
  const n = qp.length;
  const m = cp.length;
  if (n === 0 || m === 0) return { score: 0, alignment: [], penalties: [] };
  const pairs: Pair[] = [];
  let roleConflicts = 0;
  for (let qi = 0; qi < n; qi++) {
    const a = qp[qi]!;
    for (let ci = 0; ci < m; ci++) {
      const b = cp[ci]!;
      const sim = comparePart(a, b);
      if (sim.score <= 0) continue;
      let score = sim.score;
      if (rolesConflict(a.role, b.role)) score *= ROLE_CONFLICT_FACTOR;
      pairs.push({ qi, ci, score, how: sim.how });
    }
  }
  if (pairs.length > 1) {
    pairs.sort((x, y) => y.score - x.score || Math.abs(x.qi / n - x.ci / m) - Math.abs(y.qi / n - y.ci / m));
  }
  const usedQ = new Uint8Array(n);
  const usedC = new Uint8Array(m);
  const alignment: (PartMatch & { qi: number })[] = [];
  let matched = 0;
  let total = 0;
  let distinctive = false;
  let onlyInitials = true;
  for (const p of pairs) {
    if (usedQ[p.qi] || usedC[p.ci]) continue;
    usedQ[p.qi] = 1;
    usedC[p.ci] = 1;
    const a = qp[p.qi]!;
    const b = cp[p.ci]!;
    const w = (a.weight + b.weight) / 2;
    matched += p.score * w;
    total += w;
    if (rolesConflict(a.role, b.role)) roleConflicts++;
    if (a.kind === 'word' || a.kind === 'number') distinctive = true;
    if (p.how !== 'initial' && a.kind !== 'particle' && a.kind !== 'legal-form') onlyInitials = false;
    alignment.push({ qi: p.qi, query: a.text, candidate: b.text, how: p.how, score: round(p.score) });
  }

  // glued or split words, then acronyms, among the leftovers
  const extra = (qi: number, cis: number[], score: number, how: PartHow) => {
    const a = qp[qi]!;
    let w = a.weight;
    for (const ci of cis) w += cp[ci]!.weight;
    w /= 2;
    matched += score * w;
    total += w;
    usedQ[qi] = 1;
    for (const ci of cis) usedC[ci] = 1;
    if (how !== 'initial') onlyInitials = false;
    distinctive = true;
    alignment.push({ qi, query: a.text, candidate: cis.map((ci) => cp[ci]!.text).join(' '), how, score: round(score) });
  };
  const extraReverse = (qis: number[], ci: number, score: number, how: PartHow) => {
    const b = cp[ci]!;
    let w = b.weight;
    for (const qi of qis) w += qp[qi]!.weight;
    w /= 2;
    matched += score * w;
    total += w;
    usedC[ci] = 1;
    for (const qi of qis) usedQ[qi] = 1;
    if (how !== 'initial') onlyInitials = false;
    distinctive = true;
    alignment.push({ qi: qis[0]!, query: qis.map((qi) => qp[qi]!.text).join(' '), candidate: b.text, how, score: round(score) });
  };
  for (let qi = 0; qi < n; qi++) {
    if (usedQ[qi] || !gluable(qp[qi]!)) continue;
    const glued = findGlued(qp[qi]!.text, cp, usedC);
    if (glued) extra(qi, glued.parts, glued.score, 'glued');
  }
  for (let ci = 0; ci < m; ci++) {
    if (usedC[ci] || !gluable(cp[ci]!)) continue;
    const glued = findGlued(cp[ci]!.text, qp, usedQ);
    if (glued) extraReverse(glued.parts, ci, glued.score, 'glued');
  }
  for (let qi = 0; qi < n; qi++) {
    const a = qp[qi]!;
    if (usedQ[qi] || a.kind !== 'word' || a.text.length < 2 || a.text.length > 6) continue;
    const run = findAcronym(a.text, cp, usedC);
    if (run) extra(qi, run, ACRONYM_SCORE, 'initial');
  }
  for (let ci = 0; ci < m; ci++) {
    const b = cp[ci]!;
    if (usedC[ci] || b.kind !== 'word' || b.text.length < 2 || b.text.length > 6) continue;
    const run = findAcronym(b.text, qp, usedQ);
    if (run) extraReverse(run, ci, ACRONYM_SCORE, 'initial');
  }

  // unmatched parts
  const penalties: string[] = [];
  let numberMismatch = false;
  let candidateDistinctiveLeft = false;
  let queryLegalForm: PreparedPart | undefined;
  let candidateLegalForm: PreparedPart | undefined;
  const candidateWordLeft = cp.some((p, ci) => !usedC[ci] && (p.kind === 'word' || p.kind === 'initial') && p.role !== 'family');
  for (let qi = 0; qi < n; qi++) {
    if (usedQ[qi]) continue;
    const a = qp[qi]!;
    alignment.push({ qi, query: a.text, candidate: '', how: 'unmatched-query', score: 0 });
    if (isRepeat(qp, usedQ, qi)) continue;
    if (a.kind === 'legal-form') {
      queryLegalForm = a;
      continue;
    }
    if (a.kind === 'number') numberMismatch = true;
    if (a.kind === 'initial') total += candidateWordLeft ? INITIAL_CONFLICT_COST : UNMATCHED_INITIAL_COST;
    else total += a.weight;
  }
  for (let ci = 0; ci < m; ci++) {
    if (usedC[ci]) continue;
    const b = cp[ci]!;
    alignment.push({ qi: n, query: '', candidate: b.text, how: 'unmatched-candidate', score: 0 });
    if (isRepeat(cp, usedC, ci)) continue;
    if (b.kind === 'legal-form') {
      candidateLegalForm = b;
      continue;
    }
    if (b.kind === 'honorific') continue;
    if (b.kind === 'number') {
      numberMismatch = true;
      total += b.weight;
      continue;
    }
    if (b.kind === 'word') candidateDistinctiveLeft = true;
    total += b.weight * (b.role === 'patronymic' ? UNMATCHED_PATRONYMIC_COST : UNMATCHED_CANDIDATE_COST);
  }
  if (queryLegalForm && candidateLegalForm) {
    total += LEGAL_FORM_CONFLICT_COST;
    penalties.push(`legal forms differ: ${queryLegalForm.text} vs ${candidateLegalForm.text}`);
  }
  let score = total > 0 ? matched / total : 0;
  if (numberMismatch) {
    score *= NUMBER_MISMATCH_FACTOR;
    penalties.push('a number differs');
  }
  if (!distinctive && candidateDistinctiveLeft && matched > 0) {
    score *= ONLY_GENERIC_FACTOR;
    penalties.push('only generic words match');
  }
  // an acronym is a fine name for an organisation ("PLA"); a person is not identified by initials
  const organisations = q.nameKind !== 'person' && c.nameKind !== 'person' && (q.nameKind !== 'unknown' || c.nameKind !== 'unknown');
  if (onlyInitials && matched > 0 && !organisations) {
    score *= ONLY_INITIALS_FACTOR;
    penalties.push('only initials match');
  }
  if (roleConflicts > 0) penalties.push('name parts match in swapped roles (given vs family/patronymic)');
  alignment.sort((x, y) => x.qi - y.qi);
  return { score, alignment: alignment.map(({ qi: _qi, ...rest }) => rest), penalties };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function gluable(p: PreparedPart): boolean {
  return p.kind === 'word' && p.text.length >= 4;
}

/** A part that repeats an earlier (or matched) part with the same text costs nothing. */
function isRepeat(parts: readonly PreparedPart[], used: Uint8Array, i: number): boolean {
  const text = parts[i]!.text;
  for (let j = 0; j < parts.length; j++) {
    if (j !== i && parts[j]!.text === text && (used[j] || j < i)) return true;
  }
  return false;
}

/** Adjacent unused parts (2 or 3) whose concatenation equals `text` within the typo budget. */
function findGlued(text: string, parts: readonly PreparedPart[], used: Uint8Array): { parts: number[]; score: number } | undefined {
  for (let i = 0; i + 1 < parts.length; i++) {
    if (used[i] || !joinable(parts[i]!)) continue;
    let joined = parts[i]!.text;
    for (let k = i + 1; k < parts.length && k <= i + 2; k++) {
      if (used[k] || !joinable(parts[k]!)) break;
      joined += parts[k]!.text;
      if (joined.length > text.length + 3) break;
      const shorter = Math.min(joined.length, text.length);
      const budget = typoBudget(shorter);
      const edits = joined === text ? 0 : boundedEditDistance(joined, text, budget);
      if (edits <= budget) {
        const idx: number[] = [];
        for (let j = i; j <= k; j++) idx.push(j);
        return { parts: idx, score: edits === 0 ? GLUED_SCORE : Math.min(GLUED_SCORE, typoScore(edits, shorter)) };
      }
    }
  }
  return undefined;
}

function joinable(p: PreparedPart): boolean {
  return p.kind !== 'honorific' && p.kind !== 'stopword';
}

/** Consecutive unused distinctive parts whose first letters spell `text` (stopwords skipped). */
function findAcronym(text: string, parts: readonly PreparedPart[], used: Uint8Array): number[] | undefined {
  for (let i = 0; i < parts.length; i++) {
    const first = parts[i]!;
    if (used[i] || (first.kind !== 'word' && first.kind !== 'generic') || first.text[0] !== text[0]) continue;
    const run: number[] = [];
    let k = i;
    let letters = 0;
    while (k < parts.length && letters < text.length) {
      const p = parts[k]!;
      if (p.kind === 'stopword' || p.kind === 'particle') {
        k++;
        continue;
      }
      if (used[k] || (p.kind !== 'word' && p.kind !== 'generic') || p.text[0] !== text[letters]) break;
      run.push(k);
      letters++;
      k++;
    }
    if (letters === text.length && run.length >= 2) return run;
  }
  return undefined;
}

/** Align two token lists (folded text), for callers that hold strings rather than prepared names. */
export function alignNames(query: readonly string[], candidate: readonly string[]): NameAlignment {
  return alignPrepared(prepareName(query.join(' '), 0, 'unknown'), prepareName(candidate.join(' '), 0, 'unknown'));
}

/**
 * Similarity of two single folded tokens, for callers holding strings (the index's fuzzy lookup,
 * document scanning). Prepares both on the fly: use `comparePart` on prepared parts in hot loops.
 */
export function partSimilarity(q: string, c: string): PartSimilarity {
  const a = prepareName(q, 0, 'unknown').parts[0];
  const b = prepareName(c, 0, 'unknown').parts[0];
  if (!a || !b) return { score: 0, how: 'unmatched-query' };
  return comparePart(a, b);
}
