import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { euFsf } from '../../../src/sources/eu/definition.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, describeRealList } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/eu');

describe('EU FSF on hand-written fixtures (XML 1.1 and CSV 1.1 give the same entities)', () => {
  for (const [file, format] of [
    ['export.xml', 'xml'],
    ['fsf-export.csv', 'csv'],
  ] as const) {
    it(`${file}: maps a person and an enterprise`, async () => {
      const read = await readList(euFsf, join(FIX, file));
      expect(read.format).toBe(format);
      expect(read.entities.map((e) => e.id)).toEqual(['eu-fsf:900001', 'eu-fsf:900002']);
      const p = read.byId.get('eu-fsf:900001')!;
      expect(p.schema).toBe('Person');
      expect(p.names).toEqual([
        { full: 'Ivan Sergeyevich Petrov', kind: 'primary', parts: { given: 'Ivan', middle: 'Sergeyevich', family: 'Petrov' } },
        { full: 'Иван Сергеевич Петров', kind: 'native', lang: 'ru' },
        { full: 'Vanya', kind: format === 'xml' ? 'weak' : 'alias' }, // the CSV has no `strong` flag
      ]);
      expect(p.gender).toBe('male');
      expect(p.positions).toEqual(['Deputy Minister']);
      expect(p.nationalities).toEqual(['RU']);
      expect(p.birthDates).toEqual([{ value: '1970-03-14' }, { value: '1971', circa: true }]);
      expect(p.birthPlaces).toEqual(['Omsk, RUSSIAN FEDERATION']);
      expect(p.identifiers).toEqual([
        { type: 'passport', value: '7100012345', country: 'RU', label: 'National passport (passport)', note: 'expires 2030' },
        { type: 'other', value: 'EU.9001.01', label: 'EU reference number' },
      ]);
      expect(p.programs).toEqual(['UKR']);
      expect(p.sources[0]).toMatchObject({ list: 'eu-fsf', sourceId: '900001', listedOn: '2014-03-17', programs: ['UKR'] });

      const o = read.byId.get('eu-fsf:900002')!;
      expect(o.schema).toBe('Organization');
      expect(o.names).toEqual([{ full: 'Example Charity Foundation', kind: 'primary' }]);
      expect(o.identifiers).toContainEqual({ type: 'un-reference', value: 'QDe.901', label: 'unitedNationId' });
      expect(o.addresses).toEqual([{ full: '23 Test Street, Tunis, 1000, TUNISIA', street: '23 Test Street', city: 'Tunis', postalCode: '1000', country: 'TN' }]);
      expect(o.countries).toEqual(['TN']);
      expect(o.remarks).toBe('Invented for tests.');
    });
  }

  it('refuses other files and fails clearly on broken ones', async () => {
    await expectNotDetected(euFsf, join(FIX, 'not-fsf.csv'), join(import.meta.dirname, '../../fixtures/un/consolidated.xml'));
    await expectFailure(readWithFormat(euFsf, 'xml', join(FIX, 'truncated.xml')), 'E_PARSE', 'truncated.xml');
    await expectFailure(readWithFormat(euFsf, 'csv', join(FIX, 'not-fsf.csv')), 'E_FORMAT', 'not-fsf.csv');
    await expectFailure(readWithFormat(euFsf, 'xml', join(import.meta.dirname, '../../fixtures/un/consolidated.xml')), 'E_FORMAT', 'consolidated.xml');
  });
});

describeRealList('EU FSF sample 2020-04-15 (real file)', euFsf, 'eu/sample_eu_2020-04-15.xml', (read) => {
  it('reads its 7 sanctionEntity records: 6 entities, logicalId 5468 appears twice (a test variant) and is reported', () => {
    expect(read.format).toBe('xml');
    expect(read.entities).toHaveLength(6);
    expect(read.warnings.map((w) => w.record)).toEqual(['5468']);
    expect(read.byId.get('eu-fsf:5468')!.names[0]!.full).toBe('Sok-hwa Hwang');
    expect(read.entities.every((e) => e.schema === 'Person')).toBe(true);
  });

  it('maps logicalId 5295 (Abid Hammadou): aliases, exact and circa birth dates, citizenship, programme', () => {
    const e = read.byId.get('eu-fsf:5295')!;
    expect(e.names[0]).toEqual({ full: 'Abid Hammadou', kind: 'primary', parts: { given: 'Abid', family: 'Hammadou' } });
    expect(e.names.map((n) => n.full)).toEqual(['Abid Hammadou', 'Abdelhamid Abou Zeid', 'Youcef Adel', 'Amor Mohamed Ghedeir', 'Abou Abdellah']);
    expect(e.birthDates).toEqual([{ value: '1965-12-12' }, { value: '1958', circa: true }]);
    expect(e.nationalities).toEqual(['DZ']);
    expect(e.programs).toEqual(['TAQA']);
    expect(e.sources[0]!.listedOn).toBe('2008-07-03');
  });

  it('keeps identifications with their type and country', () => {
    const ids = read.entities.flatMap((e) => e.identifiers.filter((i) => i.type !== 'other'));
    expect(ids).toContainEqual(expect.objectContaining({ type: 'passport', value: 'L191609', country: 'TN' }));
    expect(ids).toContainEqual(expect.objectContaining({ type: 'national-id', value: '04643632', country: 'TN' }));
    expect(ids).toContainEqual(expect.objectContaining({ type: 'passport', value: '488555' })); // country "00": unknown
    expect(ids.find((i) => i.value === '488555')!.country).toBeUndefined();
  });
});
