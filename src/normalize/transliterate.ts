/**
 * Transliteration of one run of a single non-Latin script to lower-case ASCII. Each script uses the
 * convention lists most often use for names:
 *   Cyrillic  Wikipedia-style romanization (iuliia), Ukrainian letters per the 2010 national table;
 *             other schemes (ICAO 9303, BGN/PCGN) differ in ways the match key absorbs
 *             (y/i/j, kh/h, ks/x, doubled letters: see match/token-keys.ts).
 *   Han       Hanyu Pinyin (pinyin-pro): family name apart, given name joined ("xi jinping");
 *             Japanese names from data/japanese-names.txt read in Hepburn ("yamada taro").
 *   Hangul    Revised Romanization with the spellings Korean names use in lists (eo → o,
 *             eu → u) and the customary family-name spellings (data/korean-surnames.txt).
 *   Arabic, Hebrew, Greek, Armenian, Georgian, kana, Thai, Devanagari…  any-ascii.
 * Returns words separated by single spaces.
 */
import anyAscii from 'any-ascii';
import iuliia from 'iuliia';
import { pinyin } from 'pinyin-pro';
import { readDataLines } from './data-file.js';
import type { ScriptClass } from './scripts.js';

const KOREAN_SURNAMES = new Map<string, string>();
for (const line of readDataLines('korean-surnames.txt')) {
  const [hangul, latin] = line.split(/\s+/);
  if (hangul && latin) KOREAN_SURNAMES.set(hangul, latin);
}

const JAPANESE_FAMILY = new Map<string, string>();
const JAPANESE_GIVEN = new Map<string, string>();
for (const line of readDataLines('japanese-names.txt')) {
  const [kanji, reading, kind] = line.split(/\s+/);
  if (!kanji || !reading) continue;
  (kind === 'given' ? JAPANESE_GIVEN : JAPANESE_FAMILY).set(kanji, reading);
}

/** Is this Hangul syllable (or pair) a common Korean family name (data/korean-surnames.txt)? */
export function isKoreanSurname(hangul: string): boolean {
  return KOREAN_SURNAMES.has(hangul);
}

/** "山田太郎" → "yamada taro" when family and given name are both in the Japanese table. */
function japanese(run: string): string | undefined {
  const chars = [...run];
  for (let cut = 1; cut < chars.length; cut++) {
    const family = JAPANESE_FAMILY.get(chars.slice(0, cut).join(''));
    const given = family ? JAPANESE_GIVEN.get(chars.slice(cut).join('')) : undefined;
    if (family && given) return `${family} ${given}`;
  }
  return undefined;
}

/** Two-character Chinese family names; every other family name is one character. */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '轩辕', '司徒', '西门', '长孙', '宇文']);

const UKRAINIAN_ONLY = /[ієїґІЄЇҐ]/;
const UKRAINIAN: Record<string, string> = {
  г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', ю: 'iu', я: 'ia', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ж: 'zh', ь: '', "'": '', '’': '',
};

/**
 * `foreignName`: the run is one word of a foreign name transcribed into Han characters
 * ("贝拉克·奥巴马"), to be written as one word rather than split into family and given name.
 */
export function transliterate(run: string, script: ScriptClass, foreignName = false): string {
  switch (script) {
    case 'cyrillic':
      return cyrillic(run);
    case 'han':
      return han(run, foreignName);
    case 'greek':
      return greek(run);
    case 'kana':
      return kana(run);
    case 'hangul':
      return hangul(run);
    default:
      return ascii(run);
  }
}

function ascii(text: string): string {
  return anyAscii(text).toLowerCase();
}

// Modern Greek digraphs (ELOT 743) that letter-by-letter transliteration gets wrong
const GREEK_DIGRAPHS: [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/αυ(?=[θκξπσςτφχψ]|$)/g, 'af'],
  [/αυ/g, 'av'],
  [/ευ(?=[θκξπσςτφχψ]|$)/g, 'ef'],
  [/ευ/g, 'ev'],
  [/^μπ/g, 'b'],
  [/^ντ/g, 'd'],
  [/γγ/g, 'ng'],
  [/γκ/g, 'ng'],
];

function greek(run: string): string {
  let s = run.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [re, to] of GREEK_DIGRAPHS) s = s.replace(re, to);
  return ascii(s);
}

/**
 * Katakana writes foreign names with a vowel after every final consonant ("Barack" → バラク,
 * "baraku"); the usual Latin spelling drops it. Hiragana (Japanese words) keeps its vowels.
 */
function kana(run: string): string {
  const latin = ascii(run);
  if (!/[\u30A0-\u30FF]/.test(run)) return latin;
  return latin.replace(/([kgszbpfm])u\b/g, '$1').replace(/([td])o\b/g, '$1');
}

function cyrillic(run: string): string {
  const lower = run.toLowerCase();
  if (UKRAINIAN_ONLY.test(lower)) {
    let out = '';
    for (const ch of lower) out += UKRAINIAN[ch] ?? ch;
    return ascii(iuliia.translate(out, iuliia.WIKIPEDIA));
  }
  return ascii(iuliia.translate(lower, iuliia.WIKIPEDIA));
}

function han(run: string, foreignName: boolean): string {
  const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }) as string[];
  if (foreignName) return syllables.join('').toLowerCase();
  const chars = [...run];
  const reading = chars.length >= 2 && chars.length <= 5 ? japanese(run) : undefined;
  if (reading) return reading;
  if (chars.length >= 2 && chars.length <= 4 && syllables.length === chars.length) {
    // a personal name: family name apart, given name as one word
    const familyLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
    const family = syllables.slice(0, familyLength).join('');
    const given = syllables.slice(familyLength).join('');
    return given ? `${family} ${given}` : family;
  }
  return syllables.join(' ').toLowerCase();
}

// Revised Romanization jamo, with eo → o and eu → u as Korean names are usually written in lists
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Each Hangul syllable becomes one word: Korean names are written syllable by syllable. */
function hangul(run: string): string {
  const words: string[] = [];
  let first = true;
  for (const ch of run) {
    const code = ch.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) {
      words.push(ascii(ch));
      continue;
    }
    const surname = first ? KOREAN_SURNAMES.get(ch) : undefined;
    first = false;
    if (surname) {
      words.push(surname);
      continue;
    }
    const initial = INITIALS[Math.floor(code / 588)]!;
    const medial = MEDIALS[Math.floor((code % 588) / 28)]!;
    const final = FINALS[code % 28]!;
    words.push(initial + medial + final);
  }
  return words.join(' ');
}
