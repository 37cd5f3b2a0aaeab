/**
 * Which writing system a character belongs to, as far as name matching cares. Abjads (Arabic,
 * Hebrew, Syriac, Thaana) and abugidas written without vowel signs (Thai, Khmer, Lao) leave most
 * vowels out, so their transliterations are compared by consonant skeleton (see match/).
 */

export type ScriptClass =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'hangul'
  | 'kana'
  | 'thai'
  | 'other'
  | 'none';

const TESTS: [RegExp, ScriptClass][] = [
  [/\p{Script=Latin}/u, 'latin'],
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Greek}/u, 'greek'],
  [/[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Han}/u, 'han'],
  [/\p{Script=Hangul}/u, 'hangul'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u, 'kana'],
  [/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u, 'thai'],
];

const LETTER = /\p{L}/u;

/** Script class of one character (a letter; marks, digits and punctuation are `none`). */
export function scriptOf(ch: string): ScriptClass {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'latin' : 'none';
  if (!LETTER.test(ch) && ch !== '\u30FC') return 'none';
  for (const [re, cls] of TESTS) if (re.test(ch)) return cls;
  return 'other';
}

/** Scripts whose transliteration lacks most vowels: compare them by consonants. */
export function isVowelless(script: ScriptClass): boolean {
  return script === 'arabic' || script === 'hebrew' || script === 'thai';
}
