import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usCsl } from '../../../src/sources/us-trade-csl/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/us-trade-csl');

describe('Consolidated Screening List on hand-written fixtures', () => {
  for (const file of ['consolidated.csv', 'consolidated_fixture.csv.gz']) {
    it(`${file}: skips OFAC SDN rows and joins a party listed twice`, async () => {
      const { entities, byId } = await readList(usCsl, join(FIX, file));
      expect(entities.map((e) => e.id)).toEqual(['us-csl:a1b2c3', 'us-csl:90002', 'us-csl:90003']);
      const el = byId.get('us-csl:a1b2c3')!;
      expect(el.schema).toBe('LegalEntity');
      expect(el.names).toEqual([
        { full: 'Test Electronics Co.', kind: 'primary' },
        { full: 'Test Elec', kind: 'alias' },
        { full: 'TEC Ltd', kind: 'alias' },
      ]);
      expect(el.countries).toEqual(['CN', 'HK']);
      expect(el.programs).toEqual(['EL']);
      expect(el.sources[0]!.listedOn).toBe('2021-01-01');
      const bank = byId.get('us-csl:90002')!;
      expect(bank.programs).toEqual(['SSI', 'UKRAINE-EO13662', 'CAP', 'RUSSIA-EO14024']);
      expect(bank.identifiers).toEqual([
        { type: 'registration', value: '1027700000000', country: 'RU', label: 'Registration ID' },
        { type: 'swift-bic', value: 'TESTRUMM', label: 'SWIFT/BIC' },
      ]);
      expect(bank.properties).toEqual({ website: ['www.test-bank.test'] });
      expect((bank.sources[0]!.raw as { rows: unknown[] }).rows).toHaveLength(2);
      const p = byId.get('us-csl:90003')!;
      expect(p.schema).toBe('Person');
      expect(p.names).toEqual([
        { full: 'TESTOVA, Anna', kind: 'primary', parts: { family: 'TESTOVA', given: 'Anna' } },
        { full: 'TESTOVA, Anya', kind: 'alias' },
      ]);
      expect(p.birthDates).toEqual([{ value: '1980-05-06' }, { value: '1981' }]);
      expect(p.citizenships).toEqual(['RU']);
      expect(p.nationalities).toEqual(['RU']);
      expect(p.birthPlaces).toEqual(['Omsk']);
      expect(p.positions).toEqual(['Director']);
      expect(p.gender).toBe('female');
      expect(p.identifiers).toEqual([{ type: 'passport', value: '4500123456', country: 'RU', label: 'Passport' }]);
    });
  }

  it('refuses other files and fails clearly on broken ones', async () => {
    await expectNotDetected(usCsl, join(FIX, 'not-csl.csv'), join(FIX, 'truncated.csv.gz'));
    await expectFailure(readWithFormat(usCsl, 'csv', join(FIX, 'truncated.csv.gz')), 'E_PARSE', 'truncated.csv.gz');
    await expectFailure(readWithFormat(usCsl, 'csv', join(FIX, 'not-csl.csv')), 'E_FORMAT', 'not-csl.csv');
  });
});

describeRealList('Consolidated Screening List 2022-04 (real file)', usCsl, 'us-trade-csl/consolidated_2022-04.csv.gz', (read) => {
  it('reads 14,160 rows: 10,026 OFAC SDN rows skipped, 4,134 kept as 4,087 parties', () => {
    const rows = read.entities.reduce((n, e) => n + (e.sources[0]!.raw as { rows: unknown[] }).rows.length, 0);
    expect(rows).toBe(14160 - 10026);
    expect(read.entities).toHaveLength(4087);
    expect(read.entities.some((e) => e.programs.includes('SDN'))).toBe(false);
    expect(read.entities.filter((e) => e.programs.includes('EL'))).toHaveLength(2001);
    expect(read.entities.filter((e) => e.programs.includes('DPL'))).toHaveLength(462);
  });

  it('maps BANCO VTB AFRICA SA (on both CAP and SSI) with its SWIFT code and address country', () => {
    const e = read.byId.get('us-csl:18725')!;
    expect(e.names).toEqual([
      { full: 'BANCO VTB AFRICA SA', kind: 'primary' },
      { full: 'VTB AFRICA', kind: 'alias' },
    ]);
    expect(e.programs).toEqual(expect.arrayContaining(['CAP', 'SSI', 'UKRAINE-EO13662', 'RUSSIA-EO14024']));
    expect(e.identifiers).toContainEqual({ type: 'swift-bic', value: 'VTBLAOLU', label: 'SWIFT/BIC' });
    expect(e.countries).toEqual(['AO']);
  });
});
