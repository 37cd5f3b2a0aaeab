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
 * Costs are asymmetric: an unmatched query part costs its full weight (a generic word the weight of
 * a distinctive word: the user typed it and the listed name lacks it), an unmatched candidate part
 * only a fifth (lists carry full names — second surnames, middle names — that users drop), a tenth
 * for a listed patronymic ("bin Muhammad ibn Awad", "Viktorovich"), nothing for a repeated part.
 * Penalties (each a factor < 1): a pair whose roles conflict (given vs family or patronymic:
 * "Salman bin Mohammed" vs "Mohammed bin Salman"); an unmatched number ("Victory" vs "Victory 3");
 * a match resting only on generic words while the candidate's distinctive words are missing
 * ("Management Company" vs "Westminster Management Company"); only initials; only weak pairs.
 * Two legal forms of different families ("AG" vs "GmbH") count as an unmatched part of weight 6.
 */
import { consonantKey, type NameKindHint, type NameRole } from '../normalize/index.js';
import { comparePart, comparePartCode, HOWS, onsetsAgree, typoBudget, typoScore, unpackHow, unpackScore, type PartSimilarity } from './part-similarity.js';
import { KIND_FACTOR, prepareName } from './prepare.js';
import { roundScore } from './round-score.js';
import { boundedEditDistance } from './similarity.js';
import type { PartHow, PartMatch, PartRepeats, PreparedName, PreparedPart } from './types.js';

export { typoBudget } from './part-similarity.js';

/**
 * Edits allowed between a glued run and a word: one less than for a single word of that length,
 * since a join of short pieces is easy to hit by chance ("li wang" ≈ "liang"). The index relies on
 * this budget (GLUE_EDIT_DISCOUNT fewer edits than typoBudget).
 */
export const GLUE_EDIT_DISCOUNT = 1;
export function glueBudget(length: number): number {
  return Math.max(0, typoBudget(length) - GLUE_EDIT_DISCOUNT);
}

const HOW_INITIAL = HOWS.indexOf('initial');

const UNMATCHED_CANDIDATE_COST = 0.2;
const UNMATCHED_PATRONYMIC_COST = 0.1;
/** A query initial that has a different listed middle name to match: "Hans O. Friedrich" vs "Hans Joachim Friedrich". */
const INITIAL_CONFLICT_COST = 4;
const UNMATCHED_INITIAL_COST = 0.5;
/** Share of a full name's weight beyond its initial that stays unexplained when only the initial matched. */
const INITIAL_REST_COST = 0.3;
const LEGAL_FORM_CONFLICT_COST = 6;
const ROLE_CONFLICT_FACTOR = 0.5;
/** A number left unmatched on either side (the index's bound applies it too). */
export const NUMBER_MISMATCH_FACTOR = 0.75;
/** A name matched only on generic words while a distinctive word of the listed name is left (the index's bound applies it too). */
export const ONLY_GENERIC_FACTOR = 0.5;
/** A person's name matched only by initials (the index's bound applies it too). */
export const ONLY_INITIALS_FACTOR = 0.5;
/** The best a glued or split word scores (the index's bound takes it as the ceiling of such a pair). */
export const GLUED_SCORE = 0.95;
/** A pair scoring this much (before role penalties) is a real match of the two words. */
const STRONG_PAIR = 0.75;
/** A name matched only by weak pairs scores at most this (see the retrieval contract in types.ts). */
const WEAK_ONLY_CAP = 0.6;
/** Generic words weigh GENERIC_FACTOR of a distinctive word (prepare.ts), except when the query has one the list lacks. */
const GENERIC_FACTOR = KIND_FACTOR.generic;
/** What an acronym scores (the index's bound takes it as the ceiling of such a pair). */
export const ACRONYM_SCORE = 0.9;

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

/**
 * A word or a number: the parts that identify. A match resting on none of them (generic words,
 * legal forms, particles, initials) while a distinctive listed word is left scores half
 * (ONLY_GENERIC_FACTOR); the index bounds and searches such queries apart too.
 */
export function isDistinctive(p: PreparedPart): boolean {
  return p.kind === 'word' || p.kind === 'number';
}

/**
 * A pair that lets a match rest on more than initials: any pair but an initial's (an initial against
 * a word by first letter, an acronym), of a query part that is not a particle or a legal form.
 * A person's match resting on none scores half (ONLY_INITIALS_FACTOR); the index bounds it too.
 */
export function pairBeyondInitials(queryPart: PreparedPart, how: number): boolean {
  return how !== HOW_INITIAL && queryPart.kind !== 'particle' && queryPart.kind !== 'legal-form';
}

/** Both names are of organisations (or vessels), or one is and the other unknown: an acronym is a fine name for them, and initials alone are not marked down. */
export function organisationNames(q: NameKindHint, c: NameKindHint): boolean {
  return q !== 'person' && c !== 'person' && (q !== 'unknown' || c !== 'unknown');
}

/** Align two prepared names, with the explanation (which part matched which, how). */
export function alignPrepared(q: PreparedName, c: PreparedName): NameAlignment {
  const alignment: PartMatch[] = [];
  const penalties: string[] = [];
  const score = align(q, c, { alignment, penalties });
  return { score, alignment, penalties };
}

/** The name score only: the hot path of screening, no explanation built. */
export function scoreNames(q: PreparedName, c: PreparedName): number {
  return align(q, c, undefined);
}

/** Work arrays of `align`, reused across calls (grown for longer names): scoring allocates nothing per pair of names. */
let scoreScratch = new Float64Array(256);
let usedScratch = new Uint8Array(64);

interface Explain {
  alignment: PartMatch[];
  penalties: string[];
}

function align(q: PreparedName, c: PreparedName, explain: Explain | undefined): number {
  const qp = q.parts;
  const cp = c.parts;
  const n = qp.length;
  const m = cp.length;
  if (n === 0 || m === 0) return 0;
  // packed similarity codes (part-similarity.ts); scores[k] is the pair's score, a role conflict halving it
  if (scoreScratch.length < 2 * n * m) scoreScratch = new Float64Array(4 * n * m);
  const scores = scoreScratch;
  scores.fill(0, 0, 2 * n * m);
  const codes = n * m; // codes live at scores[codes + k]
  let any = false;
  for (let qi = 0; qi < n; qi++) {
    const a = qp[qi]!;
    for (let ci = 0; ci < m; ci++) {
      const b = cp[ci]!;
      const code = comparePartCode(a, b);
      if (code === 0) continue;
      any = true;
      const k = qi * m + ci;
      scores[codes + k] = code;
      let sc = unpackScore(code);
      if (rolesConflict(a.role, b.role)) sc *= ROLE_CONFLICT_FACTOR;
      scores[k] = sc;
    }
  }
  // used[qi] for query parts, used[n + ci] for candidate parts
  if (usedScratch.length < n + m) usedScratch = new Uint8Array(2 * (n + m));
  const used = usedScratch;
  used.fill(0, 0, n + m);
  const order: number[] | undefined = explain ? [] : undefined;
  let matched = 0;
  let total = 0;
  let distinctive = false;
  let onlyInitials = true;
  let roleConflicts = 0;
  /** Some pair rests on more than sounding alike, scrambled letters or an initial (retrieval contract). */
  let strong = false;
  // greedy: best remaining pair first; ties go to the pair closest in relative position
  while (any) {
    let best = -1;
    let bestScore = 0;
    let bestDrift = 0;
    for (let qi = 0; qi < n; qi++) {
      if (used[qi]) continue;
      for (let ci = 0; ci < m; ci++) {
        if (used[n + ci]) continue;
        const k = qi * m + ci;
        const sc = scores[k]!;
        if (sc <= 0 || sc < bestScore) continue;
        const drift = Math.abs(qi / n - ci / m);
        if (sc > bestScore || drift < bestDrift) {
          best = k;
          bestScore = sc;
          bestDrift = drift;
        }
      }
    }
    if (best < 0) break;
    const qi = Math.floor(best / m);
    const ci = best - qi * m;
    used[qi] = 1;
    used[n + ci] = 1;
    const a = qp[qi]!;
    const b = cp[ci]!;
    const how = unpackHow(scores[codes + best]!);
    let w = (a.weight + b.weight) / 2;
    if (how === HOW_INITIAL && a.kind !== b.kind) {
      // an initial stands for the full name only as far as its letter goes: the pair weighs what
      // the initial weighs, and the rest of the full name costs as a partly unmatched part
      const full = a.kind === 'initial' ? b : a;
      const initial = a.kind === 'initial' ? a : b;
      w = initial.weight;
      total += (full.weight - initial.weight) * INITIAL_REST_COST;
    }
    matched += bestScore * w;
    total += w;
    if (rolesConflict(a.role, b.role)) roleConflicts++;
    if (isDistinctive(a)) distinctive = true;
    if (how !== HOW_INITIAL && unpackScore(scores[codes + best]!) >= STRONG_PAIR) strong = true;
    if (pairBeyondInitials(a, how)) onlyInitials = false;
    if (explain) {
      order!.push(qi);
      const match: PartMatch = { query: a.text, candidate: b.text, how: HOWS[how]!, score: roundScore(bestScore) };
      if (rolesConflict(a.role, b.role)) match.note = `roles differ: ${a.role} vs ${b.role}`;
      explain.alignment.push(match);
    }
  }

  let leftQ = 0;
  let leftC = 0;
  for (let qi = 0; qi < n; qi++) if (!used[qi]) leftQ++;
  for (let ci = 0; ci < m; ci++) if (!used[n + ci]) leftC++;
  // glued or split words, then acronyms, among the leftovers
  if (leftQ > 0 && leftC > 0 && (leftQ > 1 || leftC > 1)) {
    matchLeftovers(qp, cp, used, n, explain, order);
    if (leftovers.pairs > 0) {
      matched += leftovers.matched;
      total += leftovers.total;
      distinctive = true;
      strong = true;
      if (leftovers.beyondInitials) onlyInitials = false;
    }
  }

  // unmatched parts
  let numberMismatch = false;
  let candidateDistinctiveLeft = false;
  let queryLegalForm = -1;
  let candidateLegalForm = -1;
  let candidateWordLeft = false;
  for (let ci = 0; ci < m; ci++) {
    const b = cp[ci]!;
    if (!used[n + ci] && (b.kind === 'word' || b.kind === 'initial') && b.role !== 'family') candidateWordLeft = true;
  }
  for (let qi = 0; qi < n; qi++) {
    if (used[qi]) continue;
    const a = qp[qi]!;
    if (explain) {
      order!.push(qi);
      explain.alignment.push({ query: a.text, candidate: '', how: 'unmatched-query', score: 0 });
    }
    if (q.repeats && isRepeat(q.repeats, used, 0, qi)) continue;
    if (a.kind === 'legal-form') {
      queryLegalForm = qi;
      continue;
    }
    if (a.kind === 'number') numberMismatch = true;
    if (a.kind === 'initial') total += candidateWordLeft ? INITIAL_CONFLICT_COST : UNMATCHED_INITIAL_COST;
    // a generic word the user typed and the list lacks ("Deutsche Bank Trust") names another party
    else if (a.kind === 'generic') total += a.weight / GENERIC_FACTOR;
    else total += a.weight;
  }
  for (let ci = 0; ci < m; ci++) {
    if (used[n + ci]) continue;
    const b = cp[ci]!;
    if (explain) {
      order!.push(n);
      explain.alignment.push({ query: '', candidate: b.text, how: 'unmatched-candidate', score: 0 });
    }
    if (c.repeats && isRepeat(c.repeats, used, n, ci)) continue;
    if (b.kind === 'legal-form') {
      candidateLegalForm = ci;
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
  if (queryLegalForm >= 0 && candidateLegalForm >= 0) {
    total += LEGAL_FORM_CONFLICT_COST;
    explain?.penalties.push(`legal forms differ: ${qp[queryLegalForm]!.text} vs ${cp[candidateLegalForm]!.text}`);
  }
  let score = total > 0 ? matched / total : 0;
  if (numberMismatch) {
    score *= NUMBER_MISMATCH_FACTOR;
    explain?.penalties.push('a number differs');
  }
  if (!distinctive && candidateDistinctiveLeft && matched > 0) {
    score *= ONLY_GENERIC_FACTOR;
    explain?.penalties.push('only generic words match');
  }
  // an acronym is a fine name for an organisation ("PLA"); a person is not identified by initials
  if (onlyInitials && matched > 0 && !organisationNames(q.nameKind, c.nameKind)) {
    score *= ONLY_INITIALS_FACTOR;
    explain?.penalties.push('only initials match');
  }
  if (!strong && score > WEAK_ONLY_CAP) {
    score = WEAK_ONLY_CAP;
    explain?.penalties.push('only weak pairs (sounds alike, scrambled letters, initials)');
  }
  if (roleConflicts > 0) explain?.penalties.push('name parts match in swapped roles (given vs family/patronymic)');
  if (explain) inQueryOrder(explain, order!);
  return score;
}

/** The explanation in query order, unmatched candidate parts last (apart from `align`: a closure there would cost every call). */
function inQueryOrder(explain: Explain, order: number[]): void {
  // a stable insertion sort by order: a name has a handful of parts, and Array.prototype.sort
  // allocates its work arrays on every call
  const a = explain.alignment;
  for (let i = 1; i < a.length; i++) {
    const item = a[i]!;
    const key = order[i]!;
    let j = i - 1;
    while (j >= 0 && order[j]! > key) {
      a[j + 1] = a[j]!;
      order[j + 1] = order[j]!;
      j--;
    }
    a[j + 1] = item;
    order[j + 1] = key;
  }
}

/**
 * What `matchLeftovers` added, in one reused object: `align` keeps its running sums in locals,
 * and a closure over them would box every update of a sum into a new heap number.
 */
const leftovers = { pairs: 0, matched: 0, total: 0, beyondInitials: false };

/** Glued or split words, then acronyms, among the parts `used` leaves (sums in `leftovers`). */
function matchLeftovers(qp: readonly PreparedPart[], cp: readonly PreparedPart[], used: Uint8Array, n: number, explain: Explain | undefined, order: number[] | undefined): void {
  leftovers.pairs = 0;
  leftovers.matched = 0;
  leftovers.total = 0;
  leftovers.beyondInitials = false;
  const m = cp.length;
  for (let qi = 0; qi < n; qi++) {
    if (used[qi] || !gluable(qp[qi]!)) continue;
    const glued = findGlued(qp[qi]!, cp, used, n);
    if (glued) takeLeftover(qp, cp, used, n, [qi], glued.parts, glued.score, 'glued', explain, order);
  }
  for (let ci = 0; ci < m; ci++) {
    if (used[n + ci] || !gluable(cp[ci]!)) continue;
    const glued = findGlued(cp[ci]!, qp, used, 0);
    if (glued) takeLeftover(qp, cp, used, n, glued.parts, [ci], glued.score, 'glued', explain, order);
  }
  for (let qi = 0; qi < n; qi++) {
    const a = qp[qi]!;
    if (used[qi] || a.kind !== 'word' || a.text.length < 2 || a.text.length > 6) continue;
    const run = findAcronym(a.text, cp, used, n);
    if (run) takeLeftover(qp, cp, used, n, [qi], run, ACRONYM_SCORE, 'initial', explain, order);
  }
  for (let ci = 0; ci < m; ci++) {
    const b = cp[ci]!;
    if (used[n + ci] || b.kind !== 'word' || b.text.length < 2 || b.text.length > 6) continue;
    const run = findAcronym(b.text, qp, used, 0);
    if (run) takeLeftover(qp, cp, used, n, run, [ci], ACRONYM_SCORE, 'initial', explain, order);
  }
}

/** Pair query parts `qis` with candidate parts `cis` as one (a glued word, an acronym). */
function takeLeftover(
  qp: readonly PreparedPart[],
  cp: readonly PreparedPart[],
  used: Uint8Array,
  n: number,
  qis: number[],
  cis: number[],
  score: number,
  how: PartHow,
  explain: Explain | undefined,
  order: number[] | undefined,
): void {
  let w = 0;
  for (const qi of qis) w += qp[qi]!.weight;
  for (const ci of cis) w += cp[ci]!.weight;
  w /= 2;
  leftovers.pairs++;
  leftovers.matched += score * w;
  leftovers.total += w;
  for (const qi of qis) used[qi] = 1;
  for (const ci of cis) used[n + ci] = 1;
  if (how !== 'initial') leftovers.beyondInitials = true;
  if (explain) {
    order!.push(qis[0]!);
    explain.alignment.push({
      query: qis.map((qi) => qp[qi]!.text).join(' '),
      candidate: cis.map((ci) => cp[ci]!.text).join(' '),
      how,
      score: roundScore(score),
    });
  }
}


function gluable(p: PreparedPart): boolean {
  return p.kind === 'word' && p.text.length >= 4;
}

/** A part that repeats an earlier (or a matched) part with the same text costs nothing. */
function isRepeat(repeats: PartRepeats, used: Uint8Array, offset: number, i: number): boolean {
  if (repeats.first[i] !== i) return true;
  for (let j = repeats.next[i]!; j >= 0; j = repeats.next[j]!) if (used[offset + j]) return true;
  return false;
}

/** Adjacent unused parts (2 or 3) whose concatenation equals `text` within the typo budget. */
function findGlued(target: PreparedPart, parts: readonly PreparedPart[], used: Uint8Array, offset: number): { parts: number[]; score: number } | undefined {
  const text = target.text;
  const tl = text.length;
  const first = text.charCodeAt(0);
  const consonants = target.vowelless || anyVowelless(parts) ? target.consonants || consonantKey(text) : '';
  // a join compared by consonants needs three of them and agreeing onsets (see onsetsAgree)
  const byConsonants = consonants.length >= 3;
  for (let i = 0; i + 1 < parts.length; i++) {
    if (used[offset + i] || !joinable(parts[i]!)) continue;
    let length = parts[i]!.text.length;
    if (length >= tl) continue;
    for (let k = i + 1; k < parts.length && k <= i + 2; k++) {
      if (used[offset + k] || !joinable(parts[k]!)) break;
      length += parts[k]!.text.length;
      if (length > tl + 3) break;
      const budget = glueBudget(Math.min(length, tl));
      const lengthFits = Math.abs(length - tl) <= budget;
      // a join must start like the word it stands for, unless compared by consonants
      if (!byConsonants && (!lengthFits || parts[i]!.text.charCodeAt(0) !== first)) continue;
      let joined = '';
      for (let j = i; j <= k; j++) joined += parts[j]!.text;
      let edits = joined === text ? 0 : lengthFits ? boundedEditDistance(joined, text, budget) : budget + 1;
      // "عبد الله" (bd llh) = "Abdullah": compare consonants when a side was written without vowels
      if (edits > budget && byConsonants && onsetsAgree(target, parts[i]!) && consonantKey(joined) === consonants) edits = 0;
      if (edits <= budget) {
        const idx: number[] = [];
        for (let j = i; j <= k; j++) idx.push(j);
        const shorter = Math.min(length, tl);
        return { parts: idx, score: edits === 0 ? GLUED_SCORE : Math.min(GLUED_SCORE, typoScore(edits, shorter)) };
      }
    }
  }
  return undefined;
}

function anyVowelless(parts: readonly PreparedPart[]): boolean {
  for (let i = 0; i < parts.length; i++) if (parts[i]!.vowelless) return true;
  return false;
}

function joinable(p: PreparedPart): boolean {
  return p.kind !== 'honorific' && p.kind !== 'stopword';
}

/** Consecutive unused distinctive parts whose first letters spell `text` (stopwords skipped). */
function findAcronym(text: string, parts: readonly PreparedPart[], used: Uint8Array, offset: number): number[] | undefined {
  for (let i = 0; i < parts.length; i++) {
    const first = parts[i]!;
    if (used[offset + i] || (first.kind !== 'word' && first.kind !== 'generic') || first.text[0] !== text[0]) continue;
    const run: number[] = [];
    let k = i;
    let letters = 0;
    while (k < parts.length && letters < text.length) {
      const p = parts[k]!;
      if (p.kind === 'stopword' || p.kind === 'particle') {
        k++;
        continue;
      }
      if (used[offset + k] || (p.kind !== 'word' && p.kind !== 'generic') || p.text[0] !== text[letters]) break;
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
