/** The fuzzy vocabulary lookup returns exactly the tokens the matcher pairs with the query token. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FuzzyTokenIndex } from '../../src/index/fuzzy-token-index.js';
import { forEachProbeKey, forEachSegmentKey } from '../../src/index/segment-keys.js';
import { levenshtein, partSimilarity, typoBudget } from '../../src/match/index.js';

const token = fc.array(fc.constantFrom('a', 'b', 'n', 'o', 'r', 's'), { minLength: 1, maxLength: 13 }).map((cs) => cs.join(''));

function bruteForce(vocabulary: string[], q: string): string[] {
  return vocabulary.filter((t) => partSimilarity(q, t).score > 0).sort();
}

describe('FuzzyTokenIndex', () => {
  it('matches the brute-force relation of partSimilarity', () => {
    fc.assert(
      fc.property(fc.uniqueArray(token, { minLength: 1, maxLength: 60 }), token, (vocabulary, q) => {
        const index = new FuzzyTokenIndex(vocabulary);
        const found = [...index.matches(q).ids].map((id) => vocabulary[id]!).sort();
        expect(found).toEqual(bruteForce(vocabulary, q));
      }),
      { numRuns: 2000, seed: 4 },
    );
  });

  it('pairs typos that exact-token blocking (Watchman) loses', () => {
    const vocabulary = ['john', 'smith', 'j', 'jonathan', 'smithson', 'abdulrahman'];
    const index = new FuzzyTokenIndex(vocabulary);
    const names = (q: string) => [...index.matches(q).ids].map((id) => vocabulary[id]!).sort();
    for (const q of ['jon', 'jhon', 'johm', 'smiht', 'smitj', 'j', 'abdulrahmn', 'smithsen']) {
      expect(names(q), q).toEqual(bruteForce(vocabulary, q));
    }
    expect(names('smitj')).toEqual(['smith']);
    expect(names('j')).toEqual(['j', 'john', 'jonathan']);
    expect(names('abdulrahmn')).toEqual(['abdulrahman']);
    expect(index.matches('smitj').maxLength).toBe(5);
  });
});

describe('segment keys', () => {
  it('a token within the typo budget of both sides shares a key with the probe', () => {
    // b is a with up to 3 random edits, so most pairs are near
    const pair = fc
      .tuple(token, fc.array(fc.tuple(fc.nat(2), fc.nat(20), fc.constantFrom('a', 'n', 'x')), { maxLength: 3 }))
      .map(([a, edits]) => {
        let b = a;
        for (const [op, at, ch] of edits) {
          const i = at % (b.length + 1);
          b = op === 0 ? b.slice(0, i) + b.slice(i + 1) : op === 1 ? b.slice(0, i) + ch + b.slice(i + 1) : b.slice(0, i) + ch + b.slice(i);
        }
        return { a, b };
      });
    let checked = 0;
    fc.assert(
      fc.property(pair, ({ a, b }) => {
        const k = Math.min(typoBudget(a.length), typoBudget(b.length));
        fc.pre(k > 0 && levenshtein(a, b) <= k);
        checked++;
        const indexed = new Set<number>();
        forEachSegmentKey(b, (h) => indexed.add(h));
        let shared = false;
        forEachProbeKey(a, (h) => {
          if (indexed.has(h)) shared = true;
        });
        expect(shared, `${a} ~ ${b}`).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('stores budget + 1 keys per token, none for tokens that must match exactly', () => {
    const count = (t: string) => {
      let n = 0;
      forEachSegmentKey(t, () => n++);
      return n;
    };
    expect(count('abc')).toBe(0);
    expect(count('abcd')).toBe(2);
    expect(count('abcdef')).toBe(3);
    expect(count('abcdefghijk')).toBe(4);
  });
});
