import { describe, expect, it } from 'vitest';
import { emptyEntity, type Entity } from '../../src/model/index.js';
import { DEFAULT_THRESHOLD, matchEntity, maxQualifierLift, prepareEntity, prepareQuery, relateDates, type ScreenQuery } from '../../src/match/index.js';

function person(name: string, facts: Partial<Entity> = {}): Entity {
  const e = { ...emptyEntity('t:1', 'Person'), ...facts };
  e.names = [{ full: name, kind: 'primary' }];
  return e;
}

function screen(q: ScreenQuery, e: Entity) {
  return matchEntity(prepareQuery(q), prepareEntity(e));
}

function feature(q: ScreenQuery, e: Entity, name: string) {
  return screen(q, e).explanation.features.find((f) => f.feature === name);
}

describe('date of birth', () => {
  it.each([
    ['1975-02-10', { value: '1975-02-10' }, 'same'],
    ['1975', { value: '1975-02-10' }, 'agrees'],
    ['1975-02-10', { value: '1975' }, 'agrees'],
    ['1975-10-02', { value: '1975-02-10' }, 'swapped'],
    ['1961', { value: '1960', to: '1962' }, 'agrees'],
    ['1963', { value: '1960', to: '1962' }, 'near'],
    ['1976', { value: '1975', circa: true }, 'near'],
    ['1976-01-01', { value: '1975-02-10' }, 'year-apart'],
    ['1975-03-11', { value: '1975-02-10' }, 'other-day'],
    ['1990-02-10', { value: '1975-02-10' }, 'far'],
  ] as const)('%s vs %o → %s', (query, listed, relation) => {
    expect(relateDates(query, listed)).toBe(relation);
  });
  it('adds for a fitting date, takes away for a conflicting one', () => {
    const e = person('Osiris Luna Meza', { birthDates: [{ value: '1975-02-10' }, { value: '1976' }] });
    expect(feature({ name: 'Osiris Luna Meza', birthDate: '1976-05-05' }, e, 'birthDate')!.delta).toBeGreaterThan(0);
    expect(feature({ name: 'Osiris Luna Meza', birthDate: '1990-05-05' }, e, 'birthDate')!.delta).toBeLessThan(0);
    // a full name match with a far-off date of birth falls below the threshold
    expect(screen({ name: 'Osiris Luna Meza', birthDate: '1990-05-05' }, e).score).toBeLessThan(DEFAULT_THRESHOLD);
    // no listed date: silence is not evidence
    expect(feature({ name: 'Osiris Luna Meza', birthDate: '1990' }, person('Osiris Luna Meza'), 'birthDate')).toBeUndefined();
  });
});

describe('country, gender, schema, identifiers', () => {
  const e = person('Osiris Luna Meza', { nationalities: ['SV'], gender: 'male' });
  e.identifiers = [{ type: 'passport', value: 'A-0405 6212' }];
  it('a listed country adds a little, another country takes a little', () => {
    expect(feature({ name: 'Osiris Luna', countries: ['sv'] }, e, 'country')!.delta).toBeGreaterThan(0);
    expect(feature({ name: 'Osiris Luna', countries: ['GT'] }, e, 'country')!.delta).toBeLessThan(0);
  });
  it('a different gender takes away', () => {
    expect(feature({ name: 'Osiris Luna', gender: 'female' }, e, 'gender')!.delta).toBeLessThan(0);
    expect(feature({ name: 'Osiris Luna', gender: 'male' }, e, 'gender')).toBeUndefined();
  });
  it('a person is not an organisation', () => {
    expect(feature({ name: 'Osiris Luna Meza', schema: 'Company' }, e, 'schema')!.delta).toBeLessThan(0);
    expect(feature({ name: 'Osiris Luna Meza', schema: 'LegalEntity' }, e, 'schema')).toBeUndefined();
  });
  it('the same identifier is strong evidence, different ones weak evidence against', () => {
    expect(feature({ name: 'O. Luna', identifiers: ['a04056212'] }, e, 'identifier')!.delta).toBeGreaterThanOrEqual(0.25);
    expect(feature({ name: 'O. Luna', identifiers: ['X999'] }, e, 'identifier')!.delta).toBeLessThan(0);
  });
  it('maxQualifierLift bounds what dates and countries can add', () => {
    const q: ScreenQuery = { name: 'Osiris Luna Meza', birthDate: '1975', countries: ['SV'] };
    const withFacts = person('Osiris Luna Meza', { nationalities: ['SV'], birthDates: [{ value: '1975-02-10' }] });
    const r = screen(q, withFacts);
    const lift = r.explanation.features.filter((f) => f.feature !== 'name').reduce((s, f) => s + f.delta, 0);
    expect(lift).toBeLessThanOrEqual(maxQualifierLift(q));
    expect(lift).toBeGreaterThan(0);
  });
});
