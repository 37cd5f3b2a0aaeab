import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ukOfsi } from '../../../src/sources/uk-ofsi/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/uk-ofsi');

describe('OFSI ConList on hand-written fixtures', () => {
  for (const file of ['ConList.csv', 'ConList.xlsx']) {
    it(`${file}: one entity per Group ID with every name variant`, async () => {
      const { entities, byId, format } = await readList(ukOfsi, join(FIX, file));
      expect(format).toBe(file.endsWith('.csv') ? 'csv' : 'xlsx');
      expect(entities.map((e) => e.id)).toEqual(['uk-ofsi:99001', 'uk-ofsi:99002', 'uk-ofsi:99003']);
      const p = byId.get('uk-ofsi:99001')!;
      expect(p.schema).toBe('Person');
      expect(p.names).toEqual([
        { full: 'Ivan Sergeyevich PETROV', kind: 'primary', parts: { given: 'Ivan', middle: 'Sergeyevich', family: 'PETROV', title: 'Mr' } },
        { full: 'Ivan Sergeevich PETROV', kind: 'alias', parts: { given: 'Ivan', middle: 'Sergeevich', family: 'PETROV' } },
        { full: 'Ivan PETROFF', kind: 'weak', parts: { given: 'Ivan', family: 'PETROFF' } },
        { full: 'Иван Сергеевич Петров', kind: 'native', lang: 'Russian' },
      ]);
      expect(p.birthDates).toEqual([{ value: '1970-03-14' }, { value: '1971' }, { value: '1970' }]);
      expect(p.birthPlaces).toEqual(['Omsk, Russia']);
      expect(p.nationalities).toEqual(['RU']);
      expect(p.positions).toEqual(['Deputy Minister']);
      expect(p.identifiers).toEqual([
        { type: 'passport', value: '7100012345', country: 'RU', label: 'Passport Number', note: 'Russia number' },
        { type: 'passport', value: '530000111', country: 'RU', label: 'Passport Number', note: 'Russia passport number. Expired' },
        { type: 'un-reference', value: 'XXi.001', label: 'UN Ref' },
        { type: 'other', value: 'RUS9001', label: 'UK Sanctions List Ref' },
        { type: 'other', value: '99001', label: 'OFSI Group ID' },
      ]);
      expect(p.addresses).toEqual([{ full: '1 Test Street, Moscow, 101000, Russia', postalCode: '101000', country: 'RU' }]);
      expect(p.programs).toEqual(['Russia']);
      expect(p.sources[0]).toMatchObject({ list: 'uk-ofsi', sourceId: '99001', listedOn: '2022-03-16', programs: ['Russia'] });
      expect((p.sources[0]!.raw as { rows: unknown[] }).rows).toHaveLength(3);

      const org = byId.get('uk-ofsi:99002')!;
      expect(org.schema).toBe('Organization');
      expect(org.names).toEqual([
        { full: 'NEW TRADING LLC', kind: 'primary' },
        { full: 'OLD TRADING LLC', kind: 'former' },
      ]);
      const ship = byId.get('uk-ofsi:99003')!;
      expect(ship.schema).toBe('Vessel');
      expect(ship.identifiers).toContainEqual({ type: 'imo', value: '9000001', label: 'IMO number' });
    });
  }

  it('refuses files of another layout and fails clearly on broken ones', async () => {
    await expectNotDetected(ukOfsi, join(FIX, 'not-conlist.csv'), join(FIX, 'empty.csv'), join(FIX, 'truncated.xlsx'));
    await expectFailure(readWithFormat(ukOfsi, 'csv', join(FIX, 'not-conlist.csv')), 'E_FORMAT', 'not-conlist.csv');
    await expectFailure(readWithFormat(ukOfsi, 'csv', join(FIX, 'truncated.csv')), 'E_FORMAT', 'truncated.csv');
    await expectFailure(readWithFormat(ukOfsi, 'csv', join(FIX, 'empty.csv')), 'E_EMPTY', 'empty.csv');
    await expectFailure(readWithFormat(ukOfsi, 'xlsx', join(FIX, 'truncated.xlsx')), 'E_FORMAT', 'truncated.xlsx');
    await expectFailure(readWithFormat(ukOfsi, 'xlsx', join(FIX, 'ConList.csv')), 'E_FORMAT', 'ConList.csv');
  });
});

describeRealList('OFSI ConList 2025-04-14 xlsx (real file)', ukOfsi, 'uk/ConList_2025-04-14.xlsx', (read) => {
  it('reports its "Last Updated" line (14/04/2025) as the publication date', () => {
    expect(read.metadata).toEqual({ publishedAt: '2025-04-14' });
  });

  it('reads 4,688 group IDs from 18,798 rows', () => {
    expect(read.format).toBe('xlsx');
    expect(read.entities).toHaveLength(4688);
    const rows = read.entities.reduce((n, e) => n + (e.sources[0]!.raw as { rows: unknown[] }).rows.length, 0);
    expect(rows).toBe(18798);
    expect(read.entities.filter((e) => e.schema === 'Person')).toHaveLength(3663);
    expect(read.entities.filter((e) => e.schema === 'Vessel')).toHaveLength(15);
  });

  it('maps a UN-listed individual with the UN reference cited (Ali Kony, CFi.010)', () => {
    const e = read.entities.find((x) => x.identifiers.some((i) => i.type === 'un-reference' && i.value === 'CFi.010'))!;
    expect(e).toBeDefined();
    expect(e.schema).toBe('Person');
    expect(e.names[0]!.kind).toBe('primary');
    expect(e.names[0]!.parts?.family).toBe('KONY');
    expect(e.identifiers).toContainEqual({ type: 'other', value: 'CAF0011', label: 'UK Sanctions List Ref' });
  });

  it('maps the vessel SAM JONG 2 with its IMO number and aliases', () => {
    const e = read.byId.get('uk-ofsi:13651')!;
    expect(e.schema).toBe('Vessel');
    expect(e.names[0]).toEqual({ full: 'SAM JONG 2', kind: 'primary' });
    expect(e.names.map((n) => n.full)).toContain('YU_JONG_3');
    expect(e.identifiers).toContainEqual({ type: 'imo', value: '7408873', label: 'IMO number' });
    expect(e.sources[0]!.listedOn).toBe('2018-04-03');
  });

  it('every entity has exactly one primary name, first', () => {
    expect(read.entities.filter((e) => e.names[0]?.kind !== 'primary')).toEqual([]);
  });
});

describeWithLists('OFSI ConList.csv sample 2020-04-27 (real file)', ['uk/ConList_sample_2020-04-27.csv'], () => {
  it('reads the 23 rows into their groups', async () => {
    const read = await readList(ukOfsi, listPath('uk/ConList_sample_2020-04-27.csv'));
    expect(read.format).toBe('csv');
    const rows = read.entities.reduce((n, e) => n + (e.sources[0]!.raw as { rows: unknown[] }).rows.length, 0);
    expect(rows).toBe(23);
    const hojati = read.byId.get('uk-ofsi:9053')!;
    expect(hojati.names[0]).toMatchObject({ full: 'Mohsen HOJATI', kind: 'primary' });
    expect(hojati.names).toContainEqual({ full: 'محسن حجتی', kind: 'native', lang: 'Persian' });
    expect(hojati.birthDates).toEqual([{ value: '1955-09-28' }]);
    expect(hojati.programs).toEqual(['Iran (nuclear proliferation)']);
    expect(hojati.sources[0]!.listedOn).toBe('2007-03-24');
  });
});
