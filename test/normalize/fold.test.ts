import { describe, expect, it } from 'vitest';
import { foldText, foldWords, stripInvisible, tokenize } from '../../src/normalize/index.js';

describe('foldText', () => {
  it('folds accents and letters NFKD leaves alone', () => {
    expect(foldText('Łukasz Øster Straße Đorđević Þór')).toBe('lukasz oster strasse dordevic thor');
  });
  it('turns punctuation into spaces and drops apostrophes', () => {
    expect(foldText("Al-Qa'ida / O’Neill")).toBe('al qaida oneill');
  });
  it('folds fullwidth forms', () => {
    expect(foldText('ＯＳＡＭＡ　ｂｉｎ')).toBe('osama bin');
  });
});

describe('evasion resistance', () => {
  it('strips zero-width characters, bidi controls and soft hyphens', () => {
    const disguised = 'Vla\u200Bdi\u200Dmir \u202EPu\u00ADtin\u202C \u2066Ivanov\u2069\uFEFF';
    expect(stripInvisible(disguised)).toBe('Vladimir Putin Ivanov');
    expect(foldText(disguised)).toBe('vladimir putin ivanov');
  });
  it('maps Cyrillic and Greek look-alikes inside Latin words back to Latin', () => {
    // Cyrillic а, е, о, р, с and Greek Ο, Α
    expect(foldText('Оsаmа bin Lаdеn')).toBe('osama bin laden');
    expect(foldText('ΑCΜΕ Сorp')).toBe('acme corp');
  });
  it('maps a word made only of look-alikes when the rest of the name is Latin', () => {
    expect(foldText('НАМАЅ Group')).toBe('hamas group');
  });
  it('still transliterates genuine Cyrillic words', () => {
    expect(foldText('Сергей Иванов')).toBe('sergey ivanov');
  });
});

describe('transliteration', () => {
  it.each([
    ['Дмитрий Медведев', 'dmitry medvedev'],
    ['Олександр Шевченко', 'oleksandr shevchenko'],
    ['Νικόλαος Παπαδόπουλος', 'nikolaos papadopoulos'],
    ['Արամ Խաչատրյան', 'aram khachatryan'],
    ['გიორგი', 'giorgi'],
    ['习近平', 'xi jinping'],
    ['毛泽东', 'mao zedong'],
    ['김정은', 'kim jong un'],
    ['박지성', 'park ji song'],
    ['バラク・オバマ', 'barak obama'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
  it('marks words from scripts without written vowels', () => {
    const words = foldWords('محمد Ali משה');
    expect(words.map((w) => w.vowelless)).toEqual([true, false, true]);
    expect(words[0]!.text).toBe('mhmd');
  });
});

describe('tokenize', () => {
  it('splits folded text into tokens', () => {
    expect(tokenize('LUNA MEZA, Osiris')).toEqual(['luna', 'meza', 'osiris']);
    expect(tokenize('  ')).toEqual([]);
  });
});
