import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSanctions } from '../../../src/sources/opensanctions/definition.js';
import { describeWithLists, listPath } from '../../support/data.js';
import { expectFailure, expectNotDetected, readList, readWithFormat, type ListRead, expectWellFormed } from '../../support/read-list.js';

const FIX = join(import.meta.dirname, '../../fixtures/opensanctions');

describe('OpenSanctions FtM JSON lines on a hand-written fixture', () => {
  it('builds targets with their sanctions, documents, addresses and relations at both ends', async () => {
    const read = await readList(openSanctions, join(FIX, 'entities.ftm.json'));
    expect(read.format).toBe('ftm-json');
    expect(read.entities.map((e) => e.id)).toEqual(['opensanctions:t-person-1', 'opensanctions:t-company-1']); // non-targets are context only
    const p = read.byId.get('opensanctions:t-person-1')!;
    expect(p.schema).toBe('Person');
    expect(p.names).toEqual([
      { full: 'Ivan Testov', kind: 'primary', parts: { given: 'Ivan', family: 'Testov', patronymic: 'Petrovich' } },
      { full: 'Ivan Testoff', kind: 'alias' },
      { full: 'Иван Тестов', kind: 'alias' },
      { full: 'Vanya', kind: 'weak' },
    ]);
    expect(p.birthDates).toEqual([{ value: '1965-09-21' }, { value: '1966' }]);
    expect(p.nationalities).toEqual(['RU']);
    expect(p.gender).toBe('male');
    expect(p.identifiers).toEqual([
      { type: 'tax-id', value: '183100000000', label: 'innCode' },
      { type: 'passport', value: '7100012345', country: 'RU', label: 'Passport' },
    ]);
    expect(p.addresses).toEqual([{ full: '1 Test Street, Izhevsk, 426008' }]);
    expect(p.programs).toEqual(['EU-UKR', 'GB-RUS']);
    expect(p.properties).toEqual({ topics: ['sanction'], addressEntity: ['t-addr-1'] });
    expect(p.relations).toEqual([
      { kind: 'ownership', name: 'Test LLC', id: 'opensanctions:t-company-1', role: 'owner', direction: 'to' },
      { kind: 'family', name: 'Nikita Testov', id: 'opensanctions:t-person-2', role: 'son', direction: 'from' },
      { kind: 'directorship', name: 'Test LLC', id: 'opensanctions:t-company-1', role: 'General director', direction: 'to' },
    ]);
    expect(p.sources[0]).toMatchObject({ list: 'opensanctions', sourceId: 't-person-1', listedOn: '2022-02-24', programs: ['EU-UKR', 'GB-RUS'] });
    const c = read.byId.get('opensanctions:t-company-1')!;
    expect(c.schema).toBe('Company');
    expect(c.countries).toEqual(['RU']);
    expect(c.identifiers).toEqual([{ type: 'registration', value: '1021800000000', label: 'ogrnCode' }]);
    expect(c.relations).toEqual([
      { kind: 'ownership', name: 'Ivan Testov', id: 'opensanctions:t-person-1', role: 'owner', direction: 'from' },
      { kind: 'directorship', name: 'Ivan Testov', id: 'opensanctions:t-person-1', role: 'General director', direction: 'from' },
    ]);
  });

  it('reads targets.simple.csv', async () => {
    const read = await readList(openSanctions, join(FIX, 'targets.simple.csv'));
    expect(read.format).toBe('targets-csv');
    const p = read.byId.get('opensanctions:t-1')!;
    expect(p.names).toEqual([
      { full: 'IVAN TESTOV', kind: 'primary' },
      { full: 'Ivan Testoff', kind: 'alias' },
      { full: 'Иван Тестов', kind: 'alias' },
    ]);
    expect(p.birthDates).toEqual([{ value: '1965-09-21' }, { value: '1966' }]);
    expect(p.countries).toEqual(['RU', 'UA']);
    expect(p.identifiers.map((i) => i.value)).toEqual(['7100012345', '183100000000']);
    expect(p.programs).toEqual(['EU - Council Regulation 269/2014', 'GB - Russia regime']);
    expect(p.properties).toEqual({ phone: ['+7 000 000'], email: ['ivan@test.test'], dataset: ['Test Dataset'] });
    expect(read.byId.get('opensanctions:t-2')!.schema).toBe('Company');
  });

  it('refuses other files and fails clearly on broken ones', async () => {
    await expectNotDetected(openSanctions, join(FIX, 'not-ftm.json'));
    await expectFailure(readWithFormat(openSanctions, 'ftm-json', join(FIX, 'truncated.ftm.json')), 'E_PARSE', 'truncated.ftm.json');
    await expectFailure(readWithFormat(openSanctions, 'ftm-json', join(FIX, 'not-ftm.json')), 'E_FORMAT', 'not-ftm.json');
    await expectFailure(readWithFormat(openSanctions, 'ftm-json', join(FIX, 'no-targets.ftm.json')), 'E_EMPTY', 'no-targets.ftm.json');
    await expectFailure(readWithFormat(openSanctions, 'targets-csv', join(FIX, 'entities.ftm.json')), 'E_FORMAT', 'entities.ftm.json');
  });
});

describeWithLists(
  'OpenSanctions files (real)',
  ['opensanctions/entities.ftm.json', 'opensanctions/yente_fixture_zala_entities.ftm.json', 'opensanctions/yente_fixture_t1_entities.ftm.json', 'opensanctions/targets.simple.csv'],
  () => {
    let zala: ListRead;
    beforeAll(async () => {
      zala = await readList(openSanctions, listPath('opensanctions/yente_fixture_zala_entities.ftm.json'));
    });

    it('entities are well-formed', () => expectWellFormed(zala));

    it('zala fixture: 91 FtM objects → 14 targets (6 people, 8 companies) with their links', () => {
      expect(zala.entities).toHaveLength(14);
      const z = zala.byId.get('opensanctions:NK-aU5ybkbRFJucf8YMwsJvDw')!;
      expect(z.names[0]).toEqual({ full: 'Aleksandr Vyacheslavovich Zakharov', kind: 'primary' });
      expect(z.birthDates).toEqual([{ value: '1965-09-21' }]);
      expect(z.programs).toEqual(expect.arrayContaining(['EU-UKR', 'GB-RUS', 'US-RUSHAR']));
      expect(z.relations.filter((r) => r.kind === 'family')).toHaveLength(4); // the 4 Family links of the file all involve him
      expect(z.relations).toContainEqual(expect.objectContaining({ kind: 'directorship', name: 'LLC CST', direction: 'to' }));
      // every relation of the fixture is visible from both ends
      const ends = zala.entities.flatMap((e) => e.relations.map((r) => r.id));
      expect(ends.length).toBeGreaterThan(10);
    });

    it('t1 fixture: 7 objects → 6 targets', async () => {
      const t1 = await readList(openSanctions, listPath('opensanctions/yente_fixture_t1_entities.ftm.json'));
      expect(t1.entities).toHaveLength(6);
      expect(t1.entities.filter((e) => e.schema === 'Person')).toHaveLength(4);
    });

    it('entities.ftm.json: 1,565 objects → 423 target people (property values written as strings are accepted)', async () => {
      const all = await readList(openSanctions, listPath('opensanctions/entities.ftm.json'));
      expect(all.entities).toHaveLength(423);
      expectWellFormed(all);
      expect(all.entities.every((e) => e.schema === 'Person' && e.names.length > 0)).toBe(true);
      const b = all.byId.get('opensanctions:Q100456396')!;
      expect(b.names[0]).toEqual({ full: 'Bussma Ahmed Bugis', kind: 'primary' });
      expect(all.entities.filter((e) => e.relations.some((r) => r.kind === 'family')).length).toBeGreaterThan(50);
    });

    it('targets.simple.csv: 6,561 targets', async () => {
      const t = await readList(openSanctions, listPath('opensanctions/targets.simple.csv'));
      expect(t.entities).toHaveLength(6561);
      expectWellFormed(t);
      const n = t.byId.get('opensanctions:NK-224TRezPqwzhQZ37exWxtX')!;
      expect(n.names[0]).toEqual({ full: 'SANAVBARI NIKITENKO', kind: 'primary' });
      expect(n.birthDates).toEqual([{ value: '1992-06-28' }]);
      expect(n.countries).toEqual(['RU', 'TJ']);
    });
  },
);
