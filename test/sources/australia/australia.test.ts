import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auDfat } from '../../../src/sources/australia/definition.js';
import { parseDfatDates } from '../../../src/sources/australia/dates.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/australia');

describe('DFAT Consolidated List on a hand-written fixture', () => {
  it('groups rows by Reference number and folds the Name Type casing', async () => {
    const { entities, byId } = await readList(auDfat, join(FIX, 'regulation8_consolidated.xlsx'));
    expect(entities.map((e) => e.id)).toEqual(['au-dfat:9001', 'au-dfat:9002', 'au-dfat:9003']);
    const a = byId.get('au-dfat:9001')!;
    expect(a.schema).toBe('Person');
    expect(a.names).toEqual([
      { full: 'Test Person Alpha', kind: 'primary' },
      { full: 'T. P. Alpha', kind: 'alias' },
      { full: 'تست ألفا', kind: 'native' },
    ]);
    expect(a.birthDates).toEqual([{ value: '1966-01-01' }]); // Excel serial 24108
    expect(a.citizenships).toEqual(['SD']);
    expect(a.birthPlaces).toEqual(['Springfield, Testland']);
    expect(a.addresses).toEqual([]); // "NA"
    expect(a.programs).toEqual(['1591 (Sudan)']);
    expect(a.identifiers).toEqual([{ type: 'national-id', value: '99887766554', country: 'SD', label: 'National identification (Additional Information)' }]);
    expect(a.sources[0]).toMatchObject({ list: 'au-dfat', sourceId: '9001', listedOn: '2023-03-14' });
    expect((a.sources[0]!.raw as { rows: unknown[] }).rows).toHaveLength(3);

    const b = byId.get('au-dfat:9002')!;
    expect(b.names).toEqual([{ full: 'Test Person Beta', kind: 'primary' }]);
    expect(b.birthDates).toEqual([{ value: '1941', to: '1944', circa: true }, { value: '1947', to: '1949' }, { value: '1952-03-07' }]);
    expect(b.citizenships).toEqual(['AF', 'PK']);
    expect(b.sources[0]!.listedOn).toBe('2004-10-19');

    const c = byId.get('au-dfat:9003')!;
    expect(c.schema).toBe('Organization');
    expect(c.names).toEqual([
      { full: 'Test Shipping Co', kind: 'primary' },
      { full: 'Old Test Shipping', kind: 'former' },
    ]);
    expect(c.identifiers).toEqual([{ type: 'imo', value: '9000002', label: 'IMO' }]);
  });

  it('parses DFAT date forms and reports the rest', () => {
    expect(parseDfatDates('na')).toEqual({ dates: [], unparsed: [] });
    expect(parseDfatDates('circa 1960').dates).toEqual([{ value: '1960', circa: true }]);
    expect(parseDfatDates('a) 01/02/1960;   b) 1961').dates).toEqual([{ value: '1960-02-01' }, { value: '1961' }]);
    expect(parseDfatDates('12 Mar 1970 >> 1 Apr 1971').dates).toEqual([{ value: '1970-03-12' }, { value: '1971-04-01' }]);
    expect(parseDfatDates('sometime in spring').unparsed).toEqual(['sometime in spring']);
  });

  it('refuses other files and fails clearly on broken ones', async () => {
    await expectNotDetected(auDfat, join(FIX, 'truncated.xlsx'), join(FIX, 'header-only.xlsx'), join(FIX, 'regulation8_consolidated.csv'));
    await expectFailure(readWithFormat(auDfat, 'xlsx', join(FIX, 'truncated.xlsx')), 'E_FORMAT', 'truncated.xlsx');
    await expectFailure(readWithFormat(auDfat, 'xlsx', join(FIX, 'header-only.xlsx')), 'E_FORMAT', 'header-only.xlsx');
    await expectFailure(readWithFormat(auDfat, 'xlsx', join(FIX, 'regulation8_consolidated.csv')), 'E_FORMAT', 'regulation8_consolidated.csv');
  });
});

describeRealList('DFAT Consolidated List 2024-11-11 (real file)', auDfat, 'australia/regulation8_consolidated.xlsx', (read) => {
  it('reads 9,553 name rows into 3,062 references, one primary name each', () => {
    expect(read.entities).toHaveLength(3062);
    const rows = read.entities.reduce((n, e) => n + (e.sources[0]!.raw as { rows: unknown[] }).rows.length, 0);
    expect(rows).toBe(9553);
    expect(read.entities.filter((e) => e.names.filter((n) => n.kind === 'primary').length !== 1)).toEqual([]);
    expect(read.entities.filter((e) => e.schema === 'Person')).toHaveLength(2316);
  });

  it('maps reference 2 (MOHAMMAD HASSAN AKHUND) with approximate date ranges and original script', () => {
    const e = read.byId.get('au-dfat:2')!;
    expect(e.names).toEqual([
      { full: 'MOHAMMAD HASSAN AKHUND', kind: 'primary' },
      { full: 'محمد حسن أخوند', kind: 'native' },
    ]);
    expect(e.birthDates).toEqual([{ value: '1955', to: '1958', circa: true }, { value: '1945', to: '1950', circa: true }]);
    expect(e.citizenships).toEqual(['AF']);
    expect(e.programs).toEqual(['1988 (Taliban)']);
    expect(e.sources[0]!.listedOn).toBe('2001-01-25');
  });

  it('maps reference 7994 (date of birth stored as an Excel serial)', () => {
    const e = read.byId.get('au-dfat:7994')!;
    expect(e.names[0]).toEqual({ full: 'Osman Mohamed Hamid Mohamed', kind: 'primary' });
    expect(e.birthDates).toEqual([{ value: '1966-01-01' }]);
    expect(e.citizenships).toEqual(['SD']);
    expect(e.identifiers).toContainEqual(expect.objectContaining({ type: 'national-id', value: '11540384888', country: 'SD' }));
  });

  it('reads passports from Additional Information (reference 147, passport 1084010 of Egypt)', () => {
    expect(read.byId.get('au-dfat:147')!.identifiers).toContainEqual(expect.objectContaining({ type: 'passport', value: '1084010', country: 'EG' }));
    expect(read.entities.filter((e) => e.identifiers.some((i) => i.type === 'passport')).length).toBeGreaterThan(200);
  });

  it('understands nearly every Date of Birth cell', () => {
    const withDob = read.entities.filter((e) => e.birthDates.length > 0).length;
    expect(withDob).toBeGreaterThan(2000);
    expect(read.warnings.length).toBeLessThan(60);
  });
});
