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
import { HONORIFIC, PARTICLES } from './reference-words.js';

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
/** The word holds a digit (identifiers are looked for among these). */
export const DIGIT = 64;
/** The token is a name particle ("de", "al", "bin": see data/name-particles). */
export const PARTICLE = 128;

export interface DocumentTokens {
  text: string;
  count: number;
  /**
   * Folded token, as `foldText` writes it. Only the first `count` entries are the document's:
   * with a scanner's TokenBuffers the array is longer (entries past `count` are left over).
   */
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
const HYPHEN_BREAK = /-[ \t]*\r?\n[ \t]*(?=\p{Ll})/uy;
const UPPER_START = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
const LOWER_START = /^\p{Ll}/u;
/**
 * Punctuation that ends a name: sentence ends, commas, brackets, quotes, dashes, bullets (and a
 * blank line). 1: a break; 2: a break that also ends a sentence (as does a line end).
 */
const GAP_CHAR = new Uint8Array(0x2040);
for (const ch of ';:,()[]{}"“”„«»‹›|•·–—') GAP_CHAR[ch.charCodeAt(0)] = 1;
for (const ch of '.!?\u2026') GAP_CHAR[ch.charCodeAt(0)] = 2;
const GAP_BREAK = 1;
const GAP_SENTENCE = 2;

/**
 * Fold one word, memoized. Folding is the expensive step of tokenizing; news text repeats its words
 * so a per-scanner cache makes it near free. The cache is bounded to keep memory flat.
 *
 * An open-addressing table keyed by the word's characters: the tokenizer looks a word up by its
 * range in the text (`slot`), so a word seen before costs a hash over its characters and one
 * comparison in place — no substring, no string hashing by the engine.
 */
export class FoldCache {
  private size = 0;
  private mask = 0;
  private words: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private parts: string[][] = [];
  /** The word's one folded token, when it folds to exactly one (most words): read without `parts`. */
  private single: (string | undefined)[] = [];
  private cases = new Uint8Array(0);
  /** Per slot: bit p set when folded token p of the word is a name particle. */
  private particles = new Int32Array(0);
  constructor(private readonly maxSize = 200_000) {
    this.reset(1024);
  }

  fold(word: string): string[] {
    return this.parts[this.slot(word, 0, word.length)]!;
  }

  /**
   * The table slot of the word `text[s, e)`, folded and added when new. Valid until the next call:
   * read it at once with `tokensAt`, `caseAt`, `wordAt`.
   */
  slot(text: string, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
    const len = e - s;
    const words = this.words;
    let i = h & this.mask;
    for (;;) {
      const w = words[i];
      if (w === undefined) break;
      if (this.hashes[i] === h && w.length === len && text.startsWith(w, s)) return i;
      i = (i + 1) & this.mask;
    }
    if (this.size >= this.maxSize) {
      this.reset(this.words.length);
      return this.slot(text, s, e);
    }
    if ((this.size + 1) * 2 > words.length) {
      this.rehash(words.length * 2);
      return this.slot(text, s, e);
    }
    const word = text.slice(s, e);
    const f = foldText(word);
    words[i] = word;
    this.hashes[i] = h;
    const parts = f ? f.split(' ') : [];
    this.parts[i] = parts;
    this.single[i] = parts.length === 1 ? parts[0] : undefined;
    let mask = 0;
    for (let p = 0; p < parts.length && p < 31; p++) if (PARTICLES.has(parts[p]!)) mask |= 1 << p;
    this.particles[i] = mask;
    this.cases[i] = (UPPER_START.test(word) ? CAP : LOWER_START.test(word) ? LOWER : 0) | (HAS_DIGIT.test(word) ? DIGIT : 0) | (parts.length === 1 && mask ? PARTICLE : 0);
    this.size++;
    return i;
  }

  /** The one folded token of the word in `slot`, if it folds to exactly one. */
  singleAt(slot: number): string | undefined {
    return this.single[slot];
  }

  /** Folded tokens of the word in `slot` (none: punctuation-like, nothing to match). */
  tokensAt(slot: number): string[] {
    return this.parts[slot]!;
  }

  /**
   * CAP, LOWER or neither (digits, scripts without case), and DIGIT, for the word in `slot`; and
   * PARTICLE when it folds to one token that is a name particle.
   */
  caseAt(slot: number): number {
    return this.cases[slot]!;
  }

  /** Bit p set when folded token p of the word in `slot` is a name particle. */
  particlesAt(slot: number): number {
    return this.particles[slot]!;
  }

  wordAt(slot: number): string {
    return this.words[slot]!;
  }

  private reset(capacity: number): void {
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.parts = new Array<string[]>(capacity);
    this.single = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.cases = new Uint8Array(capacity);
    this.particles = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
  }

  private rehash(capacity: number): void {
    const { words, parts, single, hashes, cases, particles } = this;
    this.reset(capacity);
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (w === undefined) continue;
      let i = hashes[k]! & this.mask;
      while (this.words[i] !== undefined) i = (i + 1) & this.mask;
      this.words[i] = w;
      this.hashes[i] = hashes[k]!;
      this.parts[i] = parts[k]!;
      this.single[i] = single[k];
      this.cases[i] = cases[k]!;
      this.particles[i] = particles[k]!;
      this.size++;
    }
  }
}

/**
 * Arrays a scanner lends to `tokenizeDocument` scan after scan, so that a long text does not
 * allocate (and the garbage collector sweep) tens of megabytes each time. The document's arrays are
 * views of them (`folded` is the array itself, longer than `count`): valid until the next scan with
 * the same buffers.
 */
export class TokenBuffers {
  folded: string[] = [];
  start = new Int32Array(0);
  end = new Int32Array(0);
  flags = new Uint8Array(0);
  sentence = new Int32Array(0);
  /**
   * Buffers longer than this many tokens (about 12 MB of text; kept, they hold some 40 MB, with the
   * scanner's per-token scratch some 65 MB) are not kept between scans.
   */
  constructor(readonly maxKept = 2_000_000) {}
}

export function tokenizeDocument(text: string, cache: FoldCache = new FoldCache(), buffers?: TokenBuffers): DocumentTokens {
  let cap = Math.max(1024, (text.length / 6) | 0);
  const reuse = buffers !== undefined && buffers.start.length >= cap;
  if (reuse) cap = buffers.start.length;
  const folded: string[] = reuse ? buffers.folded : new Array<string>(cap);
  let start: Int32Array = reuse ? buffers.start : new Int32Array(cap);
  let end: Int32Array = reuse ? buffers.end : new Int32Array(cap);
  let flags: Uint8Array = reuse ? buffers.flags : new Uint8Array(cap);
  let sentence: Int32Array = reuse ? buffers.sentence : new Int32Array(cap);
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
    let wEnd = wordEnd(text, i + first);
    let slot: number;
    let possessive = false;
    // "Mar-⏎roquín": join the halves of a word split at a line end.
    const second = text.charCodeAt(wEnd) === 45 /* - */ ? hyphenBreakEnd(text, wEnd) : -1;
    if (second >= 0) {
      const secondEnd = wordEnd(text, second);
      let word = text.slice(wStart, wEnd) + text.slice(second, secondEnd);
      wEnd = secondEnd;
      i = wEnd;
      if (isPossessive(word, 0, word.length)) {
        word = word.slice(0, -2);
        wEnd -= 2; // the mention ends before the "'s"
        possessive = true;
      }
      slot = cache.slot(word, 0, word.length);
    } else {
      i = wEnd;
      if (isPossessive(text, wStart, wEnd)) {
        wEnd -= 2;
        possessive = true;
      }
      // memoized: also makes every occurrence of a word share one string
      slot = cache.slot(text, wStart, wEnd);
    }
    // most words fold to one token: read it directly
    const one = cache.singleAt(slot);
    const parts = one === undefined ? cache.tokensAt(slot) : undefined;
    if (parts !== undefined && parts.length === 0) continue;

    let f = cache.caseAt(slot);
    // the usual gap is one space: nothing to look at
    const plainSpace = wStart - prevEnd === 1 && text.charCodeAt(prevEnd) === 32;
    if (n === 0 || prevPossessive) f |= BREAK_BEFORE;
    if (!plainSpace && n > 0) {
      const g = gapKind(text, prevEnd, wStart);
      // "Carlos A. Marroquín", "Sr. Marroquín": a period after an initial or a title is neither a
      // break nor a sentence end
      if (g !== 0 && !isAbbreviation(text, prevEnd, wStart, prevWord)) {
        if (g & GAP_BREAK) f |= !prevPossessive && isCommaGap(text, prevEnd, wStart) ? BREAK_BEFORE | COMMA_BEFORE : BREAK_BEFORE;
        if (g & GAP_SENTENCE) sentenceNo++;
      }
    }
    if (f & (CAP | LOWER)) {
      cased++;
      if (f & CAP) capitals++;
    }

    const count = parts === undefined ? 1 : parts.length;
    if (n + count > cap) {
      cap = Math.max(cap * 2, n + count);
      folded.length = cap;
      start = grow(start, cap);
      end = grow(end, cap);
      flags = growBytes(flags, cap);
      sentence = grow(sentence, cap);
    }
    if (parts === undefined) {
      folded[n] = one!;
      start[n] = wStart;
      end[n] = wEnd;
      flags[n] = f;
      sentence[n] = sentenceNo;
      n++;
    } else {
      const particles = cache.particlesAt(slot);
      for (let p = 0; p < count; p++) {
        folded[n] = parts[p]!;
        start[n] = wStart;
        end[n] = wEnd;
        flags[n] = (p === 0 ? f : f & ~(BREAK_BEFORE | COMMA_BEFORE)) | (particles & (1 << p) ? PARTICLE : 0);
        sentence[n] = sentenceNo;
        n++;
      }
    }
    if (possessive) flags[n - 1] |= POSSESSIVE;
    prevEnd = possessive ? wEnd + 2 : wEnd;
    prevWord = cache.wordAt(slot);
    prevPossessive = possessive;
  }
  markInformativeSentences(n, flags, sentence);
  if (buffers !== undefined && cap <= buffers.maxKept) Object.assign(buffers, { folded, start, end, flags, sentence });
  else folded.length = n;
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
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57)) {
      i++;
      continue;
    }
    const l = c0 < 128 ? 0 : wordCharLength(text, i);
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

/** Where the second half of a word hyphenated at a line end starts ("Mar-⏎roquín"), or -1. */
function hyphenBreakEnd(text: string, at: number): number {
  HYPHEN_BREAK.lastIndex = at;
  return HYPHEN_BREAK.test(text) ? HYPHEN_BREAK.lastIndex : -1;
}

/** The word text[s, e) ends in an English possessive "'s" (or "’s"). */
function isPossessive(text: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  const last = text.charCodeAt(e - 1);
  if (last !== 115 && last !== 83) return false;
  const q = text.charCodeAt(e - 2);
  return q === 39 || q === 8217;
}

/**
 * What the characters between two words, text[s, e), say: GAP_BREAK (punctuation a name does not
 * span, or a blank line), GAP_SENTENCE (a sentence end or a line end), both, or 0.
 */
function gapKind(text: string, s: number, e: number): number {
  let out = 0;
  // since the last line end, only spaces and tabs: a second line end makes a blank line
  let blank = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      out |= blank ? GAP_BREAK | GAP_SENTENCE : GAP_SENTENCE;
      blank = true;
    } else if (c === 32 || c === 9 || c === 13) {
      continue;
    } else {
      blank = false;
      const kind = c < GAP_CHAR.length ? GAP_CHAR[c]! : 0;
      if (kind === 1) out |= GAP_BREAK;
      else if (kind === 2) out |= GAP_BREAK | GAP_SENTENCE;
    }
  }
  return out;
}

/** A lone comma between two words, perhaps with the line wrapped after it: `[ \t]*,[ \t]*(\r?\n[ \t]*)?`. */
function isCommaGap(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && isBlank(text.charCodeAt(k))) k++;
  if (k === e || text.charCodeAt(k) !== 44) return false;
  k++;
  while (k < e && isBlank(text.charCodeAt(k))) k++;
  if (k < e && text.charCodeAt(k) === 13) k++;
  if (k < e && text.charCodeAt(k) === 10) {
    k++;
    while (k < e && isBlank(text.charCodeAt(k))) k++;
  }
  return k === e;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** The gap is one period and white space on the same line, after an initial or a title ("Sr."). */
function isAbbreviation(text: string, s: number, e: number, prevWord: string): boolean {
  if (text.charCodeAt(s) !== 46) return false;
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || !WHITE_SPACE.test(text[k]!)) return false;
  }
  return prevWord.length === 1 || HONORIFIC.has(prevWord.toLowerCase());
}

const WHITE_SPACE = /^\s$/;

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
