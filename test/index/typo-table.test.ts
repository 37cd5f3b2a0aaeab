/** The typo table visits every string within the matcher's typo budget, whatever the budget's size. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachDeletionKey } from '../../src/index/deletion-keys.js';
import { TypoTable } from '../../src/index/typo-table.js';
import { editedPair } from '../support/edited-pair.js';
import { boundedEditDistance, typoBudget } from '../../src/match/index.js';

const letters = fc.constantFrom('a', 'b', 'n', 'o', 'r', 's', 'h');
const token = fc.array(letters, { minLength: 3, maxLength: 18 }).map((cs) => cs.join(''));

/** b is a with up to 4 random edits: deletions, substitutions, insertions, adjacent transpositions. */
const pair = editedPair(token, 4);

describe('TypoTable', () => {
  // by keys, by a scan of the lengths in reach, and as the table chooses (a scan for these tiny tables)
  const strategies: [string, number | undefined][] = [
    ['keys', 0],
    ['scan', Infinity],
    ['auto', undefined],
  ];
  for (const [strategy, scanEntriesPerKey] of strategies) {
    for (const fewerEdits of [0, 1]) {
      it(`visits every string within the budget of the shorter side${fewerEdits ? ' less one edit (glued words)' : ''} (${strategy})`, () => {
        const byEdits = [0, 0, 0, 0];
        fc.assert(
          fc.property(pair, ({ a, b }) => {
            const k = typoBudget(Math.min(a.length, b.length)) - fewerEdits;
            fc.pre(k > 0);
            const d = boundedEditDistance(a, b, k);
            fc.pre(d <= k);
            byEdits[d]!++;
            // b among decoys, so a visit of the wrong id does not pass
            const table = new TypoTable(['zzzzzzzzz', b, 'xxxxx'], scanEntriesPerKey === undefined ? {} : { scanEntriesPerKey });
            const visited = new Set<number>();
            table.probe(a, (id) => visited.add(id), fewerEdits);
            expect(visited.has(1), `${a} ~ ${b}`).toBe(true);
          }),
          { numRuns: 6000, seed: 11 + fewerEdits },
        );
        // every number of edits the budget allows was tried
        expect(byEdits[1]).toBeGreaterThan(100);
        expect(byEdits[2]).toBeGreaterThan(20);
        if (fewerEdits === 0) expect(byEdits[3]).toBeGreaterThan(0);
      });
    }
  }

  it('does not visit strings beyond the budget that share no variant', () => {
    const table = new TypoTable(['mohammed', 'alexander', 'abdulrahmanov'], { scanEntriesPerKey: 0 });
    const visited = (q: string) => {
      const ids = new Set<number>();
      table.probe(q, (id) => ids.add(id));
      return [...ids].sort();
    };
    expect(visited('mohamed')).toEqual([0]);
    expect(visited('muhammad')).toEqual([]);
    expect(visited('aleksander')).toEqual([1]);
    expect(visited('abdurahmanof')).toEqual([2]);
  });
});

describe('deletion keys', () => {
  it('emits each variant once: the string, its 1-deletions and 2-deletions', () => {
    const keys = (s: string, k: 1 | 2) => {
      const out: number[] = [];
      forEachDeletionKey(s, k, (h) => out.push(h));
      return out;
    };
    expect(keys('abcde', 1)).toHaveLength(6);
    // "aab": itself, "ab" (either a deleted), "aa"
    expect(keys('aab', 1)).toHaveLength(3);
    expect(new Set(keys('abcde', 2)).size).toBe(keys('abcde', 2).length);
    expect(keys('abcde', 2)).toHaveLength(1 + 5 + 10);
    // "aaa": itself, "aa", "a"
    expect(keys('aaa', 2)).toHaveLength(3);
  });

  it('gives a variant the key of the same string written out', () => {
    const keys = (s: string, k: 1 | 2) => {
      const out: number[] = [];
      forEachDeletionKey(s, k, (h) => out.push(h));
      return out;
    };
    const [abde] = keys('abde', 1);
    const [ace] = keys('ace', 1);
    expect(keys('abcde', 1)).toContain(abde);
    expect(keys('abcde', 2)).toContain(ace);
    expect(keys('abcde', 2)).not.toContain(keys('abcdf', 1)[0]);
  });
});
