import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unSc } from '../../../src/sources/un/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/un');

describe('UN consolidated XML on a hand-written fixture', () => {
  it('maps an individual fully', async () => {
    const { entities, byId } = await readList(unSc, join(FIX, 'consolidated.xml'));
    expect(entities).toHaveLength(2);
    const p = byId.get('un-sc:QDi.901')!;
    expect(p.schema).toBe('Person');
    expect(p.names).toEqual([
      { full: 'AHMAD KARIM TESTER', kind: 'primary', parts: { given: 'AHMAD', middle: 'KARIM', family: 'TESTER', title: 'Haji' } },
      { full: 'أحمد كريم', kind: 'native' },
      { full: 'Ahmed Kareem', kind: 'alias' },
      { full: 'Abu Test', kind: 'weak' },
      { full: 'Ahmad Old', kind: 'former' },
    ]);
    expect(p.birthDates).toEqual([{ value: '1961-02-03' }, { value: '1960-07-01' }, { value: '1959', circa: true }, { value: '1957', to: '1958' }]);
    expect(p.birthPlaces).toEqual(['Aden, Yemen']);
    expect(p.gender).toBe('male');
    expect(p.nationalities).toEqual(['YE']);
    expect(p.positions).toEqual(['Financier']);
    expect(p.programs).toEqual(['Al-Qaida']);
    expect(p.identifiers).toEqual([
      { type: 'un-reference', value: 'QDi.901', label: 'UN reference number' },
      { type: 'passport', value: 'Y 1234567', country: 'YE', label: 'Passport', note: 'issued 2001-01-01' },
      { type: 'national-id', value: '01010-55', label: 'National Identification Number' },
    ]);
    expect(p.addresses).toEqual([{ full: "1 Example Road, Sana'a, Yemen", street: '1 Example Road', city: "Sana'a", country: 'YE' }]);
    expect(p.sources).toHaveLength(1);
    expect(p.sources[0]).toMatchObject({ list: 'un-sc', sourceId: 'QDi.901', programs: ['Al-Qaida'], listedOn: '2003-05-06' });
    expect(p.sources[0]!.raw).toMatchObject({ DATAID: '9000001', REFERENCE_NUMBER: 'QDi.901' });
  });

  it('maps an entity with its alias and address', async () => {
    const { byId } = await readList(unSc, join(FIX, 'consolidated.xml'));
    const e = byId.get('un-sc:KPe.901')!;
    expect(e.schema).toBe('Organization');
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['EXAMPLE TRADING COMPANY', 'primary'],
      ['EXTRACO', 'alias'],
    ]);
    expect(e.countries).toEqual(['KP']);
  });

  it('recognises the file by content whatever its name, and refuses other XML', async () => {
    await expectNotDetected(unSc, join(FIX, 'wrong-root.xml'));
    await expectNotDetected(unSc, join(FIX, 'empty.xml'));
  });

  it('fails clearly on truncated, wrong, empty and record-less files', async () => {
    await expectFailure(readWithFormat(unSc, 'xml', join(FIX, 'truncated.xml')), 'E_PARSE', 'truncated.xml');
    await expectFailure(readWithFormat(unSc, 'xml', join(FIX, 'wrong-root.xml')), 'E_FORMAT', 'wrong-root.xml');
    await expectFailure(readWithFormat(unSc, 'xml', join(FIX, 'empty.xml')), 'E_EMPTY', 'empty.xml');
    await expectFailure(readWithFormat(unSc, 'xml', join(FIX, 'no-records.xml')), 'E_EMPTY', 'no-records.xml');
  });
});

describeRealList('UN consolidated list 2026-02-27 (real file)', unSc, 'un/consolidated_2026-02-27.xml', (read) => {
  it('reads 730 individuals and 273 entities, ids unique', () => {
    expect(read.entities.filter((e) => e.schema === 'Person')).toHaveLength(730);
    expect(read.entities.filter((e) => e.schema === 'Organization')).toHaveLength(273);
    expect(read.byId.size).toBe(1003);
    expect(read.entities.every((e) => e.identifiers.some((i) => i.type === 'un-reference'))).toBe(true);
  });

  it('maps QDi.001 (two exact DOBs, original script, low-quality aliases)', () => {
    const e = read.byId.get('un-sc:QDi.001')!;
    expect(e.names[0]).toEqual({
      full: 'MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE',
      kind: 'primary',
      parts: { given: 'MOHAMMED', middle: 'SALAHALDIN ABD EL HALIM', family: 'ZIDANE' },
    });
    expect(e.names).toContainEqual({ full: 'محمد صلاح الدين عبدالحليم زيدان', kind: 'native' });
    expect(e.names).toContainEqual({ full: 'Sayf-Al Adl', kind: 'alias' });
    expect(e.names).toContainEqual({ full: 'Seif al Adel', kind: 'weak' });
    expect(e.birthDates).toEqual([{ value: '1963-04-11' }, { value: '1960-04-11' }]);
    expect(e.nationalities).toEqual(['EG']);
    expect(e.programs).toEqual(['Al-Qaida']);
    expect(e.sources[0]!.listedOn).toBe('2001-01-25');
  });

  it('maps CDi.002 (year-less DOB absent, FARDC designation, address) and BETWEEN dates', () => {
    const e = read.byId.get('un-sc:CDi.002')!;
    expect(e.names[0]!.parts).toEqual({ given: 'FRANK KAKOLELE', family: 'BWAMBALE' });
    expect(e.positions).toEqual(['FARDC General']);
    expect(e.addresses[0]).toMatchObject({ city: 'Kinshasa', country: 'CD' });
    expect(read.entities.flatMap((x) => x.birthDates.filter((d) => d.to)).length).toBe(31); // TYPE_OF_DATE BETWEEN
    expect(read.entities.filter((x) => x.birthDates.some((d) => d.circa)).length).toBeGreaterThan(50);
  });

  it('splits the two names of CDe.003 written in one FIRST_NAME', () => {
    expect(read.byId.get('un-sc:CDe.003')!.names.slice(0, 2)).toEqual([
      { full: 'COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)', kind: 'primary' },
      { full: 'GREAT LAKES BUSINESS COMPANY (GLBC)', kind: 'alias' },
    ]);
  });

  it('keeps passports with their issuing country', () => {
    const withPassport = read.entities.filter((e) => e.identifiers.some((i) => i.type === 'passport'));
    expect(withPassport.length).toBeGreaterThan(200);
    const countries = withPassport.flatMap((e) => e.identifiers.filter((i) => i.type === 'passport' && i.country));
    expect(countries.length / withPassport.length).toBeGreaterThan(0.5);
  });
});
