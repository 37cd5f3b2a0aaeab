/**
 * Text folding for comparison. The order is fixed and the same on the list side and the query side:
 *   1. strip invisible characters (zero-width, bidi controls, soft hyphens…)  invisible.ts
 *   2. NFKC: fullwidth and other compatibility forms become their plain letters ("ＡＢＣ" → "ABC")
 *   3. per word: homoglyph skeleton when Latin is mixed with look-alikes       confusables.ts
 *   4. per run of one script: transliteration to ASCII                          transliterate.ts
 *   5. NFKD, drop combining marks, fold table (ł ø æ ß đ ı þ…), lower case
 * `foldWords` keeps punctuation (name analysis needs dots, commas, brackets); `foldText` turns it
 * into spaces. Reach for `foldText`/`tokenize` for plain comparison, for `analyzeName` to screen.
 */
import anyAscii from 'any-ascii';
import { isConfusable, latinSkeleton } from './confusables.js';
import { stripInvisible } from './invisible.js';
import { isVowelless, scriptOf, type ScriptClass } from './scripts.js';
import { transliterate } from './transliterate.js';

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const FOLD: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ẞ: 'ss', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', ı: 'i', ŀ: 'l', Ŀ: 'l', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ĸ: 'k',
  ŋ: 'ng', Ŋ: 'ng', ſ: 's', ƒ: 'f', ə: 'e', Ə: 'e',
};

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^a-z0-9]+/g;
const APOSTROPHES = /['’`ʻʼ‘]/g;
/** Printable ASCII only: nothing to strip, fold or transliterate. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
// Chinese and Japanese write foreign names with a middle dot between the words
const FOREIGN_NAME_DOT = /[·・•]/;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
/** Only Latin letters and characters that are no letter at all (scriptOf: 'latin' or 'none'). */
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*$/u;

/** One whitespace-separated word after folding, with the script it was written in. */
export interface FoldedWord {
  /** Lower-case ASCII; punctuation kept. */
  text: string;
  /** The word's letters came from a script written without most vowels (Arabic, Hebrew, Thai). */
  vowelless: boolean;
  /** The word was transliterated from another script (not Latin, not a homoglyph disguise). */
  transliterated: boolean;
  /** Transliterated syllable by syllable (Chinese, Korean, Japanese): never a particle or a title. */
  syllabic?: boolean;
}

/** Fold a name into words, keeping punctuation. */
export function foldWords(text: string): FoldedWord[] {
  if (PLAIN_ASCII.test(text)) {
    const out: FoldedWord[] = [];
    for (const w of text.toLowerCase().split(/\s+/)) if (w) out.push({ text: w, vowelless: false, transliterated: false });
    return out;
  }
  const clean = stripInvisible(text).normalize('NFKC');
  const rawWords = clean.split(/\s+/).filter(Boolean);
  const out: FoldedWord[] = [];
  if (LATIN_ONLY.test(clean)) {
    // accented Latin, the usual case: no disguise to undo and no run of another script, so each
    // word is only the Latin fold of itself (what the loop below gives, without its per-letter work)
    for (const raw of rawWords) for (const piece of foldLatin(raw).split(' ')) if (piece) out.push({ text: piece, vowelless: false, transliterated: false });
    return out;
  }
  const nameHasLatin = /\p{Script=Latin}/u.test(clean);
  for (const raw of rawWords) {
    const word = disguiseSkeleton(raw, nameHasLatin);
    const foreignName = FOREIGN_NAME_DOT.test(word);
    let text = '';
    let vowelless = false;
    let transliterated = false;
    let syllabic = false;
    // transliterate each run of one non-Latin script; keep the rest for the Latin fold
    let run = '';
    let runScript: ScriptClass = 'none';
    const flush = () => {
      if (!run) return;
      text += ` ${transliterate(run, runScript, foreignName)} `;
      transliterated = true;
      if (isVowelless(runScript)) vowelless = true;
      if (runScript === 'han' || runScript === 'hangul' || runScript === 'kana') syllabic = true;
      run = '';
    };
    for (const ch of word) {
      const s = scriptOf(ch);
      const foreign = s !== 'latin' && s !== 'none';
      if (foreign) {
        if (run && s !== runScript) flush();
        run += ch;
        runScript = s;
        continue;
      }
      // marks inside a foreign run (harakat, niqqud, dakuten) stay with it
      if (run && /\p{M}/u.test(ch)) {
        run += ch;
        continue;
      }
      flush();
      text += ch;
    }
    flush();
    text = foldLatin(text);
    for (const piece of text.split(' ')) if (piece) out.push({ text: piece, vowelless, transliterated, ...(syllabic ? { syllabic } : {}) });
  }
  return out;
}

/**
 * A word that mixes Latin letters with look-alikes from other scripts is a disguise: map the
 * look-alikes to Latin. So is a word made only of look-alikes when the rest of the name is Latin.
 */
function disguiseSkeleton(word: string, nameHasLatin: boolean): string {
  let latin = false;
  let lookalike = false;
  let otherForeign = false;
  for (const ch of word) {
    const s = scriptOf(ch);
    if (s === 'latin') latin = true;
    else if (s !== 'none') {
      if (isConfusable(ch)) lookalike = true;
      else otherForeign = true;
    }
  }
  if (lookalike && latin) return latinSkeleton(word);
  if (lookalike && !otherForeign && nameHasLatin) return latinSkeleton(word);
  return word;
}

function foldLatin(text: string): string {
  let s = text.normalize('NFKD').replace(MARKS, '');
  if (NON_ASCII.test(s)) {
    let out = '';
    for (const ch of s) out += FOLD[ch] ?? ch;
    s = out;
  }
  s = s.toLowerCase();
  if (NON_ASCII.test(s)) s = anyAscii(s).toLowerCase();
  return s.replace(/\s+/g, ' ').trim();
}

/** Fold one string to lower-case ASCII words separated by single spaces. */
export function foldText(text: string): string {
  return foldWords(text)
    .map((w) => w.text.replace(APOSTROPHES, '').replace(NON_ALNUM, ' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded tokens of a text (no name analysis: see `analyzeName` for screening). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
