import { describe, expect, it } from 'vitest';
import { mergeEntities, nameKey } from '../../src/merge/index.js';
import { party } from './fixtures.js';

const osirisOfac = party('ofac-sdn:33950', 'Person', ['LUNA MEZA, Osiris', 'LUNA, Osiris'], {
  birthDates: [{ value: '1989-02-08' }],
  nationalities: ['SV'],
  gender: 'male',
  programs: ['GLOMAG'],
  ids: [
    { type: 'passport', value: 'A04056212', country: 'SV' },
    { type: 'national-id', value: '040562123', country: 'SV' },
  ],
});

describe('mergeEntities: merges on strong evidence', () => {
  it('joins two lists sharing a passport of the same country, keeping every source addressable', () => {
    const other = party('uk-ofsi:99001', 'Person', ['Osiris LUNA MEZA'], { ids: [{ type: 'passport', value: 'A-0405 6212', country: 'SV' }], programs: ['Global Anti-Corruption'] });
    const { entities, merges } = mergeEntities([osirisOfac, other]);
    expect(entities).toHaveLength(1);
    const m = entities[0]!;
    expect(m.id).toMatch(/^criba:[0-9a-f]{16}$/);
    expect(m.names.map((n) => [n.full, n.kind])).toEqual([
      ['LUNA MEZA, Osiris', 'primary'],
      ['LUNA, Osiris', 'alias'],
      ['Osiris LUNA MEZA', 'alias'],
    ]);
    expect(m.sources.map((s) => `${s.list}:${s.sourceId}`)).toEqual(['ofac-sdn:33950', 'uk-ofsi:99001']);
    expect(m.programs).toEqual(['GLOMAG', 'Global Anti-Corruption']);
    expect(merges).toEqual([
      {
        id: m.id,
        members: ['ofac-sdn:33950', 'uk-ofsi:99001'],
        evidence: [{ kind: 'identifier', between: ['ofac-sdn:33950', 'uk-ofsi:99001'], description: 'passport A04056212 (SV)' }],
      },
    ]);
  });

  it('joins on a UN reference number cited by another list', () => {
    const un = party('un-sc:QDi.901', 'Person', ['AHMAD KARIM TESTER'], { ids: [{ type: 'un-reference', value: 'QDi.901' }] });
    const uk = party('uk-ofsi:9053', 'Person', ['Ahmad TESTER'], { ids: [{ type: 'un-reference', value: 'QDi.901', label: 'UN Ref' }] });
    const { entities, merges } = mergeEntities([un, uk]);
    expect(entities).toHaveLength(1);
    expect(merges[0]!.evidence[0]).toMatchObject({ kind: 'identifier', description: 'un-reference QDi.901' });
  });

  it('joins on the same name (any word order, accents, case) + full DOB + shared nationality', () => {
    const au = party('au-dfat:7001', 'Person', ['Osíris Luna Meza'], { birthDates: [{ value: '1989-02-08' }], citizenships: ['SV'] });
    const { entities, merges } = mergeEntities([osirisOfac, au]);
    expect(entities).toHaveLength(1);
    expect(merges[0]!.evidence[0]).toEqual({ kind: 'name-dob-nationality', between: ['ofac-sdn:33950', 'au-dfat:7001'], description: 'name "luna meza osiris" + DOB 1989-02-08 + nationality SV' });
    expect(nameKey('LUNA MEZA, Osiris')).toBe(nameKey('Osíris Luna-Meza'));
  });

  it('joins OFSI and FCDO records through the OFSI Group ID they both carry, and chains a third list', () => {
    const ofsi = party('uk-ofsi:12703', 'Organization', ['HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE'], {
      ids: [
        { type: 'other', value: '12703', label: 'OFSI Group ID' },
        { type: 'un-reference', value: 'TAe.010' },
      ],
    });
    const fcdo = party('uk-fcdo:AFG0001', 'Organization', ['HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE'], { ids: [{ type: 'other', value: '12703', label: 'OFSI Group ID' }] });
    const un = party('un-sc:TAe.010', 'Organization', ['HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE'], { ids: [{ type: 'un-reference', value: 'TAe.010' }] });
    const { entities, merges } = mergeEntities([ofsi, fcdo, un]);
    expect(entities).toHaveLength(1);
    expect(merges[0]!.members).toEqual(['uk-fcdo:AFG0001', 'uk-ofsi:12703', 'un-sc:TAe.010']);
    expect(merges[0]!.evidence.map((e) => e.kind).sort()).toEqual(['identifier', 'list-reference']);
  });

  it('gives the same merged id whatever the input order', () => {
    const other = party('eu-fsf:5001', 'Person', ['Osiris Luna Meza'], { ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    expect(mergeEntities([osirisOfac, other]).entities[0]!.id).toBe(mergeEntities([other, osirisOfac]).entities[0]!.id);
  });
});

describe('mergeEntities: never merges two different people', () => {
  it('does not merge on a name alone, or on name + DOB without a shared nationality', () => {
    const namesake = party('uk-ofsi:1', 'Person', ['Osiris Luna Meza']);
    const namesakeDob = party('au-dfat:2', 'Person', ['Osiris Luna Meza'], { birthDates: [{ value: '1989-02-08' }], citizenships: ['MX'] });
    const namesakeYear = party('ca-sema:3', 'Person', ['Osiris Luna Meza'], { birthDates: [{ value: '1989' }], nationalities: ['SV'] });
    const { entities, merges } = mergeEntities([osirisOfac, namesake, namesakeDob, namesakeYear]);
    expect(entities).toHaveLength(4);
    expect(merges).toEqual([]);
  });

  it('does not merge the same passport number issued by two different countries', () => {
    const other = party('uk-ofsi:2', 'Person', ['Someone Else'], { ids: [{ type: 'passport', value: 'A04056212', country: 'MX' }] });
    expect(mergeEntities([osirisOfac, other]).merges).toEqual([]);
  });

  it('refuses a shared identifier when birth dates conflict, and says why', () => {
    const other = party('un-sc:QDi.902', 'Person', ['Osiris Luna Meza'], { birthDates: [{ value: '1975-05-05' }], ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    const { entities, merges, refused } = mergeEntities([osirisOfac, other]);
    expect(entities).toHaveLength(2);
    expect(merges).toEqual([]);
    expect(refused).toEqual([
      { between: ['ofac-sdn:33950', 'un-sc:QDi.902'], evidence: 'passport A04056212 (SV)', conflict: 'birth dates disagree (1989-02-08 vs 1975-05-05)' },
    ]);
  });

  it('refuses when identifiers of the same type and issuer differ (two national ids)', () => {
    const other = party('eu-fsf:7', 'Person', ['Osiris Luna Meza'], {
      birthDates: [{ value: '1989-02-08' }],
      nationalities: ['SV'],
      ids: [{ type: 'national-id', value: '999999999', country: 'SV' }],
    });
    const { merges, refused } = mergeEntities([osirisOfac, other]);
    expect(merges).toEqual([]);
    expect(refused[0]!.conflict).toContain('different national-id SV numbers');
  });

  it('accepts partial and approximate birth dates that overlap the full one', () => {
    const circa = party('un-sc:QDi.903', 'Person', ['Osiris Luna Meza'], { birthDates: [{ value: '1988', circa: true }], ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    expect(mergeEntities([osirisOfac, circa]).merges).toHaveLength(1);
  });

  it('does not chain through a middle record into a contradiction', () => {
    // B shares a passport with A and a name + DOB + nationality with C; C is a woman, A a man
    const b = party('uk-ofsi:20', 'Person', ['Osiris Luna Meza'], { birthDates: [{ value: '1989-02-08' }], nationalities: ['SV'], ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    const c = party('au-dfat:30', 'Person', ['Osiris Luna Meza'], { birthDates: [{ value: '1989-02-08' }], citizenships: ['SV'], gender: 'female' });
    const { entities, merges, refused } = mergeEntities([osirisOfac, b, c]);
    expect(entities).toHaveLength(2);
    expect(merges[0]!.members).toEqual(['ofac-sdn:33950', 'uk-ofsi:20']);
    expect(refused.some((r) => r.conflict.startsWith('different genders'))).toBe(true);
  });

  it('never merges two records of the same list, nor a person with a company', () => {
    const twin = party('ofac-sdn:33951', 'Person', ['Osiris Luna Meza'], { ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    const company = party('eu-fsf:9', 'Company', ['Luna Meza SA'], { ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    const { merges, refused } = mergeEntities([osirisOfac, twin, company]);
    expect(merges).toEqual([]);
    expect(refused.map((r) => r.conflict)).toEqual(['both listed on ofac-sdn as separate records', 'different kinds of party (Person vs Company)']);
  });

  it('ignores an identifier shared by implausibly many records, and too-short identifiers', () => {
    const many = Array.from({ length: 13 }, (_, i) => party(`list${i}:x`, 'Organization', [`Company ${i}`], { ids: [{ type: 'registration', value: '0000000', country: 'RU' }] }));
    expect(mergeEntities(many).merges).toEqual([]);
    const short = [party('a:1', 'Organization', ['A'], { ids: [{ type: 'registration', value: '123', country: 'RU' }] }), party('b:1', 'Organization', ['B'], { ids: [{ type: 'registration', value: '123', country: 'RU' }] })];
    expect(mergeEntities(short).merges).toEqual([]);
  });
});

describe('mergeEntities: scale', () => {
  it('merges 40,000 entities by index, not all pairs (800M pair comparisons would take minutes)', () => {
    const entities = Array.from({ length: 40_000 }, (_, i) =>
      party(`l${i % 4}:${i}`, 'Person', [`Person Number ${Math.floor(i / 4)}`], { birthDates: [{ value: '1970-01-01' }], nationalities: ['FR'] }),
    );
    const t = performance.now();
    const { entities: out, merges } = mergeEntities(entities);
    const ms = performance.now() - t;
    expect(merges).toHaveLength(10_000);
    expect(out).toHaveLength(10_000);
    expect(ms).toBeLessThan(8000); // generous: the CI machine is shared; typically ~300 ms
  });
});

describe('mergeEntities: document numbers written differently are not a conflict', () => {
  it('treats O/0 typos and cut-off numbers as the same document, wholly different ones as a conflict', async () => {
    const { sameDocumentNumber } = await import('../../src/merge/cluster-profile.js');
    expect(sameDocumentNumber('MO887925', 'M0887925')).toBe(true);
    expect(sameDocumentNumber('28642163', 'PROVISIONALPASSPORTNO28642163')).toBe(true);
    expect(sameDocumentNumber('3219222002', '32192220022181558')).toBe(true);
    expect(sameDocumentNumber('A1234567', 'B7654321')).toBe(false);
    expect(sameDocumentNumber('1990', '1990345751')).toBe(false); // too short to say
  });
});

describe('mergeEntities: relations follow merges', () => {
  it('points relations at the merged entity, without changing the input entities', () => {
    const company = party('opensanctions:c1', 'Company', ['Test LLC']);
    company.relations.push({ kind: 'ownership', name: 'Osiris Luna Meza', id: 'opensanctions:p1', direction: 'from' });
    const os = party('opensanctions:p1', 'Person', ['Osiris Luna Meza'], { ids: [{ type: 'passport', value: 'A04056212', country: 'SV' }] });
    const { entities, merges } = mergeEntities([company, osirisOfac, os]);
    const mergedId = merges[0]!.id;
    expect(entities.find((e) => e.id === 'opensanctions:c1')!.relations[0]!.id).toBe(mergedId);
    expect(company.relations[0]!.id).toBe('opensanctions:p1');
  });
});
