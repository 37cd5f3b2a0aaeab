/**
 * Korean names written in Hanja, the Chinese characters Korean also uses: "金正恩" is Kim Jong Un,
 * which the Chinese reading ("jin zhengen") cannot find. A short name of Han characters that starts
 * with a Korean family name gets a second reading in Hangul ("김정은"), which is then read like
 * any Korean name. The Chinese reading stays: 金 is also a common Chinese family name (Jin).
 *
 * Readings come from the `hanja` package (a Hanja → Hangul table with the initial-sound rule,
 * 두음법칙, applied: 李 → 이, 林 → 임). Family names read differently from the word (金 is 김
 * as a name, 금 "gold" as a word) are overridden here. The table (0.5 MB) loads on the first Han
 * name, not at start-up.
 */
import { createRequire } from 'node:module';
import { isKoreanSurname } from './transliterate.js';

type Translate = (text: string, mode: 'SUBSTITUTION') => string;
let translate: Translate | undefined;

function hangulOf(text: string): string {
  translate ??= (createRequire(import.meta.url)('hanja') as { default: { translate: Translate } }).default.translate;
  return translate(text, 'SUBSTITUTION');
}

/** Family names whose reading as a name differs from the dictionary reading. */
const SURNAME_READINGS: Record<string, string> = { 金: '김' };

/** Korean names in Hanja: a one- or two-character family name, then one or two characters. */
const HANJA_NAME = /^\p{Script=Han}{2,4}$/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** The Hangul reading of a name written in Hanja, if it reads as a Korean name; else undefined. */
export function koreanReadingOfHanja(full: string): string | undefined {
  // no CJK character at all (the common case): nothing to read
  if (!CJK.test(full)) return undefined;
  const name = full.replace(/[\s·・]/g, '');
  if (!HANJA_NAME.test(name)) return undefined;
  const chars = [...name];
  // read as one word, so only its first syllable takes the initial-sound rule (崔龍海 → 최룡해, Choe Ryong Hae)
  const syllables = [...hangulOf(name)];
  // a character without a Korean reading stays Han: not a Korean name
  if (syllables.length !== chars.length || syllables.some((s) => /\p{Script=Han}/u.test(s))) return undefined;
  for (const surnameLength of [1, 2]) {
    if (chars.length - surnameLength < 1) continue;
    const surname = SURNAME_READINGS[chars.slice(0, surnameLength).join('')] ?? syllables.slice(0, surnameLength).join('');
    if (isKoreanSurname(surname)) return surname + syllables.slice(surnameLength).join('');
  }
  return undefined;
}
