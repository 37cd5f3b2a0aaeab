/**
 * Numbers in names: "Brigade Forty-Four" = "Brigade 44", "1st" = "First", "3%ers" = "Three
 * Percenters". `numberValue` reads one number word (data/numbers.txt); `joinNumberWords` folds a
 * run of number words and digits into one number token.
 */
import { readDataLines } from './data-file.js';

const VALUES = new Map<string, number>();
for (const line of readDataLines('numbers.txt')) {
  const [word, value] = line.split(/\s+/);
  if (word && value) VALUES.set(word, Number(value));
}

const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;

/** The value of a number word, ordinal or digit string; undefined for any other word. */
export function numberValue(word: string): number | undefined {
  // digit strings and ordinals start with a digit: most words need only the table lookup
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (/^\d+$/.test(word)) return Number(word);
    const ordinal = ORDINAL.exec(word);
    if (ordinal) return Number(ordinal[1]);
  }
  return VALUES.get(word);
}

/**
 * Replace runs of number words by their value: ["forty", "four"] → ["44"], ["forty", "4"] → ["44"],
 * ["two", "hundred"] → ["200"]. Digit strings stay as they are (leading zeros kept: they can matter
 * in registration numbers). Returns the input array when it holds no number word.
 */
export function joinNumberWords(words: readonly string[]): string[] {
  if (!words.some((w) => VALUES.has(w) || ORDINAL.test(w))) return [...words];
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const v = VALUES.has(w) || ORDINAL.test(w) ? numberValue(w) : undefined;
    if (v === undefined) {
      out.push(w);
      i++;
      continue;
    }
    let total = 0;
    let current = v;
    i++;
    while (i < words.length) {
      const next = numberValue(words[i]!);
      if (next === undefined) break;
      if (next === 100 || next === 1000) current = Math.max(current, 1) * next;
      else if (current >= 20 && current % 10 === 0 && current < 100 && next < 10) current += next;
      else if (current >= 100 && next < 100) current += next;
      else break;
      i++;
    }
    total += current;
    out.push(String(total));
  }
  return out;
}
