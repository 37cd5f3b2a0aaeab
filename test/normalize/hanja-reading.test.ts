/** Korean names written in Hanja get a Korean reading beside the Chinese one. */
import { describe, expect, it } from 'vitest';
import { ScreeningIndex } from '../../src/index/index.js';
import { compareNames } from '../../src/match/index.js';
import { emptyEntity, type Entity } from '../../src/model/index.js';
import { koreanReadingOfHanja } from '../../src/normalize/index.js';

function person(id: string, full: string): Entity {
  const e = emptyEntity(`test:${id}`, 'Person');
  e.names.push({ full, kind: 'primary' });
  return e;
}

describe('koreanReadingOfHanja', () => {
  it('reads a name starting with a Korean family name in Hangul, the family name as a name', () => {
    // 金 reads 금 as a word, 김 as a family name
    expect(koreanReadingOfHanja('金正恩')).toBe('김정은');
    expect(koreanReadingOfHanja('金 與正')).toBe('김여정');
    // the initial-sound rule applies to the first syllable only: 李 → 이, but 龍 stays 룡 inside the name
    expect(koreanReadingOfHanja('李雪主')).toBe('이설주');
    expect(koreanReadingOfHanja('崔龍海')).toBe('최룡해');
  });

  it('gives none for Chinese family names that are not Korean, single characters and other scripts', () => {
    expect(koreanReadingOfHanja('習近平')).toBeUndefined();
    expect(koreanReadingOfHanja('王毅')).toBeUndefined();
    expect(koreanReadingOfHanja('金')).toBeUndefined();
    expect(koreanReadingOfHanja('Kim Jong Un')).toBeUndefined();
    expect(koreanReadingOfHanja('中国人民解放军')).toBeUndefined();
  });
});

describe('Korean names in Hanja, compared and screened', () => {
  it('matches the romanized Korean name both ways, and keeps the Chinese reading', () => {
    expect(compareNames('金正恩', 'Kim Jong Un', 'Person').score).toBeGreaterThanOrEqual(0.9);
    expect(compareNames('Kim Jong Un', '金正恩', 'Person').score).toBeGreaterThanOrEqual(0.9);
    expect(compareNames('金正恩', 'Jin Zhengen', 'Person').score).toBeGreaterThanOrEqual(0.9);
    // another Kim is not the same person
    expect(compareNames('金正恩', 'Kim Yo Jong', 'Person').score).toBeLessThan(0.78);
  });

  it('the index retrieves by every reading, as an exhaustive scan does', () => {
    const index = new ScreeningIndex([person('1', 'Kim Jong Un'), person('2', 'Jin Zhengen'), person('3', 'Kim Yo Jong'), person('4', '金與正')]);
    const ids = (name: string) => index.screen({ name }, { limit: 10 }).map((h) => h.id).sort();
    const exhaustive = (name: string) => index.screenExhaustive({ name }, { limit: 10 }).map((h) => h.id).sort();
    expect(ids('金正恩')).toEqual(['test:1', 'test:2']);
    expect(ids('金正恩')).toEqual(exhaustive('金正恩'));
    expect(ids('Kim Yo Jong')).toEqual(['test:3', 'test:4']);
    expect(ids('Kim Yo Jong')).toEqual(exhaustive('Kim Yo Jong'));
  });
});
