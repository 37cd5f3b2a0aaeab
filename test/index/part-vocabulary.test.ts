/** The vocabulary lookup returns exactly the parts the matcher pairs with a query part. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartVocabulary } from '../../src/index/part-vocabulary.js';
import { editedPair } from '../support/edited-pair.js';
import { forEachProbeKey, forEachSegmentKey } from '../../src/index/segment-keys.js';
import { boundedEditDistance, comparePart, prepareName, typoBudget, type PreparedPart } from '../../src/match/index.js';

const token = fc.array(fc.constantFrom('a', 'b', 'n', 'o', 'r', 's', 'h'), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));
const word = fc.oneof(
  token,
  fc.constantFrom('mohammed', 'muhammad', 'osama', 'usama', 'bill', 'william', 'llc', 'ltd', 'gmbh', 'al', 'bin', 'j', 'ali', 'aleksandr', 'alexander', 'saleh', 'sahel', 'nitup', 'putin'),
  // written without vowels: they pair with Latin words by consonants only
  fc.constantFrom('حسن', 'علي', 'عمر', 'محمد', 'hasan', 'hussein', 'husni', 'omar', 'amr', 'umar', 'ali', 'aly', 'mohamad'),
);

function partsOf(words: string[]): PreparedPart[] {
  return words.flatMap((w) => prepareName(w, 0, 'unknown').parts);
}

function vocabularyOf(parts: PreparedPart[]): PartVocabulary {
  const v = new PartVocabulary();
  for (const p of parts) v.add(p);
  v.freeze();
  return v;
}

describe('PartVocabulary', () => {
  it('matches the brute-force relation of the matcher', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), word, (words, q) => {
        const parts = partsOf(words);
        fc.pre(parts.length > 0);
        const v = vocabularyOf(parts);
        for (const qp of partsOf([q])) {
          const found = v.matches(qp).ids.map((id) => v.parts[id]!.text).sort();
          const expected = [...new Set(v.parts.filter((c) => comparePart(qp, c).score > 0).map((c) => c.text))].sort();
          expect([...new Set(found)].sort()).toEqual(expected);
        }
      }),
      { numRuns: 1500, seed: 4 },
    );
  });

  it('pairs the typos, spellings, nicknames and initials that exact-token blocking (Watchman) loses', () => {
    const v = vocabularyOf(partsOf(['john', 'smith', 'j', 'jonathan', 'smithson', 'abdulrahman', 'william', 'usama', 'aleksandr']));
    const texts = (q: string) => [...new Set(v.matches(partsOf([q])[0]!).ids.map((id) => v.parts[id]!.text))].sort();
    for (const q of ['jon', 'jhon', 'smiht', 'smitj', 'j', 'abdulrahmn', 'bill', 'osama', 'alexandr']) {
      const expected = [...new Set(v.parts.filter((c) => comparePart(partsOf([q])[0]!, c).score > 0).map((c) => c.text))].sort();
      expect(texts(q), q).toEqual(expected);
    }
    expect(texts('smiht')).toContain('smith');
    expect(texts('abdulrahmn')).toContain('abdulrahman');
    expect(texts('j')).toEqual(expect.arrayContaining(['j', 'john', 'jonathan']));
  });
});

describe('segment keys', () => {
  for (const fewerEdits of [0, 1]) {
    it(`a string within the typo budget of the shorter side${fewerEdits ? ' less one edit (glued runs)' : ''} (transpositions included) shares a key with the probe`, () => {
      // b is a with up to 3 random edits, transpositions included
      const pair = editedPair(token, 3);
      let checked = 0;
      fc.assert(
        fc.property(pair, ({ a, b }) => {
          const k = typoBudget(Math.min(a.length, b.length)) - fewerEdits;
          fc.pre(k > 0 && boundedEditDistance(a, b, k) <= k);
          checked++;
          const indexed = new Set<number>();
          forEachSegmentKey(b, (h) => indexed.add(h), fewerEdits);
          let shared = false;
          forEachProbeKey(
            a,
            (h) => {
              if (indexed.has(h)) shared = true;
            },
            fewerEdits,
          );
          expect(shared, `${a} ~ ${b}`).toBe(true);
        }),
        { numRuns: 4000, seed: 7 + fewerEdits },
      );
      expect(checked).toBeGreaterThan(fewerEdits ? 300 : 1000);
    });
  }

  it('finds long strings too, two and three edits away (the shift window narrowed by the length difference)', () => {
    const long = fc.array(fc.constantFrom('a', 'b', 'n', 'o', 'r', 's', 'h'), { minLength: 9, maxLength: 26 }).map((cs) => cs.join(''));
    const pair = editedPair(long, 3);
    const byEdits = [0, 0, 0, 0];
    fc.assert(
      fc.property(pair, fc.constantFrom(0, 1), ({ a, b }, fewerEdits) => {
        const k = typoBudget(Math.min(a.length, b.length)) - fewerEdits;
        fc.pre(k > 0);
        const d = boundedEditDistance(a, b, k);
        fc.pre(d <= k);
        byEdits[d]!++;
        const indexed = new Set<number>();
        forEachSegmentKey(b, (h) => indexed.add(h), fewerEdits);
        let shared = false;
        forEachProbeKey(a, (h) => (shared ||= indexed.has(h)), fewerEdits);
        expect(shared, `${a} ~ ${b}${fewerEdits ? ' (glued)' : ''}`).toBe(true);
      }),
      { numRuns: 20000, seed: 23 },
    );
    expect(byEdits[2]).toBeGreaterThan(1000);
    expect(byEdits[3]).toBeGreaterThan(1000);
  });

  it('probed one edit fewer than its keys were cut for, a string in reach has two of its segments among the probe keys', () => {
    const long = fc.array(fc.constantFrom('a', 'b', 'n', 'o', 'r', 's', 'h'), { minLength: 11, maxLength: 24 }).map((cs) => cs.join(''));
    let checked = 0;
    fc.assert(
      fc.property(editedPair(long, 2), ({ a, b }) => {
        // a glued join of 13+ letters against a word (typo-table.ts probeTwoSegments)
        const k = typoBudget(Math.min(a.length, b.length)) - 1;
        fc.pre(a.length >= 13 && k > 0 && boundedEditDistance(a, b, k) <= k);
        checked++;
        const segmentOf = new Map<number, number>();
        forEachSegmentKey(b, (h) => segmentOf.set(h, segmentOf.size));
        const found = new Set<number>();
        forEachProbeKey(a, (h, segment) => {
          if (segmentOf.get(h) === segment) found.add(segment);
        }, 1, 0);
        expect(found.size, `${a} ~ ${b}`).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 6000, seed: 29 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('stores budget + 1 keys per string, none for strings that must match exactly', () => {
    const count = (t: string) => {
      let n = 0;
      forEachSegmentKey(t, () => n++);
      return n;
    };
    expect(count('abcd')).toBe(0);
    expect(count('abcde')).toBe(2);
    expect(count('abcdefghi')).toBe(3);
    expect(count('abcdefghijklmn')).toBe(4);
  });
});

describe('PartVocabulary, words written without vowels', () => {
  it('pairs Arabic-script and Latin spellings both ways, as the matcher does', () => {
    const words = ['حسن', 'علي', 'عمر', 'محمد', 'hasan', 'hussein', 'husni', 'omar', 'amr', 'umar', 'ali', 'aly', 'mohamad', 'muhammad', 'ahmad'];
    const v = vocabularyOf(partsOf(words));
    let paired = 0;
    for (const q of words) {
      for (const qp of partsOf([q])) {
        const found = [...new Set(v.matches(qp).ids)].sort((a, b) => a - b);
        const expected = v.parts.flatMap((c, id) => (comparePart(qp, c).score > 0 ? [id] : []));
        expect(found, q).toEqual(expected);
        paired += found.length;
      }
    }
    // the Arabic words did pair with Latin ones (not only with themselves)
    expect(paired).toBeGreaterThan(words.length * 2);
  });
});
