import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, damerauLevenshtein, jaro, jaroWinkler, levenshtein, soundex } from '../../src/match/index.js';
import { withinOneEdit } from '../../src/match/similarity.js';
import { describeWithEval, evalPath } from '../support/data.js';

/** Rows of one reference file; values are given to 3 decimals, so compare within 0.001. */
function oracle(file: string): string[][] {
  return parse(readFileSync(evalPath(`algorithms/${file}`), 'utf8'), { relax_column_count: true, relax_quotes: true }) as string[][];
}

describeWithEval('string metrics against the jellyfish reference values (eval/algorithms)', () => {
  it('levenshtein', () => {
    const rows = oracle('levenshtein.csv');
    expect(rows.length).toBeGreaterThan(3);
    for (const [a, b, d] of rows) expect(levenshtein(a!, b!), `${a} / ${b}`).toBe(Number(d));
  });
  it('damerau-levenshtein', () => {
    const rows = oracle('damerau_levenshtein.csv');
    expect(rows.length).toBeGreaterThan(3);
    for (const [a, b, d] of rows) expect(damerauLevenshtein(a!, b!), `${a} / ${b}`).toBe(Number(d));
  });
  it('jaro', () => {
    for (const [a, b, v] of oracle('jaro_distance.csv')) expect(Math.abs(jaro(a!, b!) - Number(v)), `${a} / ${b}`).toBeLessThanOrEqual(0.001);
  });
  it('jaro-winkler', () => {
    for (const [a, b, v] of oracle('jaro_winkler.csv')) expect(Math.abs(jaroWinkler(a!, b!) - Number(v)), `${a} / ${b}`).toBeLessThanOrEqual(0.001);
  });
  it('jaro-winkler with long tolerance', () => {
    for (const [a, b, v] of oracle('jaro_winkler_longtol.csv')) expect(Math.abs(jaroWinkler(a!, b!, true) - Number(v)), `${a} / ${b}`).toBeLessThanOrEqual(0.001);
  });
  it('soundex', () => {
    for (const [word, code] of oracle('soundex.csv')) {
      if (!/^\p{L}/u.test(word ?? '')) continue; // jellyfish passes non-letters through; criba only codes names
      expect(soundex(word!), word).toBe(code);
    }
  });
  it('the bounded distance agrees with full Damerau-Levenshtein within its budget', () => {
    for (const [a, b] of oracle('damerau_levenshtein.csv')) {
      const d = damerauLevenshtein(a!, b!);
      for (const max of [1, 2, 3]) expect(boundedEditDistance(a!, b!, max), `${a} / ${b} ≤ ${max}`).toBe(Math.min(d, max + 1));
    }
  });
});

describe('bounded edit distance', () => {
  it.each([
    ['lukashenko', 'luakshenko', 1],
    ['martha', 'marhta', 1],
    ['kitten', 'sitting', 3],
    ['friedrich', 'fridrich', 1],
    ['abc', 'abc', 0],
  ])('%s / %s = %i', (a, b, d) => {
    expect(boundedEditDistance(a, b, 3)).toBe(d);
    expect(boundedEditDistance(a, b, 1)).toBe(Math.min(d, 2));
  });
  it('withinOneEdit covers substitution, insertion, deletion and transposition', () => {
    expect(withinOneEdit('scholz', 'scholze')).toBe(true);
    expect(withinOneEdit('asasd', 'assad')).toBe(true);
    expect(withinOneEdit('osama', 'usama')).toBe(true);
    expect(withinOneEdit('schulze', 'scholz')).toBe(false);
    expect(withinOneEdit('ab', 'ba')).toBe(true);
    expect(withinOneEdit('abc', 'cab')).toBe(false);
  });
});

describe('bounded edit distance, banded', () => {
  /** Optimal string alignment over the whole table, no band and no early exit: the reference. */
  function osa(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  it('equals the full optimal-string-alignment distance, capped at max + 1', () => {
    // few letters, so that pairs are often close; lengths around the band edges
    const word = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 16 }).map((cs) => cs.join(''));
    let within = 0;
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 4 }), (a, b, max) => {
        const d = osa(a, b);
        if (d <= max) within++;
        expect(boundedEditDistance(a, b, max), `${a} / ${b} ≤ ${max}`).toBe(Math.min(d, max + 1));
      }),
      { numRuns: 20000, seed: 3 },
    );
    expect(within).toBeGreaterThan(2000);
  });

  it('equals it too for long strings (bit-parallel up to 32 characters, a table beyond) and any characters', () => {
    // a shared stem keeps pairs close; some characters outside ASCII, and lengths on both sides of 32
    const stem = fc.array(fc.constantFrom('a', 'b', 'c', 'é', 'ж'), { minLength: 20, maxLength: 36 }).map((cs) => cs.join(''));
    const edit = fc.array(fc.tuple(fc.nat(40), fc.constantFrom('a', 'b', 'c', 'é', 'ж', '')), { maxLength: 4 });
    const apply = (s: string, edits: [number, string][]) => edits.reduce((t, [at, c]) => t.slice(0, at % (t.length + 1)) + c + t.slice((at % (t.length + 1)) + (c ? 0 : 1)), s);
    fc.assert(
      fc.property(stem, edit, edit, fc.integer({ min: 2, max: 4 }), (s, ea, eb, max) => {
        const a = apply(s, ea);
        const b = apply(s, eb);
        expect(boundedEditDistance(a, b, max), `${a} / ${b} ≤ ${max}`).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 5000, seed: 5 },
    );
  });
});
