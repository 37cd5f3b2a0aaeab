/** The document tokenizer: folded tokens that map back to the original characters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../src/normalize/index.js';
import { BREAK_BEFORE, CAP, CASE_INFORMATIVE, COMMA_BEFORE, DIGIT, FoldCache, LOWER, PARTICLE, POSSESSIVE, TokenBuffers, tokenizeDocument } from '../../src/scan/document-tokens.js';

const words = (text: string) => {
  const d = tokenizeDocument(text);
  return Array.from({ length: d.count }, (_, i) => ({ folded: d.folded[i], raw: text.slice(d.start[i], d.end[i]), flags: d.flags[i]! }));
};

describe('tokenizeDocument', () => {
  it('folds each word with the shared folding and keeps its offsets', () => {
    expect(words('Carlos Amílcar MARROQUÍN').map((w) => [w.folded, w.raw])).toEqual([
      ['carlos', 'Carlos'],
      ['amilcar', 'Amílcar'],
      ['marroquin', 'MARROQUÍN'],
    ]);
  });

  it('joins words hyphenated at line ends, but not real hyphens', () => {
    expect(words('Mar-\nroquín and MS-13, Al-Qaida').map((w) => [w.folded, w.raw])).toEqual([
      ['marroquin', 'Mar-\nroquín'],
      ['and', 'and'],
      ['ms', 'MS'],
      ['13', '13'],
      ['al', 'Al'],
      ['qaida', 'Qaida'],
    ]);
  });

  it('marks a lone comma between words, which a name in the lists\' order may span', () => {
    const w = words("LUNA MEZA, Osiris; Meza's, Ana (Luna), Carlos,\nMarroquín");
    expect(w.map((x) => [x.raw, Boolean(x.flags & BREAK_BEFORE), Boolean(x.flags & COMMA_BEFORE)])).toEqual([
      ['LUNA', true, false],
      ['MEZA', false, false],
      ['Osiris', true, true],
      ['Meza', true, false],
      ['Ana', true, false],
      ['Luna', true, false],
      ['Carlos', true, false],
      ['Marroquín', true, true],
    ]);
  });

  it("strips an English possessive and ends the name there", () => {
    const w = words("Meza's lawyer and O'Brien");
    expect(w.map((x) => [x.folded, x.raw])).toEqual([
      ['meza', 'Meza'],
      ['lawyer', 'lawyer'],
      ['and', 'and'],
      ['obrien', "O'Brien"],
    ]);
    expect(w[0]!.flags & POSSESSIVE).toBeTruthy();
    expect(w[1]!.flags & BREAK_BEFORE).toBeTruthy();
  });

  it('marks breaks at punctuation a name does not span, not after initials or titles', () => {
    const w = words('Luna, Meza. Carlos A. Marroquín met Sr. Luna (today)');
    const breaks = w.filter((x) => x.flags & BREAK_BEFORE).map((x) => x.raw);
    expect(breaks).toEqual(['Luna', 'Meza', 'Carlos', 'today']);
  });

  it('records case, and whether capitals say anything in the sentence', () => {
    const prose = words('The official Osiris Luna Meza was named by the department.');
    expect(prose[2]!.flags & CAP).toBeTruthy();
    expect(prose[1]!.flags & LOWER).toBeTruthy();
    expect(prose.every((x) => x.flags & CASE_INFORMATIVE)).toBe(true);
    const headline = words('Treasury Sanctions Two Salvadoran Officials Over Gang Truce');
    expect(headline.some((x) => x.flags & CASE_INFORMATIVE)).toBe(false);
  });

  it('folds every word exactly as foldText does', () => {
    const text = 'the Vice-Minister of JUSTICE, Osiris Luna Meza, said in 2020 that Марроки́н';
    expect(tokenizeDocument(text).folded.join(' ')).toBe(foldText(text));
  });

  it('gives the same tokens with a small, full, reused fold cache and lent buffers', () => {
    // the cache is a table that grows and starts afresh when full; the buffers are reused
    const piece = fc.constantFrom('Osiris', 'Luna', 'Meza', "Meza's", 'Mar-\nroquín', 'MS-13', 'de', 'la', 'Осирис', 'ß', 'Ø', 'x1', ' ', ', ', '. ', '\n\n', 'Sr. ');
    const cache = new FoldCache(7);
    const buffers = new TokenBuffers();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        const shared = tokenizeDocument(text, cache, buffers);
        const fresh = tokenizeDocument(text);
        expect(shared.count).toBe(fresh.count);
        expect(shared.folded.slice(0, shared.count)).toEqual(fresh.folded);
        expect([...shared.start]).toEqual([...fresh.start]);
        expect([...shared.end]).toEqual([...fresh.end]);
        expect([...shared.flags]).toEqual([...fresh.flags]);
        expect([...shared.sentence]).toEqual([...fresh.sentence]);
      }),
      { numRuns: 300 },
    );
  });

  it('flags words with digits and name particles', () => {
    const w = words('Juan de la Cruz, passport A0405621');
    expect(w.map((x) => [x.raw, Boolean(x.flags & PARTICLE), Boolean(x.flags & DIGIT)])).toEqual([
      ['Juan', false, false],
      ['de', true, false],
      ['la', true, false],
      ['Cruz', false, false],
      ['passport', false, false],
      ['A0405621', false, true],
    ]);
  });

  it('maps every token back into the text, for any input', () => {
    const piece = fc.constantFrom('Osiris', 'Luna', 'Meza', "Meza's", 'Mar-\nroquín', 'MS-13', 'Осирис', 'محمد', '金正恩', ' ', '  ', '\n\n', ', ', '. ', '«', '»', 'ß', 'e\u0301', '😀', "'", '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const d = tokenizeDocument(text);
        for (let i = 0; i < d.count; i++) {
          expect(d.start[i]).toBeGreaterThanOrEqual(0);
          expect(d.end[i]).toBeLessThanOrEqual(text.length);
          expect(d.start[i]).toBeLessThan(d.end[i]!);
          if (i > 0) expect(d.start[i]).toBeGreaterThanOrEqual(d.start[i - 1]!);
          expect(d.folded[i]).toMatch(/^[a-z0-9]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
