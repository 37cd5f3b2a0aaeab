/** The fuzzy vocabulary lookup returns exactly the tokens the matcher pairs with the query token. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FuzzyTokenIndex } from '../../src/index/fuzzy-token-index.js';
import { forEachDeletionKey } from '../../src/index/deletion-keys.js';
import { levenshtein, partSimilarity } from '../../src/match/index.js';

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

describe('deletion keys', () => {
  it('two strings within distance k share a key with at most k deletions each', () => {
    // b is a with up to k random edits, so most pairs are near
    const pair = fc
      .tuple(token, fc.integer({ min: 0, max: 3 }), fc.array(fc.tuple(fc.nat(2), fc.nat(20), fc.constantFrom('a', 'n', 'x')), { maxLength: 3 }))
      .map(([a, k, edits]) => {
        let b = a;
        for (const [op, at, ch] of edits.slice(0, k)) {
          const i = at % (b.length + 1);
          b = op === 0 ? b.slice(0, i) + b.slice(i + 1) : op === 1 ? b.slice(0, i) + ch + b.slice(i + 1) : b.slice(0, i) + ch + b.slice(i);
        }
        return { a, b, k };
      });
    fc.assert(
      fc.property(pair, ({ a, b, k }) => {
        // the matcher's budgets always leave at least one character: k < both lengths
        fc.pre(levenshtein(a, b) <= k && k < Math.min(a.length, b.length));
        const keysA = new Set<number>();
        forEachDeletionKey(a, k, (h) => keysA.add(h));
        let shared = false;
        forEachDeletionKey(b, k, (h) => {
          if (keysA.has(h)) shared = true;
        });
        expect(shared).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('emits every variant up to the depth', () => {
    const seen: number[] = [];
    forEachDeletionKey('abcd', 2, (h) => seen.push(h));
    expect(seen.length).toBe(1 + 4 + 6);
  });
});
