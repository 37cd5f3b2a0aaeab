/** A prepared part's anagram key is its text's code units sorted, as `split('').sort().join('')` gives them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrepareCache, prepareName } from '../../src/match/prepare.js';

describe('prepared anagram key', () => {
  it('sorts the code units of every part of five letters or more', () => {
    const cache = new PrepareCache();
    const text = fc.string({ unit: fc.constantFrom('a', 'z', 'm', 'e', 'é', 'ß', 'ø', '1', '9', ' ', '-', 'ж', 'ع', '中', '😀'), minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(text, (full) => {
        for (const c of [undefined, cache]) {
          for (const p of prepareName(full, 0, 'unknown', undefined, c).parts) {
            expect(p.anagram).toBe(p.text.length >= 5 ? p.text.split('').sort().join('') : p.text);
          }
        }
      }),
    );
  });
});
