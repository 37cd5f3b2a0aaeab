import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/match/index.js';

describe('first matcher', () => {
  it('matches reordered list-order names exactly', () => {
    expect(compareNames('Osiris Luna Meza', 'LUNA MEZA, Osiris', 'Person').score).toBe(1);
  });
  it('tolerates a missing second surname', () => {
    const r = compareNames('Carlos Amilcar Marroquín', 'MARROQUIN CHICA, Carlos Amilcar', 'Person');
    expect(r.score).toBeGreaterThan(0.85);
    expect(r.explanation.alignment.find((p) => p.candidate === 'chica')?.how).toBe('unmatched-candidate');
  });
  it('keeps George Bush away from George Habbash', () => {
    expect(compareNames('George Bush', 'George Habbash', 'Person').score).toBeLessThan(0.7);
  });
});
