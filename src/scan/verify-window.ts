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
import { levenshtein, typoBudget, type PartMatch } from '../match/index.js';
import { BREAK_BEFORE, CAP, CASE_INFORMATIVE, LOWER, PARTICLE, type DocumentTokens } from './document-tokens.js';
import { ROLE_FAMILY, ROLE_GIVEN, ROLE_PARTICLE, ROLE_REQUIRED, type DictionaryName } from './name-dictionary.js';
import { COMMON, HONORIFIC, PARTICLES } from './reference-words.js';

export interface WindowMatch {
  nameId: number;
  entity: number;
  /** First and last document token of the window (inclusive). */
  a: number;
  b: number;
  /** Name score of the window (with neighbouring extra words, if any) against the name. */
  score: number;
  full: boolean;
  /** The score is the matcher's (false: only estimated, for a short mention not yet accepted). */
  scored: boolean;
  /** Capitalized words next to the window that are not part of the name. */
  extras: number;
}

export interface VerifyContext {
  doc: DocumentTokens;
  /** Skeleton id of each document token (-1: sounds like no listed name part). */
  skeletons: Int32Array;
  /** Whether capitals mean anything in this document (false for an all lower-case text). */
  caseMatters: boolean;
  threshold: number;
  /** How many listed entities have a name with this folded word (0: it is no part of any name). */
  nameCount: (token: string) => number;
  /** A common word or a name part that many listed parties share. */
  isCommon: (token: string) => boolean;
  /** Scratch space for one verification (reused: verification runs often). */
  used: Uint8Array;
  /** The matcher's alignment of window tokens with a listed name (memoized by the scanner). */
  align: (query: string[], name: DictionaryName, nameId: number) => { score: number; alignment: PartMatch[] };
}

const VOWEL = /[aeiou]/;


/**
 * Quick resemblance of a document token and a name token, only to decide how far a window grows
 * (the matcher scores the window afterwards): 1 exact, 0.9 same skeleton or within the typo budget,
 * 0.8 an initial, else 0.
 */
function resemblance(t: string, n: string, sameSkeleton: boolean): number {
  if (t === n) return 1;
  // an initial in the text ("Carlos A. Marroquín") stands for a name word; a one-letter word of
  // the listed name ("S.A.") does not stand for a word of the text
  if (n.length === 1) return 0;
  if (t.length === 1) return t === n[0] ? 0.8 : 0;
  if (PARTICLES.has(t) || PARTICLES.has(n)) return 0;
  // same skeleton: the same first letter, or one side written without vowels ("ldn" for "laden")
  if (sameSkeleton && (t[0] === n[0] || !VOWEL.test(t) || !VOWEL.test(n))) return 0.9;
  const budget = typoBudget(Math.min(t.length, n.length));
  return budget > 0 && Math.abs(t.length - n.length) <= budget && levenshtein(t, n) <= budget ? 0.9 : 0;
}

/** Margin under the threshold within which a window's estimated score is worth the matcher's time. */
const ESTIMATE_MARGIN = 0.15;

/**
 * Could the words around a hit hold a full mention of this name? A check on skeleton ids only,
 * done before verification: a pair of common name parts ("Mohammed Ali") brings up hundreds of
 * names, and most of them need words that are not there.
 */
export function mayBeFull(name: DictionaryName, nearby: Int32Array, count: number): boolean {
  if (name.anyOf) return hasAny(name.anyOf[0], nearby, count) && hasAny(name.anyOf[1], nearby, count);
  if (!name.allOf) return true;
  // every required word, but one may be spelt too differently for its skeleton ("Industria")
  let missing = 0;
  for (let x = 0; x < name.allOf.length; x++) if (!contains(nearby, count, name.allOf[x]!) && ++missing > 1) return false;
  return missing === 0 || name.allOf.length > 1;
}

function hasAny(ids: Int32Array, nearby: Int32Array, count: number): boolean {
  for (let x = 0; x < ids.length; x++) if (contains(nearby, count, ids[x]!)) return true;
  return false;
}

function contains(nearby: Int32Array, count: number, id: number): boolean {
  for (let k = 0; k < count; k++) if (nearby[k] === id) return true;
  return false;
}

/**
 * Verify a hit at document tokens i..j against one name. With `wantShort` false (the first pass)
 * only full mentions are returned; the coreference pass asks for short ones too.
 *
 * `comma` >= 0: the hit spans a lone comma before token `comma` = j, the name written in the
 * lists' own order ("LUNA MEZA, Osiris"): the words before the comma must be family-name words of
 * the name and those after it given-name words, and the family name must be whole, else a list of
 * people ("Meza, Osiris and Luna") would read as one name.
 */
export function verifyWindow(ctx: VerifyContext, name: DictionaryName, nameId: number, i: number, j: number, wantShort = true, comma = -1): WindowMatch | undefined {
  const { doc } = ctx;
  const folded = doc.folded;
  const flags = doc.flags;
  const nt = name.tokens;
  // per name token: 0 unused, 1 matched exactly, 2 matched approximately
  const used = nt.length <= ctx.used.length ? ctx.used.fill(0, 0, nt.length) : new Uint8Array(nt.length);

  if (comma >= 0 && (comma !== j || !name.family || !name.given)) return undefined;
  if (!take(ctx, name, used, comma, i)) {
    // "MS13" for "MS-13": a glued short name, keyed as a single.
    if (i === j && nt.length > 1 && folded[i] === nt.join('') && caseOk(ctx, i, i)) {
      return { nameId, entity: name.entity, a: i, b: i, score: 1, full: true, scored: true, extras: 0 };
    }
    return undefined;
  }
  if (j !== i && !take(ctx, name, used, comma, j)) return undefined;
  let unmatchedInside = 0;
  for (let k = i + 1; k < j; k++) if (!take(ctx, name, used, comma, k) && !PARTICLES.has(folded[k]!)) unmatchedInside++;

  let a = i;
  let b = j;
  const maxLen = nt.length + 1;
  while (b + 1 < doc.count && !(flags[b + 1]! & BREAK_BEFORE) && b - a + 1 < maxLen && caseOk(ctx, b + 1, b + 1)) {
    if (take(ctx, name, used, comma, b + 1)) b++;
    else if (PARTICLES.has(folded[b + 1]!) && b + 2 < doc.count && !(flags[b + 2]! & BREAK_BEFORE) && take(ctx, name, used, comma, b + 2)) b += 2;
    else break;
  }
  while (a - 1 >= 0 && !(flags[a]! & BREAK_BEFORE) && b - a + 1 < maxLen && caseOk(ctx, a - 1, a - 1)) {
    if (take(ctx, name, used, comma, a - 1)) a--;
    else if (PARTICLES.has(folded[a - 1]!) && a - 2 >= 0 && !(flags[a - 1]! & BREAK_BEFORE) && take(ctx, name, used, comma, a - 2)) a -= 2;
    else break;
  }
  if (!caseOk(ctx, a, b)) return undefined;
  // in the lists' order the family name is written whole: "Meza, Osiris and Luna" lists people
  if (comma >= 0) for (let x = 0; x < nt.length; x++) if (name.roles[x] === ROLE_FAMILY && !used[x]) return undefined;

  let left = -1;
  let right = -1;
  if (ctx.caseMatters && flags[a]! & CASE_INFORMATIVE) {
    if (a > 0 && !(flags[a]! & BREAK_BEFORE) && isExtraNameWord(ctx, a - 1)) left = a - 1;
    if (b + 1 < doc.count && !(flags[b + 1]! & BREAK_BEFORE) && isExtraNameWord(ctx, b + 1)) right = b + 1;
  }
  const extras = (left >= 0 ? 1 : 0) + (right >= 0 ? 1 : 0);

  // Cheap first: the shape of what matched, and a length-weighted estimate of the score. Only
  // windows that may be full mentions go to the matcher now.
  let matchedWeight = 0;
  let missingWeight = 0;
  for (let x = 0; x < nt.length; x++) {
    if (used[x]) matchedWeight += nt[x]!.length * (used[x] === 1 ? 1 : 0.9);
    else if (name.roles[x] !== ROLE_PARTICLE) missingWeight += 0.3 * nt[x]!.length;
  }
  const extraWeight = (left >= 0 ? folded[left]!.length : 0) + (right >= 0 ? folded[right]!.length : 0);
  const estimate = matchedWeight / (matchedWeight + missingWeight + extraWeight);

  // The whole name, word for word and nothing else: a full mention the matcher scores 1.
  if (extras === 0 && unmatchedInside === 0 && b - a + 1 === nt.length && used.subarray(0, nt.length).every((u) => u === 1)) {
    return { nameId, entity: name.entity, a, b, score: 1, full: true, scored: true, extras };
  }
  if (fullShapeUsed(name, used) && estimate >= ctx.threshold - ESTIMATE_MARGIN) {
    const query = folded.slice(a, b + 1);
    if (left >= 0) query.unshift(folded[left]!);
    if (right >= 0) query.push(folded[right]!);
    // The matcher scores the window; which name words are there is known from the window itself
    // (the matcher's own tokens may be canonical forms: legal forms, numbers).
    const { score } = ctx.align(query, name, nameId);
    if (score >= ctx.threshold && !commonPartial(ctx, name, used)) return { nameId, entity: name.entity, a, b, score, full: true, scored: true, extras };
  }
  // A short mention: only words of the name, at least one meaningful, and for a person a surname.
  // Scored by the matcher later, if coreference accepts it.
  if (!wantShort || extras > 0 || unmatchedInside > 0) return undefined;
  let meaningful = false;
  let surname = false;
  for (let x = 0; x < nt.length; x++) {
    if (!used[x] || name.roles[x] === ROLE_PARTICLE) continue;
    if (nt[x]!.length >= 3) meaningful = true;
    if (name.roles[x] === ROLE_FAMILY) surname = true;
  }
  if (!meaningful || (name.family && !surname)) return undefined;
  return { nameId, entity: name.entity, a, b, score: estimate, full: false, scored: false, extras };
}

/**
 * Is this enough of the name to stand on its own (before the score says how well it matches)? A
 * given and a family part; without parts, every part that carries meaning ("Mara Salvatrucha",
 * "MS 13"). Read from the verification's marks of which name words the window holds.
 */
function fullShapeUsed(name: DictionaryName, used: Uint8Array): boolean {
  let given = false;
  let family = false;
  let count = 0;
  for (let x = 0; x < name.tokens.length; x++) {
    const role = name.roles[x];
    if (used[x]) {
      if (role === ROLE_GIVEN) given = true;
      else if (role === ROLE_FAMILY) family = true;
      if (role !== ROLE_PARTICLE) count++;
    } else if (role === ROLE_REQUIRED) return false;
  }
  if (name.given && name.family) return given && family;
  return name.coreCount <= 1 ? count >= name.coreCount : count >= 2;
}

/**
 * Part of a name, in common words only ("Carlos Martínez" for "MARTINEZ CASAS, Carlos Mario"):
 * many people are called that. It can still be a short mention after a full one.
 */
function commonPartial(ctx: VerifyContext, name: DictionaryName, used: Uint8Array): boolean {
  let missing = false;
  let allCommon = true;
  for (let x = 0; x < name.tokens.length; x++) {
    if (name.roles[x] === ROLE_PARTICLE) continue;
    if (!used[x]) missing = true;
    else if (!ctx.isCommon(name.tokens[x]!)) allCommon = false;
  }
  return missing && allCommon;
}

/**
 * Match document token k to the most resembling unused name token; records it in `used`. With a
 * `comma` (see verifyWindow), tokens before it may only be family-name words (or particles) and
 * tokens from it on only given-name words.
 */
function take(ctx: VerifyContext, name: DictionaryName, used: Uint8Array, comma: number, k: number): boolean {
  const t = ctx.doc.folded[k]!;
  const ts = ctx.skeletons[k]!;
  const nt = name.tokens;
  const want = comma < 0 ? 0 : k < comma ? ROLE_FAMILY : ROLE_GIVEN;
  const roles = name.roles;
  for (let x = 0; x < nt.length; x++) {
    if (!used[x] && nt[x] === t && (want === 0 || roles[x] === want || roles[x] === ROLE_PARTICLE)) {
      used[x] = 1;
      return true;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let x = 0; x < nt.length; x++) {
    if (used[x] || (want !== 0 && roles[x] !== want)) continue;
    const s = resemblance(t, nt[x]!, ts >= 0 && ts === name.skeletons[x]);
    if (s > bestScore) {
      bestScore = s;
      best = x;
    }
  }
  if (best < 0) return false;
  used[best] = 2;
  return true;
}

/** In cased scripts, the words of a name are capitalized (particles aside). */
function caseOk(ctx: VerifyContext, a: number, b: number): boolean {
  if (!ctx.caseMatters) return true;
  for (let k = a; k <= b; k++) {
    if ((ctx.doc.flags[k]! & (LOWER | PARTICLE)) === LOWER) return false;
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
