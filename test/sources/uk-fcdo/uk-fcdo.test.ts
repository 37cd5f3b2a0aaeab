import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ukFcdo } from '../../../src/sources/uk-fcdo/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/uk-fcdo');

describe('FCDO summary ODS on a hand-written fixture', () => {
  it('maps each designation row, expanding no empty padding', async () => {
    const { entities, byId } = await readList(ukFcdo, join(FIX, 'UK_Sanctions_List.ods'));
    expect(entities.map((e) => e.id)).toEqual(['uk-fcdo:RUS9001', 'uk-fcdo:DPR9001', 'uk-fcdo:CYB9001']);
    const p = byId.get('uk-fcdo:RUS9001')!;
    expect(p.schema).toBe('Person');
    expect(p.names).toEqual([{ full: 'PETROV Ivan Sergeyevich', kind: 'primary' }]);
    expect(p.identifiers).toEqual([
      { type: 'other', value: 'RUS9001', label: 'UK Sanctions List Ref' },
      { type: 'other', value: '99001', label: 'OFSI Group ID' },
    ]);
    expect(p.programs).toEqual(['Russia']);
    expect(p.properties).toEqual({ sanctions: ['Asset freeze', 'Travel Ban'] });
    expect(p.sources[0]).toMatchObject({ list: 'uk-fcdo', sourceId: 'RUS9001', listedOn: '2022-03-15' });
    const ship = byId.get('uk-fcdo:DPR9001')!;
    expect(ship.schema).toBe('Vessel');
    expect(ship.identifiers).toHaveLength(1); // the blank OFSI Group ID cell is not an id
    const org = byId.get('uk-fcdo:CYB9001')!;
    expect(org.schema).toBe('Organization');
    expect(org.programs).toEqual(['Cyber']); // after two repeated empty cells
    expect(org.sources[0]!.raw).toMatchObject({ 'Sanctions Imposed': 'Asset freeze\nTrust services sanctions' });
  });

  it('refuses other spreadsheets and fails clearly on broken files', async () => {
    await expectNotDetected(ukFcdo, join(FIX, 'not-fcdo.ods'), join(FIX, 'truncated.ods'));
    await expectFailure(readWithFormat(ukFcdo, 'summary-ods', join(FIX, 'truncated.ods')), 'E_FORMAT', 'truncated.ods');
    await expectFailure(readWithFormat(ukFcdo, 'summary-ods', join(FIX, 'not-fcdo.ods')), 'E_FORMAT', 'not-fcdo.ods');
  });
});

describeRealList('FCDO UK Sanctions List summary 2025-08-11 (real file)', ukFcdo, 'uk/FCDO_summary_2025-08-11.ods', (read) => {
  it('reads 5,302 designations (3,754 individuals, 1,087 entities, 461 ships)', () => {
    expect(read.entities).toHaveLength(5302);
    expect(read.byId.size).toBe(5302);
    expect(read.entities.filter((e) => e.schema === 'Person')).toHaveLength(3754);
    expect(read.entities.filter((e) => e.schema === 'Organization')).toHaveLength(1087);
    expect(read.entities.filter((e) => e.schema === 'Vessel')).toHaveLength(461);
  });

  it('maps AFG0001 and reports the designations whose Name cell is empty', () => {
    const e = read.byId.get('uk-fcdo:AFG0001')!;
    expect(e.names).toEqual([{ full: 'HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE', kind: 'primary' }]);
    expect(e.identifiers).toContainEqual({ type: 'other', value: '12703', label: 'OFSI Group ID' });
    expect(e.sources[0]!.listedOn).toBe('2012-06-29');
    expect(read.warnings.map((w) => w.record)).toContain('BEL0174');
    expect(read.entities.filter((x) => x.names.length === 0).length).toBe(read.warnings.length);
  });
});
