import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedConsonantHash, textHash } from '../../src/index/glued-run-index.js';
import { consonantKey } from '../../src/normalize/index.js';

describe('joinedConsonantHash', () => {
  // letters that consonantKey reads two at a time ("ph", "ck", "ch"), drops (vowels, w, y) or repeats
  const word = fc.array(fc.constantFrom('a', 'c', 'h', 'k', 'p', 'q', 's', 'e', 'y', 'w', 'b'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));

  it('is the hash of the joined text\'s consonant skeleton, for any run of texts', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (texts) => {
        expect(joinedConsonantHash(texts, texts.map(consonantKey))).toBe(textHash(consonantKey(texts.join(''))));
      }),
      { numRuns: 5000, seed: 20261127 },
    );
  });

  it('reads "p" + "h" and "c" + "h" across a join as the joined text does', () => {
    for (const texts of [['sap', 'hiran'], ['marc', 'hobb'], ['mac', 'kay'], ['abd', 'dallah'], ['ay', 'ya']]) {
      expect(joinedConsonantHash(texts, texts.map(consonantKey)), texts.join(' + ')).toBe(textHash(consonantKey(texts.join(''))));
    }
  });
});
