/**
 * Homoglyph skeletons. A Cyrillic "а" or a Greek "Ο" inside a Latin name looks identical to the eye
 * and defeats exact comparison; `latinSkeleton` maps such look-alikes to the Latin letter they
 * imitate. It must only be applied to words that are (or pretend to be) Latin: a genuinely
 * Cyrillic word is transliterated instead (Cyrillic "Н" is "n", although it looks like "H").
 */
import { readDataLines } from './data-file.js';

const LOOKALIKE = new Map<string, string>();
for (const line of readDataLines('confusables.txt')) {
  const [from, to] = line.split(/\s+/);
  if (from && to) LOOKALIKE.set(from, to);
}

/** Does this character have a Latin look-alike in the table? */
export function isConfusable(ch: string): boolean {
  return LOOKALIKE.has(ch);
}

/** Replace every look-alike character by the Latin letter it imitates; other characters stay. */
export function latinSkeleton(word: string): string {
  let out = '';
  for (const ch of word) out += LOOKALIKE.get(ch) ?? ch;
  return out;
}
