/**
 * Verification of one candidate: a dictionary name that a token pair (or single token) of the
 * document brought up. Grows the window of document tokens around the hit while they resemble parts
 * of the name (exact, sound-alike skeleton, within the matcher's typo budget, initial), scores the
 * window against the name with the matcher's `alignNames`, and classifies it:
 *  - full: enough of the name to stand on its own (a given and a family part, or all the parts
 *    that carry meaning), scoring at least the threshold;
 *  - short: only parts of it ("Luna Meza", "Marroquín"), usable for coreference.
 * Precision checks here: name words must be capitalized in cased scripts, and a capitalized word
 * right next to the window that is not part of the name ("Julio Luna") counts against it.
 */
import { alignNames, levenshtein, typoBudget, type PartMatch } from '../match/index.js';
import { BREAK_BEFORE, CAP, CASE_INFORMATIVE, LOWER, type DocumentTokens } from './document-tokens.js';
import type { DictionaryName } from './name-dictionary.js';
import { COMMON, HONORIFIC, PARTICLES } from './reference-words.js';
import { tokenSkeleton } from './token-skeleton.js';

export interface WindowMatch {
  nameId: number;
  entity: number;
  /** First and last document token of the window (inclusive). */
  a: number;
  b: number;
  /** Name score of the window (with neighbouring extra words, if any) against the name. */
  score: number;
  full: boolean;
  alignment: PartMatch[];
  /** Capitalized words next to the window that are not part of the name. */
  extras: number;
}

export interface VerifyContext {
  doc: DocumentTokens;
  /** Whether capitals mean anything in this document (false for an all lower-case text). */
  caseMatters: boolean;
  threshold: number;
  /** How many listed entities have a name with this folded word (0: it is no part of any name). */
  nameCount: (token: string) => number;
  /** A common word or a name part that many listed parties share. */
  isCommon: (token: string) => boolean;
  /** The matcher's alignment of window tokens with a listed name (memoized by the scanner). */
  align: (query: string[], name: DictionaryName, nameId: number) => { score: number; alignment: PartMatch[] };
}

const VOWEL = /[aeiou]/;

/** Default `align`: the matcher's `alignNames`. */
export function alignWithMatcher(query: string[], name: DictionaryName): { score: number; alignment: PartMatch[] } {
  return alignNames(query, name.tokens);
}

/**
 * Quick resemblance of a document token and a name token, only to decide how far a window grows
 * (the matcher scores the window afterwards): 1 exact, 0.9 same skeleton or within the typo budget,
 * 0.8 an initial, else 0.
 */
function resemblance(t: string, n: string): number {
  if (t === n) return 1;
  if (t.length === 1 || n.length === 1) return t[0] === n[0] && (t.length === 1) !== (n.length === 1) ? 0.8 : 0;
  if (PARTICLES.has(t) || PARTICLES.has(n)) return 0;
  // same skeleton: the same first letter, or one side written without vowels ("ldn" for "laden")
  if (tokenSkeleton(t) === tokenSkeleton(n) && (t[0] === n[0] || !VOWEL.test(t) || !VOWEL.test(n))) return 0.9;
  const budget = typoBudget(Math.min(t.length, n.length));
  return budget > 0 && Math.abs(t.length - n.length) <= budget && levenshtein(t, n) <= budget ? 0.9 : 0;
}

export function verifyWindow(ctx: VerifyContext, name: DictionaryName, nameId: number, i: number, j: number): WindowMatch | undefined {
  const { doc } = ctx;
  const folded = doc.folded;
  const flags = doc.flags;
  const nt = name.tokens;
  const used = new Uint8Array(nt.length);

  const take = (k: number): boolean => {
    const t = folded[k]!;
    let best = -1;
    let bestScore = 0;
    for (let x = 0; x < nt.length; x++) {
      if (used[x]) continue;
      const s = resemblance(t, nt[x]!);
      if (s > bestScore) {
        bestScore = s;
        best = x;
        if (s === 1) break;
      }
    }
    if (best < 0) return false;
    used[best] = 1;
    return true;
  };

  if (!take(i)) {
    // "MS13" for "MS-13": a glued short name, keyed as a single.
    if (i === j && nt.length > 1 && folded[i] === nt.join('') && caseOk(ctx, i, i)) {
      return { nameId, entity: name.entity, a: i, b: i, score: 1, full: true, alignment: [{ query: folded[i]!, candidate: nt.join(' '), how: 'glued', score: 1 }], extras: 0 };
    }
    return undefined;
  }
  if (j !== i && !take(j)) return undefined;
  for (let k = i + 1; k < j; k++) take(k);

  let a = i;
  let b = j;
  const maxLen = nt.length + 1;
  while (b + 1 < doc.count && !(flags[b + 1]! & BREAK_BEFORE) && b - a + 1 < maxLen) {
    if (take(b + 1)) b++;
    else if (PARTICLES.has(folded[b + 1]!) && b + 2 < doc.count && !(flags[b + 2]! & BREAK_BEFORE) && take(b + 2)) b += 2;
    else break;
  }
  while (a - 1 >= 0 && !(flags[a]! & BREAK_BEFORE) && b - a + 1 < maxLen) {
    if (take(a - 1)) a--;
    else if (PARTICLES.has(folded[a - 1]!) && a - 2 >= 0 && !(flags[a - 1]! & BREAK_BEFORE) && take(a - 2)) a -= 2;
    else break;
  }
  if (!caseOk(ctx, a, b)) return undefined;

  const query = folded.slice(a, b + 1);
  let extras = 0;
  if (ctx.caseMatters && flags[a]! & CASE_INFORMATIVE) {
    if (a > 0 && !(flags[a]! & BREAK_BEFORE) && isExtraNameWord(ctx, a - 1)) {
      query.unshift(folded[a - 1]!);
      extras++;
    }
    if (b + 1 < doc.count && !(flags[b + 1]! & BREAK_BEFORE) && isExtraNameWord(ctx, b + 1)) {
      query.push(folded[b + 1]!);
      extras++;
    }
  }
  const { score, alignment } = ctx.align(query, name, nameId);
  const matched = new Set<string>();
  let unmatchedQuery = 0;
  for (const p of alignment) {
    if (p.query && p.candidate) matched.add(p.candidate);
    else if (p.query && !PARTICLES.has(p.query)) unmatchedQuery++;
  }
  const core = nt.filter((t) => !PARTICLES.has(t));
  let full: boolean;
  if (name.given && name.family) {
    full = [...matched].some((t) => name.given!.has(t)) && [...matched].some((t) => name.family!.has(t) && !PARTICLES.has(t));
  } else if (core.length <= 1) {
    full = core.every((t) => matched.has(t));
  } else {
    // Without parts, every part that carries meaning must be there ("Mara Salvatrucha", "MS 13").
    const required = core.filter((t) => t.length >= 3);
    full = required.every((t) => matched.has(t)) && core.filter((t) => matched.has(t)).length >= 2;
  }
  full = full && score >= ctx.threshold;
  // Part of a name, in common words only ("Carlos Martínez" for "MARTINEZ CASAS, Carlos Mario"):
  // many people are called that. It can still be a short mention after a full one.
  if (full && core.some((t) => !matched.has(t)) && [...matched].every((t) => ctx.isCommon(t))) full = false;
  if (!full) {
    // A short mention: only words of the name, at least one meaningful, and for a person a surname.
    if (extras > 0 || unmatchedQuery > 0) return undefined;
    const meaningful = [...matched].some((t) => t.length >= 3 && !PARTICLES.has(t));
    if (!meaningful) return undefined;
    if (name.family && ![...matched].some((t) => name.family!.has(t) && !PARTICLES.has(t))) return undefined;
  }
  return { nameId, entity: name.entity, a, b, score, full, alignment, extras };
}

/** In cased scripts, the words of a name are capitalized (particles aside). */
function caseOk(ctx: VerifyContext, a: number, b: number): boolean {
  if (!ctx.caseMatters) return true;
  for (let k = a; k <= b; k++) {
    if (ctx.doc.flags[k]! & LOWER && !PARTICLES.has(ctx.doc.folded[k]!)) return false;
  }
  return true;
}

/**
 * A capitalized neighbour that looks like one more part of a (different) name: not a title, not a
 * particle, and not a common word ("Then", "Tuesday") — unless that word is also a name part
 * somewhere in the lists ("Julio" is a month in Spanish and a first name).
 */
function isExtraNameWord(ctx: VerifyContext, k: number): boolean {
  const t = ctx.doc.folded[k]!;
  if ((ctx.doc.flags[k]! & CAP) === 0 || t.length <= 1 || HONORIFIC.has(t) || PARTICLES.has(t)) return false;
  return !COMMON.has(t) || ctx.nameCount(t) > 0;
}
