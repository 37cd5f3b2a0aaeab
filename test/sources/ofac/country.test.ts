import { describe, expect, it } from 'vitest';
import { countryCode, countryKey, countryName, countryTable } from '../../../src/model/country.js';

describe('countryCode', () => {
  it.each([
    ['Korea, North', 'KP'],
    ['Korea, South', 'KR'],
    ['Burma', 'MM'],
    ['Iran', 'IR'],
    ['Russia', 'RU'],
    ['El Salvador', 'SV'],
    ['West Bank', 'PS'],
    ['Palestinian', 'PS'],
    ['Region: Gaza', 'PS'],
    ['Region: Crimea', 'UA'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Congo, Republic of the', 'CG'],
    ['Bahamas, The', 'BS'],
    ['The Gambia', 'GM'],
    ['Cote d Ivoire', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Virgin Islands, British', 'VG'],
    ['Man, Isle of', 'IM'],
    ['North Macedonia, The Republic of', 'MK'],
    ['Netherlands Antilles', 'AN'],
    ['Kosovo', 'XK'],
    ['Hong Kong', 'HK'],
    ['Macau', 'MO'],
    ['Taiwan', 'TW'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Czech Republic', 'CZ'],
    ['Russian Federation', 'RU'],
  ])('%s → %s (OFAC country forms)', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each([
    ['Iranian', 'IR'],
    ['Salvadoran', 'SV'],
    ['Mexican', 'MX'],
    ['North Korean', 'KP'],
    ['Syrian', 'SY'],
    ['British', 'GB'],
  ])('demonym %s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('reads alpha-2 and alpha-3 codes, any case', () => {
    expect(countryCode('SV')).toBe('SV');
    expect(countryCode('slv')).toBe('SV');
    expect(countryCode('PRK')).toBe('KP');
    expect(countryCode('usa')).toBe('US');
  });

  it('ignores case, accents and stray spaces', () => {
    expect(countryCode('  EL SALVADOR ')).toBe('SV');
    expect(countryCode('méxico')).toBe('MX');
    expect(countryCode('KOREA,NORTH')).toBe('KP');
  });

  it('returns undefined for what is not a country', () => {
    expect(countryCode('undetermined')).toBeUndefined();
    expect(countryCode('Region: Kafia Kingi')).toBeUndefined();
    expect(countryCode('')).toBeUndefined();
    expect(countryCode('San Salvador')).toBeUndefined();
  });
});

describe('countryName', () => {
  it('names alpha-2 and alpha-3 codes', () => {
    expect(countryName('SV')).toBe('El Salvador');
    expect(countryName('kp')).toBe('North Korea');
    expect(countryName('IRN')).toBe('Iran');
    expect(countryName('ZZ')).toBeUndefined();
  });
});

describe('country table', () => {
  it('has unique codes and no name on two lines', () => {
    const alpha2 = new Set<string>();
    const alpha3 = new Set<string>();
    const owner = new Map<string, string>();
    for (const row of countryTable()) {
      expect(row.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(row.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(alpha2.has(row.alpha2), row.alpha2).toBe(false);
      expect(alpha3.has(row.alpha3), row.alpha3).toBe(false);
      alpha2.add(row.alpha2);
      alpha3.add(row.alpha3);
      for (const n of [row.name, ...row.others]) {
        const key = countryKey(n);
        const prev = owner.get(key);
        expect(prev === undefined || prev === row.alpha2, `${n} on ${prev} and ${row.alpha2}`).toBe(true);
        owner.set(key, row.alpha2);
      }
    }
    expect(alpha2.size).toBeGreaterThan(245);
  });

  it('every name and code round-trips', () => {
    for (const row of countryTable()) {
      expect(countryCode(row.name)).toBe(row.alpha2);
      expect(countryCode(row.alpha2)).toBe(row.alpha2);
      expect(countryCode(row.alpha3)).toBe(row.alpha2);
      expect(countryName(row.alpha2)).toBe(row.name);
    }
  });
});
