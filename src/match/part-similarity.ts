/**
 * How similar two prepared name parts are, and how they match. The checks run from the most to the
 * least certain; the first that holds decides:
 *   exact (1) · legal forms of one family (0.9) · spelling key (0.95: transliteration schemes)
 *   · spelling group (0.95: Usama/Osama) · nickname (0.9: Bibi/Benjamin) · initial (0.9)
 *   · typo within the length budget (0.75–0.97) · consonant skeleton when one side was written
 *   without vowels (0.85–0.95) · same Double Metaphone code (0.5: sounds alike, weak alone).
 */
import type { PartHow, PreparedPart } from './types.js';
import { maybeWithinEdits } from './letter-mask.js';
import { boundedEditDistance } from './similarity.js';

/** Edits allowed between two tokens whose shorter one has this length: short tokens must match exactly. */
export function typoBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 12) return 2;
  return 3;
}

/** Score of a typo match: one edit in a long word costs less than in a short one. */
export function typoScore(edits: number, shorterLength: number): number {
  return Math.max(0.75, Math.min(0.97, 1 - (0.5 * edits) / shorterLength));
}

/**
 * Sounding alike is weak evidence on its own: Schulze/Scholz, Frederick/Friedrich, Pong/Pyong are
 * different names that share a Double Metaphone code. It earns half credit, and only for words
 * long enough for the code to say something.
 */
const PHONETIC_SCORE = 0.5;
export const PHONETIC_MIN_LENGTH = 5;
/** Scrambled letters earn partial credit, like sounding alike: never a match on their own. */
const ANAGRAM_SCORE = 0.6;
export const ANAGRAM_MIN_LENGTH = 5;

export interface PartSimilarity {
  score: number;
  how: PartHow;
}

/**
 * A word written without vowels but with an initial vowel carrier ("`ly", علي) can only be a Latin
 * word that starts with a vowel ("Ali"); without one (bare alef is not written), either.
 */
export function onsetsAgree(a: PreparedPart, b: PreparedPart): boolean {
  if (a.vowelless === b.vowelless) return true;
  const abjad = a.vowelless ? a : b;
  const latin = a.vowelless ? b : a;
  return !abjad.vowelOnset || latin.vowelOnset;
}

/**
 * "Maria" / "Mario", "Antonia" / "Antonio", "Michela" / "Michele": given names that differ only in
 * their final vowel are usually the feminine and masculine of one name — different people. Half
 * credit. Family names are exempt ("Lukashenko" / "Lukashenka" are one name in two languages).
 */
const FINAL_VOWEL_SCORE = 0.5;
const VOWELS = 'aeiou';

function otherFinalVowel(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length || n < 4) return false;
  const x = a[n - 1]!;
  const y = b[n - 1]!;
  return x !== y && VOWELS.includes(x) && VOWELS.includes(y) && a.slice(0, n - 1) === b.slice(0, n - 1);
}

/**
 * The highest score `comparePartCode` gives `q` against any listed part equal to `c` but for its
 * family flag — all that the index's vocabulary keeps apart (part-vocabulary.ts `partKey`). The
 * flag changes one thing: a family name is never marked down for another final vowel, so such a
 * pair may score as a one-letter typo. For the index's score bounds (score-bound.ts), which rely
 * on a name's score being at most its best pair's: not so when an initial pairs with a full word
 * that weighs less than the initial (name-score.ts takes the word's missing rest off the total),
 * so such a pair gets no ceiling below 1. `code`: comparePartCode(q, c), when the caller has it.
 */
export function pairScoreCeiling(q: PreparedPart, c: PreparedPart, code = comparePartCode(q, c)): number {
  const score = unpackScore(code);
  if (score > 0 && (q.kind === 'initial') !== (c.kind === 'initial')) return 1;
  if (score < 1 && !q.family && otherFinalVowel(q.text, c.text)) return Math.max(score, typoScore(1, q.text.length));
  return score;
}

/** How-codes of `comparePartCode`, in the order of PartHow. */
export const HOWS: readonly PartHow[] = ['exact', 'typo', 'phonetic', 'transliterated', 'initial', 'legal-form', 'glued', 'nickname', 'unmatched-query', 'unmatched-candidate'];
const EXACT = 0;
const TYPO = 1;
const PHONETIC = 2;
const TRANSLITERATED = 3;
const INITIAL = 4;
const LEGAL_FORM = 5;
const NICKNAME = 7;

/** Pack a score in [0,1] and a how-code in one number (no allocation in the hot loop). */
function pack(how: number, score: number): number {
  return how * 2 + score;
}
export function unpackHow(code: number): number {
  return code === 0 ? 8 : Math.floor((code - 1e-9) / 2);
}
export function unpackScore(code: number): number {
  return code === 0 ? 0 : code - unpackHow(code) * 2;
}

export function comparePart(q: PreparedPart, c: PreparedPart): PartSimilarity {
  const code = comparePartCode(q, c);
  if (code === 0) return { score: 0, how: 'unmatched-query' };
  return { score: unpackScore(code), how: HOWS[unpackHow(code)]! };
}

/** comparePart, packed: 0 for no match, else how * 2 + score (score in (0, 1]). */
export function comparePartCode(q: PreparedPart, c: PreparedPart): number {
  if (q.kind === 'legal-form' || c.kind === 'legal-form') {
    if (!q.legalForm || !c.legalForm) return 0;
    if (q.text === c.text) return pack(EXACT, 1);
    const ok = q.legalForm.family === c.legalForm.family || q.legalForm.family === 'generic' || c.legalForm.family === 'generic';
    return ok ? pack(LEGAL_FORM, 0.9) : 0;
  }
  if (q.text === c.text) return pack(q.transliterated !== c.transliterated ? TRANSLITERATED : EXACT, 1);
  const qk = q.kind;
  const ck = c.kind;
  if (qk === 'number' || ck === 'number' || qk === 'particle' || ck === 'particle') return 0;
  if (qk === 'stopword' || ck === 'stopword' || qk === 'honorific' || ck === 'honorific') return 0;
  if (qk === 'initial' || ck === 'initial') {
    return q.text.charCodeAt(0) === c.text.charCodeAt(0) ? pack(INITIAL, 0.9) : 0;
  }
  const translit = q.transliterated || c.transliterated;
  if (q.spelling === c.spelling) return pack(translit ? TRANSLITERATED : PHONETIC, 0.95);
  if (q.groups.length && c.groups.length) {
    for (const g of q.groups) {
      if (!c.groups.includes(g)) continue;
      return g.charCodeAt(0) === 101 /* e */ ? pack(TRANSLITERATED, 0.95) : pack(NICKNAME, 0.9);
    }
  }
  const shorter = Math.min(q.text.length, c.text.length);
  const budget = typoBudget(shorter);
  if (budget > 0 && Math.abs(q.text.length - c.text.length) <= budget && maybeWithinEdits(q.mask, c.mask, budget)) {
    const edits = boundedEditDistance(q.text, c.text, budget);
    if (edits === 1 && !q.family && !c.family && otherFinalVowel(q.text, c.text)) return pack(TYPO, FINAL_VOWEL_SCORE);
    if (edits <= budget) return pack(TYPO, typoScore(edits, shorter));
  }
  // repeated keystrokes: "Joonng" for "Jong"
  if (q.squeezed === c.squeezed) return pack(TYPO, 0.9);
  if ((q.vowelless || c.vowelless) && q.consonants && q.consonants === c.consonants && onsetsAgree(q, c)) {
    // two or three consonants leave many names possible ("hsn": Hasan, Hussein, Hassani…)
    return pack(TRANSLITERATED, q.consonants.length >= 3 ? 0.95 : 0.85);
  }
  // the same letters in another order ("nitPu" for "Putin"): a deliberate scramble more than a typo
  if (shorter >= ANAGRAM_MIN_LENGTH && q.text.length === c.text.length && q.anagram === c.anagram) return pack(TYPO, ANAGRAM_SCORE);
  if (q.metaphone && c.metaphone && (q.metaphone === c.metaphone || q.metaphone === c.metaphoneAlt || q.metaphoneAlt === c.metaphone)) {
    return pack(PHONETIC, PHONETIC_SCORE);
  }
  return 0;
}
