import { describe, expect, it } from 'vitest';
import { emptyEntity } from '../../../src/model/entity.js';
import { entityFromFtm, entityToFtm, ftmRelationEnds } from '../../../src/model/ftm.js';

describe('FollowTheMoney ↔ Entity', () => {
  it('ignores schemas criba does not screen', () => {
    expect(entityFromFtm({ id: 'x', schema: 'Sanction', properties: {} })).toBeUndefined();
    expect(entityFromFtm({ id: 'x', schema: 'Address', properties: { full: ['1 Road'] } })).toBeUndefined();
  });

  it('round-trips an entity through FtM without losing facts', () => {
    const e = emptyEntity('un-sc:QDi.901', 'Person');
    e.names.push(
      { full: 'Ahmad Tester', kind: 'primary', parts: { given: 'Ahmad', family: 'Tester' } },
      { full: 'Abu Test', kind: 'weak' },
      { full: 'Ahmad Old', kind: 'former' },
    );
    e.birthDates.push({ value: '1960-07-01' });
    e.nationalities.push('YE');
    e.gender = 'male';
    e.identifiers.push({ type: 'passport', value: 'Y1234567', country: 'YE' }, { type: 'imo', value: '9000001' });
    e.programs.push('Al-Qaida');
    e.positions.push('Financier');
    e.remarks = 'Invented.';
    e.properties = { website: ['https://x.test'] };
    const ftm = entityToFtm(e);
    expect(ftm).toMatchObject({ id: 'QDi.901', schema: 'Person', caption: 'Ahmad Tester' });
    expect(ftm.properties).toMatchObject({
      name: ['Ahmad Tester'],
      weakAlias: ['Abu Test'],
      previousName: ['Ahmad Old'],
      firstName: ['Ahmad'],
      lastName: ['Tester'],
      birthDate: ['1960-07-01'],
      nationality: ['ye'],
      passportNumber: ['Y1234567'],
      imoNumber: ['9000001'],
      programId: ['Al-Qaida'],
      website: ['https://x.test'],
    });
    const back = entityFromFtm(ftm, { list: 'un-sc' })!;
    expect(back.id).toBe('un-sc:QDi.901');
    expect(back.names).toEqual(e.names);
    expect(back.birthDates).toEqual(e.birthDates);
    expect(back.nationalities).toEqual(['YE']);
    expect(back.gender).toBe('male');
    expect(back.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['passport', 'Y1234567'],
      ['imo', '9000001'],
    ]);
    expect(back.programs).toEqual(['Al-Qaida']);
    expect(back.positions).toEqual(['Financier']);
    expect(back.remarks).toBe('Invented.');
    expect(back.properties).toEqual({ website: ['https://x.test'] });
  });

  it('reads both ends of link schemas', () => {
    expect(ftmRelationEnds({ id: 'o', schema: 'Ownership', properties: { owner: ['a'], asset: ['b'], role: ['parent'] } })).toEqual({
      fromId: 'a',
      toId: 'b',
      kind: 'ownership',
      role: 'parent',
    });
    expect(ftmRelationEnds({ id: 'f', schema: 'Family', properties: { person: ['a'] } })).toBeUndefined();
    expect(ftmRelationEnds({ id: 'p', schema: 'Person', properties: {} })).toBeUndefined();
  });
});
