/**
 * Spelling keys: coarse forms of a folded word under which the usual transliteration and spelling
 * variants of one name coincide. Compare keys only after exact and typo comparison failed.
 *
 * `spellingKey` absorbs the differences between romanization schemes and spelling habits
 * (Dmitriy / Dmitry / Dmitrii, Aleksandr / Alexandr, Khodorkovsky / Hodorkovskiy, Nooristani /
 * Nuristani, Joonng / Jong): same key, same name as far as the spelling can tell.
 *
 * `consonantKey` is for words transliterated from scripts that write few vowels (Arabic, Hebrew,
 * Thai): "mhmd" (محمد) and "Mohamed" both give "mhmd". It is much coarser, so the matcher only uses
 * it when one side comes from such a script.
 */

// applied in order; each rule rewrites every occurrence
const SPELLING_RULES: [RegExp, string][] = [
  [/shch/g, 'sch'],
  [/tsch|tch/g, 'ch'],
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/tz/g, 'ts'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/w/g, 'v'],
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/ae/g, 'e'],
  [/[yj]/g, 'i'],
  [/ie$/g, 'i'],
  [/(.)\1+/g, '$1'],
];

export function spellingKey(word: string): string {
  let s = word;
  for (const [re, to] of SPELLING_RULES) s = s.replace(re, to);
  return s;
}

const CONSONANT_RULES: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/ck|q|c(?!h)/g, 'k'],
  [/[aeiouywv'`-]/g, ''],
  [/(.)\1+/g, '$1'],
];

export function consonantKey(word: string): string {
  let s = word;
  for (const [re, to] of CONSONANT_RULES) s = s.replace(re, to);
  return s;
}
