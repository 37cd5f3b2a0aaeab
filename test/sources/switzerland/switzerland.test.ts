import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chSeco } from '../../../src/sources/switzerland/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { expectFailure, expectNotDetected, readList, readWithFormat } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/switzerland');

describe('SECO XML on a hand-written fixture', () => {
  it('maps identities, typed name parts, documents and programs; skips de-listed targets', async () => {
    const { entities, byId } = await readList(chSeco, join(FIX, 'consolidated-list.xml'));
    expect(entities.map((e) => e.id)).toEqual(['ch-seco:9201', 'ch-seco:9301']);
    const p = byId.get('ch-seco:9201')!;
    expect(p.schema).toBe('Person');
    expect(p.gender).toBe('male');
    expect(p.names).toEqual([
      { full: 'Hans TESTMANN Peterovich', kind: 'primary', parts: { given: 'Hans', family: 'TESTMANN', patronymic: 'Peterovich' }, lang: 'eng' },
      { full: 'The Tester', kind: 'weak' },
      { full: 'Hans Testman', kind: 'alias' },
    ]);
    expect(p.nationalities).toEqual(['DE']);
    expect(p.birthDates).toEqual([{ value: '1971-06-05' }, { value: '1972', circa: true }]);
    expect(p.birthPlaces).toEqual(['Testdorf, Germany']);
    expect(p.identifiers).toEqual([{ type: 'passport', value: 'C01X00T47', country: 'DE', label: 'passport' }]);
    expect(p.addresses).toEqual([{ full: 'Teststrasse 1, 10115, Berlin, Germany', country: 'DE' }]);
    expect(p.programs).toEqual(['TESTLAND']);
    expect(p.remarks).toBe('Invented for tests.');
    expect(p.sources[0]).toMatchObject({ list: 'ch-seco', sourceId: '9201', listedOn: '2022-03-04', programs: ['TESTLAND'] });
    expect(byId.get('ch-seco:9301')!.schema).toBe('Organization');
  });

  it('refuses other XML and fails clearly on broken files', async () => {
    await expectNotDetected(chSeco, join(import.meta.dirname, '../../fixtures/un/consolidated.xml'));
    await expectFailure(readWithFormat(chSeco, 'xml', join(FIX, 'truncated.xml')), 'E_PARSE', 'truncated.xml');
    await expectFailure(readWithFormat(chSeco, 'xml', join(import.meta.dirname, '../../fixtures/un/consolidated.xml')), 'E_FORMAT', 'consolidated.xml');
  });
});

describeWithLists('SECO example file 2024-01-17 (real file)', ['switzerland/seco_sample_2024-01-17.xml'], () => {
  it('reads its 3 test targets with programs resolved from sanctions sets', async () => {
    const read = await readList(chSeco, listPath('switzerland/seco_sample_2024-01-17.xml'));
    expect(read.entities.map((e) => e.id)).toEqual(['ch-seco:64398', 'ch-seco:64403', 'ch-seco:64393']);
    const b = read.byId.get('ch-seco:64398')!;
    expect(b.names).toEqual([{ full: 'Test B', kind: 'primary', lang: 'eng' }]);
    expect(b.gender).toBe('female');
    expect(b.nationalities).toEqual(['GB']);
    expect(b.birthDates).toEqual([{ value: '2025-12-31' }]);
    expect(b.programs).toEqual(['PPDM']);
    const a = read.byId.get('ch-seco:64393')!;
    expect(a.nationalities).toEqual(['CH']);
    expect(a.gender).toBeUndefined();
    expect(a.sources[0]!.programs).toEqual(['PPDM']);
  });
});
