/**
 * Text folding for comparison. Order is fixed and the same on the index and the query side:
 *   NFKD → drop combining marks → fold table (letters NFKD leaves alone) → lower case →
 *   transliterate other scripts to ASCII → punctuation to spaces → squash spaces.
 */
import anyAscii from 'any-ascii';

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const FOLD: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ẞ: 'ss', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', ı: 'i', ŀ: 'l', Ŀ: 'l', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ĸ: 'k',
  ŋ: 'ng', Ŋ: 'ng', ſ: 's',
};

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Fold one string to lower-case ASCII words separated by single spaces. */
export function foldText(text: string): string {
  let s = text.normalize('NFKD').replace(MARKS, '');
  let out = '';
  for (const ch of s) out += FOLD[ch] ?? ch;
  s = out.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = anyAscii(s).toLowerCase();
  return s.replace(/['’`]/g, '').replace(NON_ALNUM, ' ').trim();
}

/** Folded tokens of a name. */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
