/**
 * Tokenizing a document for mention finding. Every word of the text is folded with the very same
 * `foldText` the dictionary (and the screening index) uses, and keeps the offsets of the original
 * characters it came from, so a mention found on folded tokens maps back to `text.slice(start, end)`.
 *
 * Along the way it records what the precision rules need and folding throws away:
 *  - case: does the word start with a capital (names do, in cased scripts);
 *  - breaks: punctuation between two words that a name never spans (". , ; : ( ) quotes, blank line");
 *  - lone commas: "LUNA MEZA, Osiris" may be a name in the lists' order (surname, comma, given);
 *  - possessives: "Luna Meza's" is the token "meza" followed by a break;
 *  - line-break hyphenation: "Mar-⏎roquín" is one token "marroquin" spanning both halves;
 *  - sentences, and whether capitals in a sentence say anything (not in Title Case headlines).
 */
import { foldText } from '../normalize/index.js';
import { HONORIFIC } from './reference-words.js';

/** The word starts with an upper-case letter. */
export const CAP = 1;
/** The word starts with a lower-case letter (neither flag: digits, or a script without case). */
export const LOWER = 2;
/** Punctuation before this token that a name does not span. */
export const BREAK_BEFORE = 4;
/** The word was written as a possessive ("Meza's"); the name ends here. */
export const POSSESSIVE = 8;
/** Capitals in this token's sentence carry information (not a Title Case or ALL CAPS line). */
export const CASE_INFORMATIVE = 16;
/**
 * The break before this token is a lone comma ("LUNA MEZA, Osiris"): a name written in the lists'
 * own order, family name, comma, given names, may span it (always set with BREAK_BEFORE).
 */
export const COMMA_BEFORE = 32;

export interface DocumentTokens {
  text: string;
  count: number;
  /** Folded token, as `foldText` writes it. */
  folded: string[];
  /** Offsets of the original word(s) in `text` (end exclusive). */
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Sentence number of each token. */
  sentence: Int32Array;
  /** Share of cased words that start with a capital, over the whole document. */
  capitalShare: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const POSSESSIVE_END = /['’][sS]$/;
const HYPHEN_BREAK = /-[ \t]*\r?\n[ \t]*(?=\p{Ll})/uy;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** Punctuation that ends a name: sentence ends, commas, brackets, quotes, dashes, bullets. */
const BREAK_CHARS = /[.!?;:,()[\]{}"“”„«»‹›|•·–—\u2026]|\n[ \t\r]*\n/;
const SENTENCE_CHARS = /[.!?\u2026]|\n/;
/** A comma alone between two words, perhaps with the line wrapped after it. */
const COMMA_GAP = /^[ \t]*,[ \t]*(?:\r?\n[ \t]*)?$/;

/**
 * Fold one word, memoized. Folding is the expensive step of tokenizing; news text repeats its words
 * so a per-scanner cache makes it near free. The cache is bounded to keep memory flat.
 */
export class FoldCache {
  private readonly map = new Map<string, string[]>();
  constructor(private readonly maxSize = 200_000) {}

  fold(word: string): string[] {
    let tokens = this.map.get(word);
    if (tokens === undefined) {
      const f = foldText(word);
      tokens = f ? f.split(' ') : [];
      if (this.map.size >= this.maxSize) this.map.clear();
      this.map.set(word, tokens);
    }
    return tokens;
  }
}

export function tokenizeDocument(text: string, cache: FoldCache = new FoldCache()): DocumentTokens {
  let cap = 1024;
  const folded: string[] = [];
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let flags: Uint8Array = new Uint8Array(cap);
  let sentence: Int32Array = new Int32Array(cap);
  let n = 0;
  let prevEnd = 0;
  let prevWord = '';
  let prevPossessive = false;
  let sentenceNo = 0;
  let cased = 0;
  let capitals = 0;

  const len = text.length;
  let i = 0;
  while (i < len) {
    const first = wordCharLength(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const wStart = i;
    const c0 = text.charCodeAt(i);
    let wEnd = wordEnd(text, i + first);
    let word: string;
    // "Mar-⏎roquín": join the halves of a word split at a line end.
    HYPHEN_BREAK.lastIndex = wEnd;
    if (text.charCodeAt(wEnd) === 45 /* - */ && HYPHEN_BREAK.test(text)) {
      const second = HYPHEN_BREAK.lastIndex;
      const secondEnd = wordEnd(text, second);
      word = text.slice(wStart, wEnd) + text.slice(second, secondEnd);
      wEnd = secondEnd;
    } else {
      word = text.slice(wStart, wEnd);
    }
    i = wEnd;
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    if ((last === 115 || last === 83) /* s S */ && POSSESSIVE_END.test(word)) {
      word = word.slice(0, -2);
      wEnd -= 2; // the mention ends before the "'s"
      possessive = true;
    }
    // memoized: also makes every occurrence of a word share one string
    const parts = cache.fold(word);
    if (parts.length === 0) continue;

    let f = 0;
    if (c0 >= 65 && c0 <= 90) f |= CAP;
    else if (c0 >= 97 && c0 <= 122) f |= LOWER;
    else if (c0 > 127) {
      if (UPPER_START.test(word)) f |= CAP;
      else if (LOWER_START.test(word)) f |= LOWER;
    }
    // the usual gap is one space: nothing to look at
    const plainSpace = wStart - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
    if (n === 0 || prevPossessive) f |= BREAK_BEFORE;
    if (!plainSpace && n > 0) {
      const gap = text.slice(prevEnd, wStart);
      if (isBreak(gap, prevWord)) f |= COMMA_GAP.test(gap) && !prevPossessive ? BREAK_BEFORE | COMMA_BEFORE : BREAK_BEFORE;
      if (SENTENCE_CHARS.test(gap) && !isAbbreviation(gap, prevWord)) sentenceNo++;
    }
    if (f & (CAP | LOWER)) {
      cased++;
      if (f & CAP) capitals++;
    }

    const count = parts.length;
    for (let p = 0; p < count; p++) {
      if (n === cap) {
        cap *= 2;
        start = grow(start, cap);
        end = grow(end, cap);
        flags = growBytes(flags, cap);
        sentence = grow(sentence, cap);
      }
      folded.push(parts[p]!);
      start[n] = wStart;
      end[n] = wEnd;
      flags[n] = p === 0 ? f : f & ~(BREAK_BEFORE | COMMA_BEFORE);
      if (possessive && p === count - 1) flags[n] |= POSSESSIVE;
      sentence[n] = sentenceNo;
      n++;
    }
    prevEnd = possessive ? wEnd + 2 : wEnd;
    prevWord = word;
    prevPossessive = possessive;
  }
  markInformativeSentences(n, flags, sentence);
  return {
    text,
    count: n,
    folded,
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    flags: flags.subarray(0, n),
    sentence: sentence.subarray(0, n),
    capitalShare: cased > 0 ? capitals / cased : 0,
  };
}

/**
 * Length (1, or 2 for a surrogate pair) of the word character at `i`, or 0. Words are letters,
 * marks and digits; ASCII is decided without a regular expression, which is most of the text.
 */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/** End of the word going on at `i`: word characters, and apostrophes between them ("O'Brien"). */
function wordEnd(text: string, i: number): number {
  for (;;) {
    const c0 = text.charCodeAt(i);
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
      i++;
      continue;
    }
    const l = wordCharLength(text, i);
    if (l > 0) {
      i += l;
      continue;
    }
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 8217) && wordCharLength(text, i + 1) > 0) {
      i++;
      continue;
    }
    return i;
  }
}

function isBreak(gap: string, prevWord: string): boolean {
  if (gap.length === 1 && gap === ' ') return false;
  if (!BREAK_CHARS.test(gap)) return false;
  // "Carlos A. Marroquín", "Sr. Marroquín": a period after an initial or a title is not a break.
  return !isAbbreviation(gap, prevWord);
}

function isAbbreviation(gap: string, prevWord: string): boolean {
  if (!/^\.\s*$/.test(gap) || gap.includes('\n')) return false;
  return prevWord.length === 1 || HONORIFIC.has(prevWord.toLowerCase());
}

/**
 * In a Title Case headline or an ALL CAPS line every word is capitalized, so capitals say nothing
 * about where a name starts and ends. A sentence is informative when at most 60% of its cased words
 * (after the first) start with a capital, or when it is too short to tell.
 */
function markInformativeSentences(n: number, flags: Uint8Array, sentence: Int32Array): void {
  let i = 0;
  while (i < n) {
    let j = i;
    let cased = 0;
    let caps = 0;
    while (j < n && sentence[j] === sentence[i]) {
      if (j > i && flags[j]! & (CAP | LOWER)) {
        cased++;
        if (flags[j]! & CAP) caps++;
      }
      j++;
    }
    const informative = cased < 4 || caps / cased <= 0.6;
    if (informative) for (let k = i; k < j; k++) flags[k] |= CASE_INFORMATIVE;
    i = j;
  }
}

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
