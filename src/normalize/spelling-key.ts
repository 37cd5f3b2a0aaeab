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

// One left-to-right pass: at each position the first (longest) listed spelling wins.
const SPELLING: Record<string, string> = {
  shch: 'sch', tsch: 'ch', tch: 'ch', dzh: 'j', dj: 'j', zh: 'j', ph: 'f', ck: 'k', kh: 'h', gh: 'g',
  th: 't', tz: 'ts', ch: 'ch', x: 'ks', q: 'k', ce: 'se', ci: 'si', cy: 'si', c: 'k', w: 'v', ou: 'u',
  oo: 'u', ee: 'i', ae: 'e', y: 'i', j: 'i',
};
const SPELLING_PATTERN = /shch|tsch|tch|dzh|dj|zh|ph|ck|kh|gh|th|tz|ch|x|q|c[eiy]|c|w|ou|oo|ee|ae|y|j/g;
const NEEDS_REWRITE = /[cdegkoprstwxyzjq]/;

export function spellingKey(word: string): string {
  // a word-initial x is an s sound almost everywhere names come from (Xi, Xavier, Xenia)
  const w = word.charCodeAt(0) === 120 /* x */ ? `s${word.slice(1)}` : word;
  let s = NEEDS_REWRITE.test(w) ? w.replace(SPELLING_PATTERN, (m) => SPELLING[m]!) : w;
  // final -ie and doubled letters ("Dmitrii", "Joonng")
  if (s.endsWith('ie')) s = s.slice(0, -1);
  return squeeze(s);
}

/** Collapse runs of one letter: "joonng" → "jong". */
export function squeeze(word: string): string {
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return word.replace(/(.)\1+/g, '$1');
  }
  return word;
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
